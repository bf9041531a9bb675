#include "TestCards.h"

#include <QHash>

namespace sandbox {

namespace {

bool luhnValid(const QString &digits)
{
    int sum = 0;
    bool doubleIt = false;
    for (int i = int(digits.size()) - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (d < 0)
            return false;
        if (doubleIt) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        doubleIt = !doubleIt;
    }
    return digits.size() >= 12 && sum % 10 == 0;
}

CardBehaviour declined(const QString &declineCode, const QString &message, const QString &code = QStringLiteral("card_declined"))
{
    CardBehaviour c;
    c.errorCode = code;
    c.declineCode = declineCode;
    c.message = message;
    return c;
}

const QHash<QString, CardBehaviour> &table()
{
    static const QHash<QString, CardBehaviour> cards = [] {
        QHash<QString, CardBehaviour> t;
        t.insert(QStringLiteral("4000000000000002"), declined(QStringLiteral("generic_decline"), QStringLiteral("Your card was declined.")));
        t.insert(QStringLiteral("4000000000009995"), declined(QStringLiteral("insufficient_funds"), QStringLiteral("Your card has insufficient funds.")));
        t.insert(QStringLiteral("4000000000009987"), declined(QStringLiteral("lost_card"), QStringLiteral("Your card was declined.")));
        t.insert(QStringLiteral("4000000000009979"), declined(QStringLiteral("stolen_card"), QStringLiteral("Your card was declined.")));
        t.insert(QStringLiteral("4000000000006975"), declined(QStringLiteral("card_velocity_exceeded"), QStringLiteral("Your card was declined for making repeated attempts too frequently or exceeding its amount limit.")));
        t.insert(QStringLiteral("4000000000000069"), declined({}, QStringLiteral("Your card has expired."), QStringLiteral("expired_card")));
        t.insert(QStringLiteral("4000000000000127"), declined({}, QStringLiteral("Your card's security code is incorrect."), QStringLiteral("incorrect_cvc")));
        t.insert(QStringLiteral("4000000000000119"), declined({}, QStringLiteral("An error occurred while processing your card. Try again in a little bit."), QStringLiteral("processing_error")));

        CardBehaviour failsLater;
        failsLater.failsOffSession = true;
        t.insert(QStringLiteral("4000000000000341"), failsLater);
        CardBehaviour threeDs;
        threeDs.needsAuthentication = true;
        t.insert(QStringLiteral("4000002500003155"), threeDs);
        t.insert(QStringLiteral("4000002760003184"), threeDs);
        CardBehaviour dispute;
        dispute.disputed = true;
        t.insert(QStringLiteral("4000000000000259"), dispute);
        CardBehaviour mastercard;
        mastercard.brand = QStringLiteral("mastercard");
        t.insert(QStringLiteral("5555555555554444"), mastercard);
        // Country test cards: international charges carry the higher fee.
        for (const auto &[number, country] : {std::pair{"4000000760000002", "BR"}, std::pair{"4000001240000000", "CA"},
                                              std::pair{"4000008260000000", "GB"}, std::pair{"4000002760000016", "DE"}}) {
            CardBehaviour international;
            international.country = QString::fromLatin1(country);
            t.insert(QString::fromLatin1(number), international);
        }
        return t;
    }();
    return cards;
}

} // namespace

CardBehaviour CardBehaviour::lookup(const QString &input)
{
    QString number = input;
    number.remove(u' ').remove(u'-');
    CardBehaviour card = table().value(number);
    if (!table().contains(number) && !luhnValid(number))
        card = declined({}, QStringLiteral("Your card number is incorrect."), QStringLiteral("incorrect_number"));
    card.number = number;
    if (number.startsWith(u'5'))
        card.brand = QStringLiteral("mastercard");
    return card;
}

} // namespace sandbox
