#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

namespace companion::stripe {
class StripeClient;
}

namespace companion::billing {

// Which customer a Stripe id belongs to (cus_, sub_, in_, ch_, pi_, pm_, re_, evt_, cs_),
// asked of Stripe: what the desk's search box needs to open the right learner.
class StripeIdResolver : public QObject
{
    Q_OBJECT
public:
    explicit StripeIdResolver(stripe::StripeClient *client, QObject *parent = nullptr);

    static bool looksLikeStripeId(const QString &text);

    // Reports once through resolved() or failed().
    void resolve(const QString &id);

Q_SIGNALS:
    void resolved(const QString &customerId);
    void failed(const QString &messageForPeople);

private:
    QPointer<stripe::StripeClient> m_client;
};

} // namespace companion::billing
