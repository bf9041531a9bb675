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
        CardBehaviour onSetup = threeDs;
        onSetup.exemptOnceSetUp = true;
        t.insert(QStringLiteral("4000002500003155"), onSetup);
        t.insert(QStringLiteral("4000002760003184"), threeDs);
        t.insert(QStringLiteral("4000000000003220"), threeDs);
        CardBehaviour dispute;
        dispute.disputed = true;
        t.insert(QStringLiteral("4000000000000259"), dispute);
        CardBehaviour pendingRefund;
        pendingRefund.refundPending = true;
        t.insert(QStringLiteral("4000000000007726"), pendingRefund);
        CardBehaviour refundFail;
        refundFail.refundFails = true;
        t.insert(QStringLiteral("4000000000005126"), refundFail);
        CardBehaviour mastercard;
        mastercard.brand = QStringLiteral("mastercard");
        t.insert(QStringLiteral("5555555555554444"), mastercard);
        CardBehaviour visaDebit;
        visaDebit.funding = QStringLiteral("debit");
        t.insert(QStringLiteral("4000056655665556"), visaDebit);
        CardBehaviour mastercardDebit = mastercard;
        mastercardDebit.funding = QStringLiteral("debit");
        t.insert(QStringLiteral("5200828282828210"), mastercardDebit);
        CardBehaviour mastercardPrepaid = mastercard;
        mastercardPrepaid.funding = QStringLiteral("prepaid");
        t.insert(QStringLiteral("5105105105105100"), mastercardPrepaid);
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
    if (number.startsWith(u'5') || number.startsWith(u'2'))
        card.brand = QStringLiteral("mastercard");
    else if (number.startsWith(QLatin1String("34")) || number.startsWith(QLatin1String("37")))
        card.brand = QStringLiteral("amex");
    else if (number.startsWith(QLatin1String("6011")) || number.startsWith(QLatin1String("65")))
        card.brand = QStringLiteral("discover");
    return card;
}

std::optional<QString> CardBehaviour::numberOfToken(const QString &token)
{
    // Stripe's documented tokens; several spellings name the same card.
    static const QHash<QString, QString> tokens{
        {QStringLiteral("pm_card_visa"), QStringLiteral("4242424242424242")},
        {QStringLiteral("pm_card_us"), QStringLiteral("4242424242424242")},
        {QStringLiteral("pm_card_visa_debit"), QStringLiteral("4000056655665556")},
        {QStringLiteral("pm_card_mastercard"), QStringLiteral("5555555555554444")},
        {QStringLiteral("pm_card_mastercard_debit"), QStringLiteral("5200828282828210")},
        {QStringLiteral("pm_card_mastercard_prepaid"), QStringLiteral("5105105105105100")},
        {QStringLiteral("pm_card_amex"), QStringLiteral("378282246310005")},
        {QStringLiteral("pm_card_discover"), QStringLiteral("6011111111111117")},
        {QStringLiteral("pm_card_br"), QStringLiteral("4000000760000002")},
        {QStringLiteral("pm_card_ca"), QStringLiteral("4000001240000000")},
        {QStringLiteral("pm_card_gb"), QStringLiteral("4000008260000000")},
        {QStringLiteral("pm_card_de"), QStringLiteral("4000002760000016")},
        {QStringLiteral("pm_card_chargeDeclined"), QStringLiteral("4000000000000002")},
        {QStringLiteral("pm_card_visa_chargeDeclined"), QStringLiteral("4000000000000002")},
        {QStringLiteral("pm_card_chargeDeclinedInsufficientFunds"), QStringLiteral("4000000000009995")},
        {QStringLiteral("pm_card_visa_chargeDeclinedInsufficientFunds"), QStringLiteral("4000000000009995")},
        {QStringLiteral("pm_card_chargeDeclinedLostCard"), QStringLiteral("4000000000009987")},
        {QStringLiteral("pm_card_visa_chargeDeclinedLostCard"), QStringLiteral("4000000000009987")},
        {QStringLiteral("pm_card_chargeDeclinedStolenCard"), QStringLiteral("4000000000009979")},
        {QStringLiteral("pm_card_visa_chargeDeclinedStolenCard"), QStringLiteral("4000000000009979")},
        {QStringLiteral("pm_card_chargeDeclinedExpiredCard"), QStringLiteral("4000000000000069")},
        {QStringLiteral("pm_card_chargeDeclinedIncorrectCvc"), QStringLiteral("4000000000000127")},
        {QStringLiteral("pm_card_chargeDeclinedProcessingError"), QStringLiteral("4000000000000119")},
        {QStringLiteral("pm_card_visa_chargeDeclinedVelocityLimitExceeded"), QStringLiteral("4000000000006975")},
        {QStringLiteral("pm_card_chargeCustomerFail"), QStringLiteral("4000000000000341")},
        {QStringLiteral("pm_card_authenticationRequiredOnSetup"), QStringLiteral("4000002500003155")},
        {QStringLiteral("pm_card_authenticationRequired"), QStringLiteral("4000002760003184")},
        {QStringLiteral("pm_card_threeDSecure2Required"), QStringLiteral("4000000000003220")},
        {QStringLiteral("pm_card_createDispute"), QStringLiteral("4000000000000259")},
        {QStringLiteral("pm_card_pendingRefund"), QStringLiteral("4000000000007726")},
        {QStringLiteral("pm_card_refundFail"), QStringLiteral("4000000000005126")},
    };
    const auto it = tokens.constFind(token);
    if (it == tokens.cend())
        return std::nullopt;
    return *it;
}

} // namespace sandbox
