#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace companion::stripe {
class StripeClient;
}

namespace companion::billing {

// Which customer a Stripe id belongs to (cus_, sub_, in_, ch_/py_, pi_, pm_, re_, evt_, cs_,
// dp_/du_), asked of Stripe with one GET (an event about a refund or dispute: two): what
// the desk's search box needs to open the right learner.
class StripeIdResolver : public QObject
{
    Q_OBJECT
public:
    explicit StripeIdResolver(stripe::StripeClient *client, QObject *parent = nullptr);

    // A known prefix and an id's characters (surrounding spaces ignored); not a client
    // secret, not a subscription schedule.
    static bool looksLikeStripeId(const QString &text);

    // Reports once, always later (never from inside this call), through resolved() or
    // failed() (e.g. "no such charge at Stripe", "that payment method belongs to no customer").
    void resolve(const QString &id);

Q_SIGNALS:
    void resolved(const QString &customerId);
    void failed(const QString &messageForPeople);

private:
    QPointer<stripe::StripeClient> m_client;
};

} // namespace companion::billing
