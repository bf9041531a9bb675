#include "RevenueFixture.h"

#include "billing/BillingStore.h"
#include "db/UserDirectory.h"

#include <QDateTime>
#include <QJsonArray>

namespace companion::test {

namespace {
// One subscription as Stripe sends it (basil shape: the period on the item).
struct Sub {
    QString id;
    QString status = QStringLiteral("active");
    bool yearly = false;
    qint64 start = 0;
    qint64 trialEnd = 0;
    qint64 periodStart = 0;
    bool cancelAtPeriodEnd = false;
    qint64 canceledAt = 0;
    qint64 cancelAt = 0;
    qint64 endedAt = 0;

    QJsonObject json() const
    {
        const auto orNull = [](qint64 v) { return v > 0 ? QJsonValue(v) : QJsonValue(); };
        const qint64 ps = periodStart > 0 ? periodStart : start;
        const QJsonObject price{{QStringLiteral("id"), yearly ? QStringLiteral("price_yearly") : QStringLiteral("price_monthly")},
                                {QStringLiteral("unit_amount"), yearly ? 9599 : 999},
                                {QStringLiteral("currency"), QStringLiteral("usd")},
                                {QStringLiteral("recurring"), QJsonObject{{QStringLiteral("interval"), yearly ? QStringLiteral("year") : QStringLiteral("month")},
                                                                         {QStringLiteral("interval_count"), 1}}}};
        const QJsonObject item{{QStringLiteral("price"), price},
                               {QStringLiteral("quantity"), 1},
                               {QStringLiteral("current_period_start"), ps},
                               {QStringLiteral("current_period_end"), ps + (yearly ? 365 : 31) * 86400}};
        return {{QStringLiteral("id"), id},
                {QStringLiteral("object"), QStringLiteral("subscription")},
                {QStringLiteral("customer"), QString(QStringLiteral("cus_") + id.mid(4))},
                {QStringLiteral("status"), status},
                {QStringLiteral("currency"), QStringLiteral("usd")},
                {QStringLiteral("created"), start},
                {QStringLiteral("start_date"), start},
                {QStringLiteral("trial_end"), orNull(trialEnd)},
                {QStringLiteral("cancel_at_period_end"), cancelAtPeriodEnd},
                {QStringLiteral("cancel_at"), orNull(cancelAt)},
                {QStringLiteral("canceled_at"), orNull(canceledAt)},
                {QStringLiteral("ended_at"), orNull(endedAt)},
                {QStringLiteral("items"), QJsonObject{{QStringLiteral("data"), QJsonArray{item}}}}};
    }
};
} // namespace

qint64 RevenueFixture::at(const char *isoDay, int hour)
{
    return QDate::fromString(QString::fromLatin1(isoDay), Qt::ISODate).startOfDay(Qt::UTC).addSecs(hour * 3600).toSecsSinceEpoch();
}

QString RevenueFixture::user(int n)
{
    return QStringLiteral("u%1").arg(n, 3, 10, QLatin1Char('0'));
}

bool RevenueFixture::write(const QString &userId, const QJsonObject &subscription, qint64 observedAt, QString *error)
{
    billing::BillingStore store(m_db, m_dialect);
    try {
        store.upsertSubscription(subscription, userId, observedAt, QString());
    } catch (const billing::StoreError &e) {
        *error = e.message();
        return false;
    }
    m_last.insert(userId, subscription);
    return true;
}

bool RevenueFixture::seed(QSqlDatabase db, db::Dialect dialect, QString *error)
{
    m_db = db;
    m_dialect = dialect;
    db::UserDirectory users(m_db, m_dialect);
    for (int n = 1; n <= 112; ++n) {
        db::UserRecord u;
        u.id = user(n);
        u.email = user(n) + QStringLiteral("@example.com");
        u.name = QStringLiteral("Learner %1").arg(n);
        if (!users.insert(u, error))
            return false;
    }
    QHash<QString, Sub> subs;
    const auto put = [&](const QString &userId, const Sub &s, qint64 observedAt) {
        subs.insert(userId, s);
        return write(userId, s.json(), observedAt, error);
    };
    for (int n = 1; n <= 110; ++n) {
        Sub s;
        s.id = QStringLiteral("sub_") + user(n);
        s.yearly = n > 100;
        s.start = at("2024-12-05");
        if (!put(user(n), s, s.start))
            return false;
    }
    for (int n = 1; n <= 3; ++n) {
        Sub s = subs.value(user(n));
        s.status = QStringLiteral("canceled");
        s.canceledAt = s.endedAt = at("2025-01-10");
        if (!put(user(n), s, at("2025-01-10")))
            return false;
    }
    for (int n : {10, 11}) {
        Sub s = subs.value(user(n));
        s.yearly = true;
        if (!put(user(n), s, at("2025-02-15")))
            return false;
    }
    Sub back;
    back.id = QStringLiteral("sub_u001b");
    back.start = at("2025-03-03");
    Sub leaving = subs.value(user(20));
    leaving.cancelAtPeriodEnd = true;
    leaving.canceledAt = at("2025-03-20");
    leaving.cancelAt = at("2025-04-05", 0);
    if (!put(user(1), back, back.start) || !put(user(20), leaving, at("2025-03-20")))
        return false;
    leaving.status = QStringLiteral("canceled");
    leaving.endedAt = at("2025-04-05", 0);
    Sub fresh;
    fresh.id = QStringLiteral("sub_u111");
    fresh.start = at("2025-04-12");
    Sub failing = subs.value(user(50));
    failing.status = QStringLiteral("past_due");
    failing.periodStart = at("2025-04-05");
    Sub trial;
    trial.id = QStringLiteral("sub_u112");
    trial.status = QStringLiteral("trialing");
    trial.start = at("2025-04-20");
    trial.trialEnd = at("2025-05-04");
    return put(user(20), leaving, at("2025-04-05", 0)) && put(user(111), fresh, fresh.start) && put(user(50), failing, at("2025-04-05", 11))
           && put(user(112), trial, trial.start);
}

} // namespace companion::test
