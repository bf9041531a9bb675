#include "MrrLedger.h"

#include "BillingStore.h"
#include "StripeObjects.h"

#include <QDateTime>
#include <QJsonArray>
#include <QHash>
#include <QTimeZone>
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
    // Since clover: `discounts`, ids unless expanded; before: one `discount` object.
    const QJsonValue discounts = s.value(QStringLiteral("discounts"));
    if (discounts.isArray()) {
        in.discountsListed = true;
        for (const QJsonValue &d : discounts.toArray()) {
            MrrDiscount discount = d.isObject() ? MrrDiscount::fromStripe(d.toObject()) : MrrDiscount{};
            if (!d.isObject())
                discount.id = d.toString();
            if (!discount.id.isEmpty())
                in.discounts << discount;
        }
    }
    const QJsonValue legacy = s.value(QStringLiteral("discount"));
    if (legacy.isObject()) {
        const MrrDiscount discount = MrrDiscount::fromStripe(legacy.toObject());
        const bool listed = std::any_of(in.discounts.cbegin(), in.discounts.cend(), [&](const MrrDiscount &d) { return d.id == discount.id; });
        if (!listed)
            in.discounts << discount;
        in.discountsListed = true;
    } else if (legacy.isNull() && !discounts.isArray()) {
        in.discountsListed = true; // "discount": null — none
    }
    return in;
}

MrrDiscount MrrDiscount::fromStripe(const QJsonObject &d)
{
    MrrDiscount out;
    out.id = d.value(QStringLiteral("id")).toString();
    out.start = d.value(QStringLiteral("start")).toInteger();
    out.end = d.value(QStringLiteral("end")).toInteger();
    // clover: source.coupon (an id unless expanded); before: coupon, an object.
    QJsonValue coupon = d.value(QStringLiteral("source")).toObject().value(QStringLiteral("coupon"));
    if (coupon.isUndefined() || coupon.isNull())
        coupon = d.value(QStringLiteral("coupon"));
    out.couponId = StripeObjects::idOf(coupon);
    if (coupon.isObject()) {
        const QJsonObject c = coupon.toObject();
        out.termsKnown = true;
        out.percentOffBp = qRound64(c.value(QStringLiteral("percent_off")).toDouble() * 100);
        out.amountOff = c.value(QStringLiteral("amount_off")).toInteger();
        out.currency = c.value(QStringLiteral("currency")).toString();
        out.duration = c.value(QStringLiteral("duration")).toString();
        out.durationInMonths = c.value(QStringLiteral("duration_in_months")).toInt();
    }
    return out;
}

bool MrrDiscount::lowersAt(qint64 at) const
{
    if (!termsKnown || duration == QLatin1String("once") || (percentOffBp <= 0 && amountOff <= 0))
        return false;
    qint64 until = end;
    if (duration == QLatin1String("repeating") && until == 0 && start > 0 && durationInMonths > 0)
        until = QDateTime::fromSecsSinceEpoch(start, QTimeZone::utc()).addMonths(durationInMonths).toSecsSinceEpoch();
    return at >= start && (until == 0 || at < until);
}

namespace Mrr {

namespace {
// Room for a price scaled by 10,000 per percentage applied (GCC's and Clang's 128 bits).
__extension__ typedef __int128 Wide;

// (perInterval ÷ scale) per interval as minor units per month, rounded half up once.
qint64 monthly(Wide perInterval, Wide scale, const QString &interval, int intervalCount)
{
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
    const Wide d = Wide(denominator) * scale;
    return qint64((perInterval * numerator * 2 + d) / (2 * d));
}
} // namespace

qint64 monthlyAmount(qint64 amount, int quantity, const QString &interval, int intervalCount)
{
    return monthly(Wide(amount) * qMax(quantity, 0), 1, interval, intervalCount);
}

qint64 monthlyAfterDiscounts(const MrrInputs &in, qint64 at)
{
    // Exact until the one rounding: the amount is kept scaled by 10,000 per percentage applied.
    Wide scale = 1;
    Wide left = Wide(in.amount) * qMax(in.quantity, 0);
    for (const MrrDiscount &d : in.discounts) {
        if (!d.lowersAt(at) || left <= 0)
            continue;
        if (d.percentOffBp > 0) {
            left *= 10000 - qMin<qint64>(d.percentOffBp, 10000);
            scale *= 10000;
        } else if (d.currency.compare(in.currency, Qt::CaseInsensitive) == 0) {
            left = qMax<Wide>(left - Wide(d.amountOff) * scale, 0);
        }
        // Past four percentages, stay in range: rounded to 10^-8 of the minor unit (no real bill notices).
        if (scale >= Wide(10000000000000000LL)) {
            const Wide by = scale / 100000000;
            left = (left * 2 + by) / (2 * by);
            scale = 100000000;
        }
    }
    return monthly(left, scale, in.interval, in.intervalCount);
}

MrrState stateOf(const MrrInputs &in, qint64 at)
{
    MrrState s;
    s.status = in.status;
    s.currency = in.currency;
    const bool counted = in.status == QLatin1String("active") || in.status == QLatin1String("past_due");
    s.mrr = counted && in.amount > 0 ? monthlyAfterDiscounts(in, at) : 0;
    s.cancelRequested = isLive(in.status) && (in.cancelAtPeriodEnd || in.cancelAt > 0);
    return s;
}

namespace {
// Where a discount begins or stops lowering the bill, after `after` and up to `until`.
QList<qint64> discountBoundaries(const MrrInputs &in, qint64 after, qint64 until)
{
    QList<qint64> out;
    for (const MrrDiscount &d : in.discounts) {
        if (!d.termsKnown || d.duration == QLatin1String("once"))
            continue;
        qint64 stop = d.end;
        if (stop == 0 && d.duration == QLatin1String("repeating") && d.start > 0 && d.durationInMonths > 0)
            stop = QDateTime::fromSecsSinceEpoch(d.start, QTimeZone::utc()).addMonths(d.durationInMonths).toSecsSinceEpoch();
        for (qint64 b : {d.start, stop}) {
            if (b > after && b <= until)
                out << b;
        }
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// A stretch of the story before its state is known: the subscription as it stood.
struct Stage {
    qint64 at = 0;
    MrrInputs inputs;
};

// Each stage's state at its own instant, with a stage of its own at every discount
// boundary (the stage in force there, evaluated then) up to `until`.
QList<MrrPoint> evaluated(QList<Stage> stages, qint64 until)
{
    if (stages.isEmpty())
        return {};
    std::stable_sort(stages.begin(), stages.end(), [](const Stage &a, const Stage &b) { return a.at < b.at; });
    QList<Stage> withBoundaries = stages;
    for (qint64 b : discountBoundaries(stages.constLast().inputs, stages.constFirst().at, until)) {
        const Stage *inForce = nullptr;
        for (const Stage &s : std::as_const(stages)) {
            if (s.at <= b)
                inForce = &s;
        }
        if (inForce)
            withBoundaries << Stage{b, inForce->inputs};
    }
    // A boundary takes the stage in force there (the last at or before it): at one
    // instant with a real stage, both say the same.
    QList<MrrPoint> points;
    for (const Stage &s : std::as_const(withBoundaries))
        points << MrrPoint{s.at, Mrr::stateOf(s.inputs, s.at)};
    return normalised(points);
}
} // namespace

QList<MrrPoint> history(const MrrInputs &in, qint64 observedAt)
{
    const qint64 start = in.start > 0 ? in.start : observedAt;
    if (in.status == QLatin1String("trialing") || in.status.startsWith(QLatin1String("incomplete")))
        return {{start, stateOf(in, observedAt)}};

    MrrInputs paying = in;
    paying.status = QStringLiteral("active");
    paying.cancelAtPeriodEnd = false;
    paying.cancelAt = 0;
    MrrInputs trial = paying;
    trial.status = QStringLiteral("trialing");
    MrrInputs scheduled = paying;
    scheduled.cancelAtPeriodEnd = true;

    QList<Stage> stages;
    const bool hadTrial = in.trialEnd > start;
    const qint64 paidFrom = hadTrial ? in.trialEnd : start;
    if (hadTrial)
        stages << Stage{start, trial};
    if (hasEnded(in.status)) {
        const qint64 end = in.endedAt > 0 ? in.endedAt : observedAt;
        if (end > paidFrom) {
            stages << Stage{paidFrom, paying};
            // A cancel requested before the end (at period end, or at a date).
            if (in.canceledAt > paidFrom && in.canceledAt < end)
                stages << Stage{in.canceledAt, scheduled};
        }
        stages << Stage{qMax(end, start), in};
        return evaluated(stages, observedAt);
    }
    stages << Stage{paidFrom, paying};
    // past_due and unpaid start with the renewal that failed; paused, at the period it paused.
    if (in.status != QLatin1String("active")) {
        MrrInputs now = in;
        now.cancelAtPeriodEnd = false;
        now.cancelAt = 0;
        stages << Stage{qMax(in.currentPeriodStart, paidFrom), now};
    }
    if (stateOf(in, observedAt).cancelRequested) {
        MrrInputs requested = stages.constLast().inputs;
        requested.cancelAtPeriodEnd = true;
        stages << Stage{qMax(in.canceledAt, stages.constLast().at), requested};
    }
    stages << Stage{stages.constLast().at, in}; // the last word is today's state
    return evaluated(stages, observedAt);
}

QList<MrrPoint> transition(const MrrPoint &open, const MrrInputs &in, qint64 observedAt)
{
    const MrrState now = stateOf(in, observedAt);
    const QList<qint64> boundaries = discountBoundaries(in, open.at, observedAt);
    if (now == open.state && boundaries.isEmpty())
        return {};
    const auto notBefore = [&open](qint64 at) { return qMax(at, open.at); };
    QList<MrrPoint> points;
    qint64 at = observedAt;
    bool dated = true;
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
    } else {
        dated = false; // no date of Stripe's for this change: the discounts' own dates may place it
    }
    // The discounts began or ended meanwhile: before the change, the open stretch's
    // subscription (its status and cancel request) with the discounts then; after it, today's.
    MrrInputs before = in;
    before.status = open.state.status;
    before.cancelAtPeriodEnd = open.state.cancelRequested;
    before.cancelAt = 0;
    const MrrState openAgain = stateOf(before, open.at);
    const bool sameSubscription = openAgain.status == open.state.status && openAgain.currency == open.state.currency;
    for (qint64 b : boundaries) {
        if (b < at && sameSubscription)
            points << MrrPoint{b, stateOf(before, b)};
        else if (b >= at)
            points << MrrPoint{b, stateOf(in, b)};
    }
    // An undated change that only the discounts explain happened at their last boundary.
    if (!dated && !boundaries.isEmpty() && sameSubscription && stateOf(before, observedAt) == now)
        at = boundaries.constLast();
    points << MrrPoint{notBefore(at), stateOf(in, qMax(at, open.at))};
    if (at < observedAt)
        points << MrrPoint{observedAt, now};
    for (MrrPoint &p : points)
        p.at = notBefore(p.at);
    // What still repeats the open stretch changes nothing.
    QList<MrrPoint> out = normalised(points);
    while (!out.isEmpty() && out.constFirst().state == open.state)
        out.removeFirst();
    return out;
}

} // namespace Mrr

MrrLedger::MrrLedger(BillingStore &store)
    : m_store(store)
{
}

void MrrLedger::addStoredDiscounts(QList<Observation> &observations)
{
    QStringList ids;
    for (const Observation &o : std::as_const(observations))
        ids << o.inputs.subscriptionId;
    ids.removeDuplicates();
    QHash<QString, QList<MrrDiscount>> stored;
    QHash<QString, qint64> removedAt;
    QSqlQuery &q = m_store.query(QStringLiteral("SELECT d.subscription_id, d.id, d.coupon_id, d.starts_at, d.ends_at, d.removed_at, "
                                                "c.id, c.percent_off_bp, c.amount_off, c.currency, c.duration, c.duration_in_months "
                                                "FROM subscription_discounts d LEFT JOIN coupons c ON c.id = d.coupon_id WHERE ")
                                     + db::inBoundList(m_store.dialect(), QStringLiteral("d.subscription_id"))
                                     + QStringLiteral(" ORDER BY d.starts_at, d.id"),
                                 {db::boundList(m_store.dialect(), ids)});
    while (q.next()) {
        MrrDiscount d;
        d.id = q.value(1).toString();
        d.couponId = q.value(2).toString();
        d.start = q.value(3).toLongLong();
        d.end = q.value(4).toLongLong();
        const qint64 removed = q.value(5).toLongLong();
        if (removed > 0)
            removedAt.insert(d.id, removed);
        d.termsKnown = !q.value(6).isNull();
        d.percentOffBp = q.value(7).toLongLong();
        d.amountOff = q.value(8).toLongLong();
        d.currency = q.value(9).toString();
        d.duration = q.value(10).toString();
        d.durationInMonths = q.value(11).toInt();
        stored[q.value(0).toString()] << d;
    }
    q.finish();
    const auto stopAt = [](MrrDiscount &d, qint64 at) { d.end = d.end > 0 ? qMin(d.end, at) : at; };
    for (Observation &o : observations) {
        QList<MrrDiscount> &listed = o.inputs.discounts;
        for (MrrDiscount d : stored.value(o.inputs.subscriptionId)) {
            if (removedAt.contains(d.id))
                stopAt(d, removedAt.value(d.id));
            const auto it = std::find_if(listed.begin(), listed.end(), [&d](const MrrDiscount &l) { return l.id == d.id; });
            if (it == listed.end()) {
                // No longer on the subscription Stripe showed: it stopped by then at the latest.
                if (o.inputs.discountsListed)
                    stopAt(d, o.observedAt);
                listed << d;
                continue;
            }
            if (!it->termsKnown) {
                it->termsKnown = d.termsKnown;
                it->percentOffBp = d.percentOffBp;
                it->amountOff = d.amountOff;
                it->currency = d.currency;
                it->duration = d.duration;
                it->durationInMonths = d.durationInMonths;
            }
            if (it->start == 0)
                it->start = d.start;
            if (it->end == 0)
                it->end = d.end;
            if (removedAt.contains(d.id))
                stopAt(*it, removedAt.value(d.id));
        }
    }
}

void MrrLedger::record(const QList<Observation> &given)
{
    if (given.isEmpty())
        return;
    QList<Observation> observations = given;
    addStoredDiscounts(observations);
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

QList<MrrLedger::Observation> MrrLedger::fromRows(const QString &where, const QVariantList &binds)
{
    QList<Observation> out;
    QSqlQuery &q = m_store.query(QStringLiteral(
        "SELECT s.id, s.status, s.amount, s.quantity, s.interval, s.interval_count, s.currency, s.created, s.trial_end, "
        "s.current_period_start, s.cancel_at_period_end, s.cancel_at, s.canceled_at, s.ended_at, s.updated_at FROM subscriptions s WHERE ") + where,
        binds);
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
        out << Observation{in, q.value(14).toLongLong()};
    }
    q.finish();
    return out;
}

int MrrLedger::backfill()
{
    const QList<Observation> missing = fromRows(QStringLiteral("NOT EXISTS (SELECT 1 FROM mrr_segments g WHERE g.subscription_id = s.id)"), {});
    record(missing);
    return int(missing.size());
}

void MrrLedger::reobserve(const QStringList &subscriptionIds, qint64 observedAt)
{
    if (subscriptionIds.isEmpty())
        return;
    QList<Observation> observations = fromRows(db::inBoundList(m_store.dialect(), QStringLiteral("s.id")),
                                               {db::boundList(m_store.dialect(), subscriptionIds)});
    for (Observation &o : observations)
        o.observedAt = observedAt;
    record(observations);
}

} // namespace companion::billing
