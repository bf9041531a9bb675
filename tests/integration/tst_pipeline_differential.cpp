// Differential: the set-based batch path and the per-event path are one set of
// rules (billing::Rules), so the same deliveries leave the same rows whichever
// path applies them. Random histories of Stripe's events (renewals, failed
// payments, cancels, same-second ties, thin payloads, a type Stripe may add later,
// unknown learners, malformed objects, checkout sessions, redeliveries) go once
// through EventProcessor::processBatch in batches and once event by event (in the
// order processBatch takes a batch, by event id, as its fallback does), into two
// databases; every row of users, subscriptions, invoices, webhook_events and the
// MRR ledger must match.
#include "StripeEventFactory.h"
#include "TestDatabase.h"
#include "billing/EventProcessor.h"
#include "db/UserDirectory.h"

#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

#include <algorithm>

using namespace companion;
namespace events = companion::bench::StripeEventFactory;

namespace {
constexpr int kUsers = 24;
constexpr qint64 kStart = 1790000000;
constexpr quint32 kSeeds = 16; // histories per run and database (seeds 1…16)

// Columns the two paths may fill differently without meaning anything (wall-clock
// stamps, row ids), and the stored body (the input itself, named by event_id).
bool ignored(const QString &column)
{
    return column == QLatin1String("updated_at") || column == QLatin1String("created_at") || column == QLatin1String("payload");
}

// Every row of `table` as text, sorted, without ignored columns (and without `id` where it is a serial).
QStringList rowsOf(const QSqlDatabase &db, const QString &table, bool serialId)
{
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT * FROM ") + table))
        return {QStringLiteral("cannot read ") + table};
    QStringList rows;
    while (q.next()) {
        QStringList cells;
        const QSqlRecord record = q.record();
        for (int c = 0; c < record.count(); ++c) {
            const QString name = record.fieldName(c);
            if (ignored(name) || (serialId && name == QLatin1String("id")))
                continue;
            const QVariant value = q.value(c);
            cells << name + u'=' + (value.isNull() ? QStringLiteral("NULL") : value.toString());
        }
        rows << cells.join(QStringLiteral(" | "));
    }
    rows.sort();
    return rows;
}

// One history: the deliveries Stripe would make, in arrival order.
QList<QByteArray> history(quint32 seed)
{
    QRandomGenerator rng(seed);
    QList<QByteArray> made;
    int next = 0;
    auto eventId = [&] { return QStringLiteral("evt_diff%1_%2").arg(seed).arg(next++, 5, 10, QLatin1Char('0')); };
    for (int user = 0; user < kUsers; ++user) {
        qint64 t = kStart + rng.bounded(3600);
        qint64 periodStart = t;
        QString status = rng.bounded(4) == 0 ? QStringLiteral("incomplete") : QStringLiteral("active");
        auto subscriptionEvent = [&](const QString &type) {
            QJsonObject object = events::subscription(user, status, periodStart, QStringLiteral("in_diff%1_%2").arg(user).arg(next));
            const int roll = int(rng.bounded(20));
            if (roll == 0) // thin: only what names it
                object = QJsonObject{{QStringLiteral("id"), object.value(QStringLiteral("id"))}, {QStringLiteral("object"), QStringLiteral("subscription")}};
            else if (roll == 1) // malformed: no currency
                object.remove(QStringLiteral("currency"));
            made << events::event(eventId(), type, t, object);
        };
        if (rng.bounded(3) == 0) {
            // A checkout first: names the learner and the customer.
            const QJsonObject session{{QStringLiteral("id"), QStringLiteral("cs_diff%1").arg(user)},
                                      {QStringLiteral("object"), QStringLiteral("checkout.session")},
                                      {QStringLiteral("client_reference_id"), events::userId(user)},
                                      {QStringLiteral("customer"), events::customerId(user)},
                                      {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), events::userId(user)}}},
                                      {QStringLiteral("mode"), QStringLiteral("subscription")},
                                      {QStringLiteral("status"), QStringLiteral("complete")},
                                      {QStringLiteral("subscription"), events::subscriptionId(user)}};
            made << events::event(eventId(), QStringLiteral("checkout.session.completed"), t, session);
        }
        subscriptionEvent(QStringLiteral("customer.subscription.created"));
        const int steps = 2 + int(rng.bounded(10));
        for (int step = 0; step < steps && status != QLatin1String("canceled"); ++step) {
            // Same second now and then: a tie the lifecycle may or may not order.
            t += rng.bounded(5) == 0 ? 0 : qint64(rng.bounded(1, 40 * 86400));
            const int roll = int(rng.bounded(10));
            if (roll < 3) { // a renewal, paid
                periodStart += events::kMonth;
                status = QStringLiteral("active");
                made << events::event(eventId(), QStringLiteral("invoice.paid"), t,
                                      events::paidInvoice(user, QStringLiteral("in_diff%1_%2").arg(user).arg(step), periodStart));
                subscriptionEvent(QStringLiteral("customer.subscription.updated"));
            } else if (roll < 5) { // a renewal fails
                status = rng.bounded(3) == 0 ? QStringLiteral("unpaid") : QStringLiteral("past_due");
                QJsonObject failed = events::paidInvoice(user, QStringLiteral("in_difffail%1_%2").arg(user).arg(step), periodStart + events::kMonth);
                failed.insert(QStringLiteral("status"), QStringLiteral("open"));
                made << events::event(eventId(), QStringLiteral("invoice.payment_failed"), t, failed);
                subscriptionEvent(QStringLiteral("customer.subscription.updated"));
            } else if (roll < 6) {
                status = QStringLiteral("canceled");
                subscriptionEvent(QStringLiteral("customer.subscription.deleted"));
            } else if (roll < 7) {
                subscriptionEvent(QStringLiteral("customer.subscription.some_future_event")); // applied like any subscription event
            } else {
                subscriptionEvent(QStringLiteral("customer.subscription.updated"));
            }
        }
    }
    // Stripe's order is not the order things happened; some arrive twice.
    QList<QByteArray> deliveries;
    for (const QByteArray &e : std::as_const(made)) {
        deliveries << e;
        if (rng.bounded(7) == 0)
            deliveries << e;
    }
    for (qsizetype i = deliveries.size() - 1; i > 0; --i)
        deliveries.swapItemsAt(i, rng.bounded(qint64(i + 1)));
    return deliveries;
}

// The key processBatch orders a batch by (its first evt_ id).
QByteArray orderKey(const QByteArray &payload)
{
    const qsizetype at = payload.indexOf("\"evt_");
    return at < 0 ? payload : payload.mid(at + 1, payload.indexOf('"', at + 1) - at - 1);
}
} // namespace

class TestPipelineDifferential : public QObject
{
    Q_OBJECT
private:
    static bool addLearners(const QSqlDatabase &db, db::Dialect dialect)
    {
        db::UserDirectory users(db, dialect);
        for (int user = 0; user < kUsers; ++user) {
            if (user % 7 == 3)
                continue; // Stripe knows them, we do not: their events are kept as failed
            db::UserRecord record;
            record.id = events::userId(user);
            record.email = record.id + QStringLiteral("@example.com");
            QString error;
            if (!users.insert(record, &error))
                return false;
        }
        return true;
    }

private Q_SLOTS:
    void batchAndPerEventLeaveTheSameRows_data()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed = 1; seed <= kSeeds; ++seed)
            QTest::newRow(qPrintable(QStringLiteral("seed %1").arg(seed))) << seed;
    }
    void batchAndPerEventLeaveTheSameRows()
    {
        QFETCH(quint32, seed);
        COMPANION_TEST_DATABASE(batchedDb);
        COMPANION_TEST_DATABASE(singleDb);
        QString error;
        const QSqlDatabase batched = batchedDb.openMigrated(&error);
        QVERIFY2(batched.isOpen(), qPrintable(error));
        const QSqlDatabase single = singleDb.openMigrated(&error);
        QVERIFY2(single.isOpen(), qPrintable(error));
        const db::Dialect dialect = batchedDb.config().dialect;
        QVERIFY(addLearners(batched, dialect));
        QVERIFY(addLearners(single, dialect));

        const QList<QByteArray> deliveries = history(seed);
        const qint64 now = kStart + 400 * 86400;
        billing::EventProcessor batchPath(batched, dialect);
        billing::EventProcessor eventPath(single, dialect);
        batchPath.setClock([now] { return now; });
        eventPath.setClock([now] { return now; });

        QRandomGenerator rng(seed * 7919u);
        int batches = 0;
        for (qsizetype i = 0; i < deliveries.size(); ++batches) {
            const qsizetype size = qMin<qsizetype>(2 + rng.bounded(12), deliveries.size() - i);
            const QList<QByteArray> batch = deliveries.mid(i, size);
            const qint64 receivedAt = now - (deliveries.size() - i);
            for (const auto &outcome : batchPath.processBatch(batch, receivedAt))
                QVERIFY2(outcome.stored, qPrintable(outcome.error));
            QList<QByteArray> inOrder = batch;
            std::stable_sort(inOrder.begin(), inOrder.end(), [](const QByteArray &a, const QByteArray &b) { return orderKey(a) < orderKey(b); });
            for (const QByteArray &payload : std::as_const(inOrder))
                QVERIFY2(eventPath.process(payload, receivedAt).stored, "an event was not stored");
            i += size;
        }

        int outcomes = 0;
        for (const auto &[table, serialId] : {std::pair{QStringLiteral("users"), false}, std::pair{QStringLiteral("subscriptions"), false},
                                              std::pair{QStringLiteral("invoices"), false}, std::pair{QStringLiteral("webhook_events"), true},
                                              std::pair{QStringLiteral("mrr_segments"), true}}) {
            const QStringList a = rowsOf(batched, table, serialId);
            const QStringList b = rowsOf(single, table, serialId);
            for (qsizetype r = 0; r < qMax(a.size(), b.size()); ++r) {
                const QString left = a.value(r, QStringLiteral("(no row)"));
                const QString right = b.value(r, QStringLiteral("(no row)"));
                QVERIFY2(left == right, qPrintable(QStringLiteral("%1, seed %2, row %3:\n  batched:   %4\n  per event: %5")
                                                       .arg(table).arg(seed).arg(r).arg(left, right)));
            }
            if (table == QLatin1String("webhook_events"))
                outcomes = int(a.size());
        }
        // The history was worth comparing: every outcome occurred.
        QSqlQuery q(batched);
        QVERIFY(q.exec(QStringLiteral("SELECT outcome, COUNT(*) FROM webhook_events GROUP BY outcome")));
        QStringList seen;
        while (q.next())
            seen << q.value(0).toString();
        seen.sort();
        qInfo("seed %u: %lld deliveries in %d batches, %d events; outcomes %s", seed, qint64(deliveries.size()), batches, outcomes,
              qPrintable(seen.join(u',')));
        for (const char *outcome : {"applied", "stale", "failed"})
            QVERIFY2(seen.contains(QLatin1String(outcome)), outcome);
    }
};

QTEST_GUILESS_MAIN(TestPipelineDifferential)
#include "tst_pipeline_differential.moc"
