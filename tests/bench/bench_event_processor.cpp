// bench_event_processor: how many realistic 2–3 KB Stripe events per second the
// EventProcessor applies to a database of 100,000 users (5% duplicate deliveries),
// one transaction per event and batches in one transaction (set-based statements,
// falling back to a savepoint per event when needed).
// The database is in a steady state: each user has a subscription, the log has history.
// Prints numbers and checks the database afterwards; asserts nothing about time.
//   scripts/lib/with-test-env build/tests/bench/bench_event_processor [events=20000] [users=100000] [postgresql|sqlite]
// (use a Release build for figures worth reporting)
#include "TestDatabase.h"
#include "billing/EventProcessor.h"
#include "db/Database.h"
#include "db/Transaction.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QThread>

#include <atomic>

#include <cstdio>

using namespace companion;

namespace {
constexpr qint64 kStart = 1790000000;

// A customer.subscription.updated as Stripe renders it (endive), about 2.5 KB.
QByteArray subscriptionEvent(int n, int user, qint64 created)
{
    const QString sub = QStringLiteral("sub_bench%1").arg(user, 8, 10, QLatin1Char('0'));
    const QJsonObject price{{QStringLiteral("id"), QStringLiteral("price_1PremiumMonthly999usd")}, {QStringLiteral("object"), QStringLiteral("price")},
                            {QStringLiteral("active"), true}, {QStringLiteral("billing_scheme"), QStringLiteral("per_unit")},
                            {QStringLiteral("created"), kStart - 86400 * 400}, {QStringLiteral("currency"), QStringLiteral("usd")},
                            {QStringLiteral("livemode"), false}, {QStringLiteral("lookup_key"), QStringLiteral("premium_monthly")},
                            {QStringLiteral("metadata"), QJsonObject()}, {QStringLiteral("nickname"), QStringLiteral("Premium monthly")},
                            {QStringLiteral("product"), QStringLiteral("prod_CoursePremium")},
                            {QStringLiteral("recurring"), QJsonObject{{QStringLiteral("interval"), QStringLiteral("month")}, {QStringLiteral("interval_count"), 1},
                                                                      {QStringLiteral("meter"), QJsonValue()}, {QStringLiteral("trial_period_days"), QJsonValue()},
                                                                      {QStringLiteral("usage_type"), QStringLiteral("licensed")}}},
                            {QStringLiteral("tax_behavior"), QStringLiteral("unspecified")}, {QStringLiteral("type"), QStringLiteral("recurring")},
                            {QStringLiteral("unit_amount"), 999}, {QStringLiteral("unit_amount_decimal"), QStringLiteral("999")}};
    const QJsonObject item{{QStringLiteral("id"), QStringLiteral("si_bench%1").arg(user)}, {QStringLiteral("object"), QStringLiteral("subscription_item")},
                           {QStringLiteral("created"), kStart}, {QStringLiteral("current_period_start"), created},
                           {QStringLiteral("current_period_end"), created + 30 * 86400}, {QStringLiteral("discounts"), QJsonArray()},
                           {QStringLiteral("metadata"), QJsonObject()}, {QStringLiteral("price"), price}, {QStringLiteral("quantity"), 1},
                           {QStringLiteral("subscription"), sub}, {QStringLiteral("tax_rates"), QJsonArray()}};
    const QJsonObject object{
        {QStringLiteral("id"), sub}, {QStringLiteral("object"), QStringLiteral("subscription")},
        {QStringLiteral("application"), QJsonValue()}, {QStringLiteral("billing_cycle_anchor"), kStart},
        {QStringLiteral("billing_mode"), QJsonObject{{QStringLiteral("type"), QStringLiteral("flexible")}}},
        {QStringLiteral("cancel_at"), QJsonValue()}, {QStringLiteral("cancel_at_period_end"), false}, {QStringLiteral("canceled_at"), QJsonValue()},
        {QStringLiteral("cancellation_details"), QJsonObject{{QStringLiteral("comment"), QJsonValue()}, {QStringLiteral("feedback"), QJsonValue()},
                                                             {QStringLiteral("reason"), QJsonValue()}}},
        {QStringLiteral("collection_method"), QStringLiteral("charge_automatically")}, {QStringLiteral("created"), kStart},
        {QStringLiteral("currency"), QStringLiteral("usd")}, {QStringLiteral("customer"), QStringLiteral("cus_bench%1").arg(user)},
        {QStringLiteral("default_payment_method"), QStringLiteral("pm_bench%1").arg(user)}, {QStringLiteral("discounts"), QJsonArray()},
        {QStringLiteral("ended_at"), QJsonValue()},
        {QStringLiteral("items"), QJsonObject{{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), QJsonArray{item}},
                                              {QStringLiteral("has_more"), false}, {QStringLiteral("total_count"), 1},
                                              {QStringLiteral("url"), QString(QStringLiteral("/v1/subscription_items?subscription=") + sub)}}},
        {QStringLiteral("latest_invoice"), QStringLiteral("in_bench%1_%2").arg(user).arg(n)}, {QStringLiteral("livemode"), false},
        {QStringLiteral("metadata"), QJsonObject{{QStringLiteral("user_id"), QStringLiteral("usr_b%1").arg(user)}}},
        {QStringLiteral("pause_collection"), QJsonValue()}, {QStringLiteral("start_date"), kStart},
        {QStringLiteral("status"), n % 17 == 0 ? QStringLiteral("past_due") : QStringLiteral("active")},
        {QStringLiteral("test_clock"), QJsonValue()}, {QStringLiteral("trial_end"), QJsonValue()}, {QStringLiteral("trial_start"), QJsonValue()}};
    const QJsonObject event{{QStringLiteral("id"), QStringLiteral("evt_bench%1").arg(n, 10, 10, QLatin1Char('0'))},
                            {QStringLiteral("object"), QStringLiteral("event")}, {QStringLiteral("api_version"), QStringLiteral("2026-10-28.endive")},
                            {QStringLiteral("created"), created},
                            {QStringLiteral("data"), QJsonObject{{QStringLiteral("object"), object},
                                                                 {QStringLiteral("previous_attributes"), QJsonObject{{QStringLiteral("latest_invoice"), QStringLiteral("in_prev")}}}}},
                            {QStringLiteral("livemode"), false}, {QStringLiteral("pending_webhooks"), 1},
                            {QStringLiteral("request"), QJsonObject{{QStringLiteral("id"), QJsonValue()}, {QStringLiteral("idempotency_key"), QJsonValue()}}},
                            {QStringLiteral("type"), QStringLiteral("customer.subscription.updated")}};
    return QJsonDocument(event).toJson(QJsonDocument::Indented);
}
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int events = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 20000;
    const int userCount = argc > 2 ? QString::fromLocal8Bit(argv[2]).toInt() : 100000;
    if (argc > 3)
        qputenv("COMPANION_TEST_DB", argv[3]);
    test::TestDatabase testDb;
    QString error;
    if (!testDb.create(&error)) {
        std::fprintf(stderr, "bench_event_processor: %s\n", qUtf8Printable(error));
        return 1;
    }
    const QSqlDatabase db = testDb.openMigrated(&error);
    if (!db.isOpen()) {
        std::fprintf(stderr, "bench_event_processor: %s\n", qUtf8Printable(error));
        return 1;
    }
    {
        db::Transaction tx(db, testDb.config().dialect);
        QSqlQuery insert(db);
        insert.prepare(QStringLiteral("INSERT INTO users (id, email, created_at, updated_at) VALUES (?, ?, ?, ?)"));
        for (int u = 0; u < userCount; ++u) {
            insert.addBindValue(QStringLiteral("usr_b%1").arg(u));
            insert.addBindValue(QStringLiteral("bench%1@example.com").arg(u));
            insert.addBindValue(kStart);
            insert.addBindValue(kStart);
            insert.exec();
        }
        // A steady state, not an empty shop: every user already has a subscription
        // row and the webhook log has history, so the planner sees real tables.
        QSqlQuery sub(db);
        sub.prepare(QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, current_period_end, "
                                   "last_event_created, updated_at) VALUES (?, ?, ?, 'active', ?, ?, ?)"));
        QSqlQuery history(db);
        history.prepare(QStringLiteral("INSERT INTO webhook_events (event_id, type, created, received_at, last_received_at, "
                                       "outcome, payload) VALUES (?, 'invoice.paid', ?, ?, ?, 'applied', '{}')"));
        for (int u = 0; u < userCount; ++u) {
            sub.addBindValue(QStringLiteral("sub_bench%1").arg(u, 8, 10, QLatin1Char('0')));
            sub.addBindValue(QStringLiteral("usr_b%1").arg(u));
            sub.addBindValue(QStringLiteral("cus_bench%1").arg(u));
            sub.addBindValue(kStart + 86400);
            sub.addBindValue(kStart - 86400);
            sub.addBindValue(kStart);
            sub.exec();
            history.addBindValue(QStringLiteral("evt_history%1").arg(u));
            history.addBindValue(kStart - 86400);
            history.addBindValue(kStart - 86400);
            history.addBindValue(kStart - 86400);
            history.exec();
        }
        tx.commit();
    }
    QSqlQuery(db).exec(QStringLiteral("ANALYZE"));

    // Deliveries: unique events with increasing `created` per subscription, 5% sent twice.
    QRandomGenerator rng(7);
    QList<QByteArray> deliveries;
    qint64 bytes = 0;
    for (int n = 0; n < events; ++n) {
        deliveries.append(subscriptionEvent(n, int(rng.bounded(userCount)), kStart + n));
        bytes += deliveries.constLast().size();
        if (rng.generateDouble() < 0.05)
            deliveries.append(deliveries.constLast());
    }
    billing::EventProcessor processor(db, testDb.config().dialect);
    processor.setClock([] { return kStart; });

    auto measure = [&](const char *label, int batch, qsizetype from, qsizetype count) {
        QElapsedTimer timer;
        timer.start();
        int notStored = 0;
        for (qsizetype i = from; i < from + count; i += batch) {
            for (const auto &outcome : processor.processBatch(deliveries.mid(i, qMin<qsizetype>(batch, from + count - i)), kStart))
                notStored += outcome.stored ? 0 : 1;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        std::printf("  %-28s %7lld deliveries in %6.2f s: %8.0f events/s%s\n", label, qint64(count), seconds, count / seconds,
                    notStored ? " (SOME NOT STORED)" : "");
    };
    std::printf("bench_event_processor on %s: %d users, %d events (avg %lld bytes), %lld deliveries incl. 5%% duplicates\n",
                qUtf8Printable(db::dialectName(testDb.config().dialect)), userCount, events, bytes / qMax(1, events), qint64(deliveries.size()));
    const qsizetype single = qMin<qsizetype>(3000, deliveries.size() / 4);
    measure("one event per transaction", 1, 0, single);
    const qsizetype rest = deliveries.size() - single;
    measure("batches of 8", 8, single, rest / 4);
    measure("batches of 32", 32, single + rest / 4, rest / 4);
    measure("batches of 128", 128, single + rest / 4 * 2, rest / 4);

    // Both cores: two threads, each with its own connection, the deliveries split by
    // subscription so each subscription's events stay in one thread and in order.
    {
        const qsizetype from = single + rest / 4 * 3;
        QList<QByteArray> lanes[2];
        for (qsizetype i = from; i < deliveries.size(); ++i) {
            const QByteArray &d = deliveries.at(i);
            const qsizetype at = d.indexOf("sub_bench");
            lanes[qHash(d.mid(at, 17)) % 2].append(d);
        }
        QElapsedTimer timer;
        timer.start();
        std::atomic<int> notStored{0};
        QList<QThread *> threads;
        for (const QList<QByteArray> &lane : lanes) {
            QThread *thread = QThread::create([&testDb, &notStored, lane] {
                {
                    const auto connection = db::Database::connection(testDb.config());
                    billing::EventProcessor worker(connection.db, testDb.config().dialect);
                    worker.setClock([] { return kStart; });
                    for (qsizetype i = 0; i < lane.size(); i += 128) {
                        for (const auto &outcome : worker.processBatch(lane.mid(i, 128), kStart))
                            notStored += outcome.stored ? 0 : 1;
                    }
                }
                db::Database::dropThreadConnections();
            });
            threads << thread;
            thread->start();
        }
        for (QThread *thread : std::as_const(threads)) {
            thread->wait();
            delete thread;
        }
        const double seconds = timer.nsecsElapsed() / 1e9;
        const qsizetype count = deliveries.size() - from;
        std::printf("  %-28s %7lld deliveries in %6.2f s: %8.0f events/s%s\n", "2 threads, batches of 128", qint64(count), seconds,
                    count / seconds, notStored ? " (SOME NOT STORED)" : "");
    }

    QSqlQuery check(db);
    check.exec(QStringLiteral("SELECT COUNT(*), SUM(delivery_count) FROM webhook_events WHERE event_id LIKE 'evt_bench%'"));
    check.next();
    std::printf("  stored events: %lld (expected %d), deliveries counted: %lld (expected %lld)\n", check.value(0).toLongLong(), events,
                check.value(1).toLongLong(), qint64(deliveries.size()));
    return check.value(0).toLongLong() == events && check.value(1).toLongLong() == deliveries.size() ? 0 : 2;
}
