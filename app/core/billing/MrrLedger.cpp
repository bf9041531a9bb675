#include "MrrLedger.h"

#include "BillingStore.h"
#include "StripeObjects.h"

#include <QJsonArray>
#include <QHash>
#include <QSqlQuery>

#include <algorithm>
#include <optional>

namespace companion::billing {

namespace {
bool isLive(const QString &status)
{
    return status == QLatin1String("active") || status == QLatin1String("past_due") || status == QLatin1String("trialing");
}

bool hasEnded(const QString &status)
{
    return status == QLatin1String("canceled") || status == QLatin1String("incomplete_expired");
}

// Points in time order; of two at one instant the later-listed wins; a point
// that repeats the state before it is dropped.
QList<MrrPoint> normalised(QList<MrrPoint> points)
{
    std::stable_sort(points.begin(), points.end(), [](const MrrPoint &a, const MrrPoint &b) { return a.at < b.at; });
    QList<MrrPoint> out;
    for (const MrrPoint &p : std::as_const(points)) {
        if (!out.isEmpty() && out.constLast().at == p.at)
            out.removeLast();
        if (out.isEmpty() || out.constLast().state != p.state)
            out << p;
    }
    return out;
}
} // namespace

MrrInputs MrrInputs::fromSubscription(const QJsonObject &s)
{
    MrrInputs in;
    const QJsonObject price = StripeObjects::firstPrice(s);
    const QJsonObject recurring = price.value(QStringLiteral("recurring")).toObject();
    const QJsonArray items = s.value(QStringLiteral("items")).toObject().value(QStringLiteral("data")).toArray();
    in.subscriptionId = s.value(QStringLiteral("id")).toString();
    in.status = s.value(QStringLiteral("status")).toString();
    in.amount = price.value(QStringLiteral("unit_amount")).toInteger(price.value(QStringLiteral("amount")).toInteger());
    in.quantity = items.isEmpty() ? s.value(QStringLiteral("quantity")).toInt(1) : items.first().toObject().value(QStringLiteral("quantity")).toInt(1);
    in.interval = recurring.value(QStringLiteral("interval")).toString(price.value(QStringLiteral("interval")).toString());
    in.intervalCount = recurring.value(QStringLiteral("interval_count")).toInt(price.value(QStringLiteral("interval_count")).toInt(1));
    in.currency = s.value(QStringLiteral("currency")).toString(price.value(QStringLiteral("currency")).toString());
    in.start = s.value(QStringLiteral("start_date")).toInteger(s.value(QStringLiteral("created")).toInteger());
    in.trialEnd = s.value(QStringLiteral("trial_end")).toInteger();
    in.currentPeriodStart = StripeObjects::currentPeriodStart(s);
    in.cancelAtPeriodEnd = s.value(QStringLiteral("cancel_at_period_end")).toBool();
    in.cancelAt = s.value(QStringLiteral("cancel_at")).toInteger();
    in.canceledAt = s.value(QStringLiteral("canceled_at")).toInteger();
    in.endedAt = s.value(QStringLiteral("ended_at")).toInteger();
    return in;
}

namespace Mrr {

qint64 monthlyAmount(qint64 amount, int quantity, const QString &interval, int intervalCount)
{
    const qint64 perInterval = amount * qMax(quantity, 0);
    const qint64 count = qMax(intervalCount, 1);
    // value per month = perInterval × numerator ÷ denominator, rounded half up.
    qint64 numerator = 1, denominator = count;
    if (interval == QLatin1String("year"))
        denominator = 12 * count;
    else if (interval == QLatin1String("week"))
        numerator = 52, denominator = 12 * count;
    else if (interval == QLatin1String("day"))
        numerator = 365, denominator = 12 * count;
    else if (interval != QLatin1String("month"))
        return 0; // not recurring: no MRR
    return (perInterval * numerator * 2 + denominator) / (2 * denominator);
}

MrrState stateOf(const MrrInputs &in)
{
    MrrState s;
    s.status = in.status;
    s.currency = in.currency;
    const bool counted = in.status == QLatin1String("active") || in.status == QLatin1String("past_due");
    s.mrr = counted && in.amount > 0 ? monthlyAmount(in.amount, in.quantity, in.interval, in.intervalCount) : 0;
    s.cancelRequested = isLive(in.status) && (in.cancelAtPeriodEnd || in.cancelAt > 0);
    return s;
}

QList<MrrPoint> history(const MrrInputs &in, qint64 observedAt)
{
    const MrrState now = stateOf(in);
    const qint64 start = in.start > 0 ? in.start : observedAt;
    if (in.status == QLatin1String("trialing") || in.status.startsWith(QLatin1String("incomplete")))
        return {{start, now}};

    MrrInputs paying = in;
    paying.status = QStringLiteral("active");
    paying.cancelAtPeriodEnd = false;
    paying.cancelAt = 0;
    const MrrState active = stateOf(paying);
    MrrState trial = active;
    trial.status = QStringLiteral("trialing");
    trial.mrr = 0;

    QList<MrrPoint> points;
    const bool hadTrial = in.trialEnd > start;
    const qint64 paidFrom = hadTrial ? in.trialEnd : start;
    if (hadTrial)
        points << MrrPoint{start, trial};
    if (hasEnded(in.status)) {
        const qint64 end = in.endedAt > 0 ? in.endedAt : observedAt;
        if (end > paidFrom) {
            points << MrrPoint{paidFrom, active};
            // A cancel requested before the end (at period end, or at a date).
            if (in.canceledAt > paidFrom && in.canceledAt < end) {
                MrrState scheduled = active;
                scheduled.cancelRequested = true;
                points << MrrPoint{in.canceledAt, scheduled};
            }
        }
        points << MrrPoint{qMax(end, start), now};
        return normalised(points);
    }
    points << MrrPoint{paidFrom, active};
    // past_due and unpaid start with the renewal that failed; paused, at the period it paused.
    if (in.status != QLatin1String("active"))
        points << MrrPoint{qMax(in.currentPeriodStart, paidFrom), now};
    if (now.cancelRequested) {
        MrrState scheduled = points.constLast().state;
        scheduled.cancelRequested = true;
        points << MrrPoint{qMax(in.canceledAt, points.constLast().at), scheduled};
    }
    points << MrrPoint{points.constLast().at, now}; // the last word is today's state
    return normalised(points);
}

QList<MrrPoint> transition(const MrrPoint &open, const MrrInputs &in, qint64 observedAt)
{
    const MrrState now = stateOf(in);
    if (now == open.state)
        return {};
    const auto notBefore = [&open](qint64 at) { return qMax(at, open.at); };
    QList<MrrPoint> points;
    qint64 at = observedAt;
    if (hasEnded(in.status) && in.endedAt > 0) {
        at = in.endedAt;
        // The cancel was requested before the end and we missed that update.
        if (!open.state.cancelRequested && open.state.mrr > 0 && in.canceledAt > open.at && in.canceledAt < in.endedAt) {
            MrrState scheduled = open.state;
            scheduled.cancelRequested = true;
            points << MrrPoint{in.canceledAt, scheduled};
        }
    } else if (now.cancelRequested && !open.state.cancelRequested && in.canceledAt > 0) {
        at = in.canceledAt;
    } else if (open.state.status == QLatin1String("trialing") && in.status != QLatin1String("trialing") && in.trialEnd > 0) {
        at = in.trialEnd;
    } else if (in.status == QLatin1String("past_due") && open.state.status != QLatin1String("past_due") && in.currentPeriodStart > 0) {
        at = in.currentPeriodStart;
    }
    points << MrrPoint{notBefore(at), now};
    for (MrrPoint &p : points)
        p.at = notBefore(p.at);
    return normalised(points);
}

} // namespace Mrr

MrrLedger::MrrLedger(BillingStore &store)
    : m_store(store)
{
}

void MrrLedger::record(const QList<Observation> &observations)
{
    if (observations.isEmpty())
        return;
    // The customer revenue groups by (our user if the row has one by now, else
    // Stripe's customer) and each subscription's open stretch, in one read for all.
    struct Held {
        QString key, openKey;
        std::optional<MrrPoint> open;
    };
    QHash<QString, Held> held;
    QStringList ids;
    for (const Observation &o : observations)
        ids << o.inputs.subscriptionId;
    ids.removeDuplicates();
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT s.id, COALESCE(s.user_id, s.customer_id), g.customer_key, g.valid_from, g.status, g.mrr, "
                                                "g.currency, g.cancel_requested FROM subscriptions s "
                                                "LEFT JOIN mrr_segments g ON g.subscription_id = s.id AND g.valid_to IS NULL WHERE ")
                                     + db::inBoundList(m_store.dialect(), QStringLiteral("s.id")),
                                 {db::boundList(m_store.dialect(), ids)});
    while (q.next()) {
        Held &h = held[q.value(0).toString()];
        h.key = q.value(1).toString();
        h.openKey = q.value(2).toString();
        if (!q.value(3).isNull())
            h.open = MrrPoint{q.value(3).toLongLong(), {q.value(4).toString(), q.value(5).toLongLong(), q.value(6).toString(), q.value(7).toBool()}};
    }
    q.finish();
    for (const Observation &o : observations) {
        const QString &id = o.inputs.subscriptionId;
        Held &h = held[id];
        // Every stretch of a subscription carries the same key: the open one speaks for all.
        if (h.open && h.openKey != h.key) {
            m_store.query(QStringLiteral("UPDATE mrr_segments SET customer_key = ? WHERE subscription_id = ?"), {h.key, id});
            h.openKey = h.key;
        }
        const QList<MrrPoint> points = h.open ? Mrr::transition(*h.open, o.inputs, o.observedAt) : Mrr::history(o.inputs, o.observedAt);
        for (const MrrPoint &p : points) {
            // A null QString binds as NULL: the columns want text, even empty.
            const QVariantList values{p.state.status.isNull() ? QStringLiteral("") : p.state.status, p.state.mrr,
                                      p.state.currency.isNull() ? QStringLiteral("") : p.state.currency, p.state.cancelRequested};
            if (h.open && p.at <= h.open->at) {
                m_store.query(QStringLiteral("UPDATE mrr_segments SET status = ?, mrr = ?, currency = ?, cancel_requested = ? "
                                             "WHERE subscription_id = ? AND valid_to IS NULL"), values + QVariantList{id});
            } else {
                if (h.open)
                    m_store.query(QStringLiteral("UPDATE mrr_segments SET valid_to = ? WHERE subscription_id = ? AND valid_to IS NULL"), {p.at, id});
                m_store.query(QStringLiteral("INSERT INTO mrr_segments (subscription_id, valid_from, status, mrr, currency, cancel_requested, "
                                             "customer_key) VALUES (?, ?, ?, ?, ?, ?, ?)"),
                              QVariantList{id, p.at} + values + QVariantList{h.key});
                h.openKey = h.key;
            }
            h.open = p;
        }
    }
}

void completeLedgerMigration(QSqlDatabase db, db::Dialect dialect, db::MigrationReport *report)
{
    if (!report->ok || !report->applied.contains(QStringLiteral("004_revenue")))
        return;
    try {
        BillingStore store(db, dialect);
        MrrLedger(store).backfill();
    } catch (const StoreError &e) {
        report->ok = false;
        report->error = QStringLiteral("cannot fill the MRR ledger from the subscriptions: %1").arg(e.message());
    }
}

int MrrLedger::backfill()
{
    QList<Observation> missing;
    QSqlQuery &q = m_store.query(QStringLiteral(
        "SELECT s.id, s.status, s.amount, s.quantity, s.interval, s.interval_count, s.currency, s.created, s.trial_end, "
        "s.current_period_start, s.cancel_at_period_end, s.cancel_at, s.canceled_at, s.ended_at, s.updated_at FROM subscriptions s "
        "WHERE NOT EXISTS (SELECT 1 FROM mrr_segments g WHERE g.subscription_id = s.id)"));
    while (q.next()) {
        MrrInputs in;
        in.subscriptionId = q.value(0).toString();
        in.status = q.value(1).toString();
        in.amount = q.value(2).toLongLong();
        in.quantity = q.value(3).toInt();
        in.interval = q.value(4).toString();
        in.intervalCount = q.value(5).toInt();
        in.currency = q.value(6).toString();
        in.start = q.value(7).toLongLong();
        in.trialEnd = q.value(8).toLongLong();
        in.currentPeriodStart = q.value(9).toLongLong();
        in.cancelAtPeriodEnd = q.value(10).toBool();
        in.cancelAt = q.value(11).toLongLong();
        in.canceledAt = q.value(12).toLongLong();
        in.endedAt = q.value(13).toLongLong();
        missing << Observation{in, q.value(14).toLongLong()};
    }
    q.finish();
    record(missing);
    return int(missing.size());
}

} // namespace companion::billing
