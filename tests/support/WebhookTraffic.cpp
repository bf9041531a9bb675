#include "WebhookTraffic.h"

#include "StripeEventFactory.h"
#include "db/UserDirectory.h"

#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace companion::test {

namespace Factory = bench::StripeEventFactory;

QList<GenuineEvent> WebhookTraffic::subscriptionHistories(int users, int perUser, qint64 start, const QByteArray &idPrefix,
                                                          QRandomGenerator &rng)
{
    static const QStringList statuses{QStringLiteral("active"), QStringLiteral("past_due"), QStringLiteral("active"),
                                      QStringLiteral("unpaid"), QStringLiteral("active"), QStringLiteral("canceled")};
    QList<GenuineEvent> events;
    events.reserve(users * perUser);
    for (int u = 0; u < users; ++u) {
        for (int k = 0; k < perUser; ++k) {
            GenuineEvent e;
            e.id = idPrefix + QByteArray::number(u) + '_' + QByteArray::number(k);
            e.user = u;
            e.created = start + k; // one second apart: no two events of a subscription tie
            e.status = statuses.at(int(rng.bounded(quint32(statuses.size()))));
            e.cancelAtPeriodEnd = e.status == QLatin1String("active") && rng.bounded(3) == 0;
            QJsonObject sub = Factory::subscription(u, e.status, start - 86400, QStringLiteral("in_traffic_%1").arg(u));
            sub.insert(QStringLiteral("cancel_at_period_end"), e.cancelAtPeriodEnd);
            sub.insert(QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), Factory::userId(u)}});
            e.body = Factory::event(QString::fromLatin1(e.id),
                                    k == 0 ? QStringLiteral("customer.subscription.created") : QStringLiteral("customer.subscription.updated"),
                                    e.created, sub);
            events << e;
        }
    }
    return events;
}

bool WebhookTraffic::seedUsers(const QSqlDatabase &db, db::Dialect dialect, int users, QString *error)
{
    db::UserDirectory directory(db, dialect);
    for (int u = 0; u < users; ++u) {
        db::UserRecord user;
        user.id = Factory::userId(u);
        user.email = QStringLiteral("learner%1@example.com").arg(u);
        user.stripeCustomerId = Factory::customerId(u);
        if (!directory.insert(user, error))
            return false;
    }
    return true;
}

QByteArray WebhookTraffic::request(const QByteArray &signature, const QByteArray &body)
{
    QByteArray message = "POST /api/v1/payments/webhook HTTP/1.1\r\nHost: 127.0.0.1\r\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\r\n"
                         "Content-Type: application/json; charset=utf-8\r\n";
    if (!signature.isNull())
        message += "Stripe-Signature: " + signature + "\r\n";
    return message + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

WebhookTraffic::Check WebhookTraffic::check(const QSqlDatabase &db, const QList<GenuineEvent> &events,
                                            const QHash<QByteArray, int> &okDeliveries, const QString &idPattern)
{
    Check result;
    QHash<QByteArray, QPair<QString, int>> stored; // event id -> outcome, delivery_count
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT event_id, outcome, delivery_count FROM webhook_events WHERE event_id LIKE ?"));
    q.addBindValue(idPattern);
    q.exec();
    while (q.next())
        stored.insert(q.value(0).toString().toLatin1(), {q.value(1).toString(), q.value(2).toInt()});

    QHash<int, const GenuineEvent *> newest;
    for (const GenuineEvent &e : events) {
        const auto row = stored.constFind(e.id);
        const int ok = okDeliveries.value(e.id);
        if (ok > 0 && (row == stored.constEnd() || (row->first != QLatin1String("applied") && row->first != QLatin1String("stale"))))
            ++result.lost;
        if (row != stored.constEnd() && row->second != ok)
            ++result.deliveryCountsOff;
        if (ok > 0 && (!newest.contains(e.user) || newest.value(e.user)->created < e.created))
            newest.insert(e.user, &e);
    }
    QHash<QString, QPair<QString, bool>> finalState;
    q.exec(QStringLiteral("SELECT id, status, cancel_at_period_end FROM subscriptions"));
    while (q.next())
        finalState.insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toBool()});
    for (auto it = newest.constBegin(); it != newest.constEnd(); ++it) {
        const auto state = finalState.value(Factory::subscriptionId(it.key()));
        if (state.first != it.value()->status || state.second != it.value()->cancelAtPeriodEnd)
            ++result.wrongFinalStates;
    }
    result.users = int(newest.size());
    return result;
}

} // namespace companion::test
