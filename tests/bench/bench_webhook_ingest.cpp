// bench_webhook_ingest: companion-server's webhook receiver under load, end to end —
// the real server process, real HTTP, PostgreSQL. Signed, realistic 2–3 KB Stripe
// events (unique ids, 5% redeliveries) for users of a seeded database arrive over C
// keep-alive connections in a closed loop; it prints events/s, latency percentiles
// and errors per concurrency, checks the database against every answer, and runs
// pgbench with the same writes (insert event + update user) beside it.
// The server asks Stripe for a subscription's current state (every invoice.paid
// does): those calls go to a fake Stripe API in this process, answering at once or
// after --stripe-latency ms. pg_virtualenv's clusters run with fsync=off; it is
// turned on for the run (--fsync), since the 200 promises durable storage.
//   scripts/lib/with-test-env build/…/tests/bench/bench_webhook_ingest [--users N] [--seconds S] [--concurrency 16,64] …
// Use a Release build. Prints numbers; asserts nothing about time. Exits non-zero
// when the database does not match what was acknowledged, or the set-up fails.
#include "FakeStripeApi.h"
#include "HttpLoadGenerator.h"
#include "ProcessCpu.h"
#include "RunningProgram.h"
#include "StripeEventFactory.h"
#include "TestDatabase.h"
#include "db/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSet>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>
#include <QVersionNumber>

#include <algorithm>
#include <cstdio>
#include <numeric>

#include <unistd.h>

using namespace companion;
namespace Factory = bench::StripeEventFactory;

namespace {

const QByteArray kWebhookSecret = "whsec_bench_webhook_ingest_3f9a1c27d08e4b65";
constexpr qint64 kDay = 86400;

struct Options {
    int users = 100000;
    int seconds = 20;
    int warmupSeconds = 2;
    QList<int> concurrency{16, 64};
    QString server;
    bool pgbench = true;
    int pgbenchSeconds = 10;
    int maxRate = 8000;
    int mix[3] = {60, 10, 30}; // customer.subscription.updated, .created, invoice.paid (percent)
    int stripeLatencyMs = 0;
    QString stripeApiBase;
    QString fsync = QStringLiteral("on");
};

// ---------------------------------------------------------------- output

void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 2);
}

QString number(double value, int decimals = 0)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

// ---------------------------------------------------------------- database helpers

// Runs one statement on the benchmark's own connection; false + message on failure.
bool exec(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {}, QString *error = nullptr)
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) {
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    if (!ok && error)
        *error = db::Database::errorText(q.lastError());
    return ok;
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {})
{
    QSqlQuery q(db);
    bool ok = false;
    if (binds.isEmpty()) { // SHOW and friends cannot be prepared
        ok = q.exec(sql);
    } else if (q.prepare(sql)) {
        for (const QVariant &v : binds)
            q.addBindValue(v);
        ok = q.exec();
    }
    return ok && q.next() ? q.value(0) : QVariant();
}

// The cluster's fsync for the run: pg_virtualenv makes its throwaway clusters with
// fsync=off, which would flatter every commit; the issue asks for durable storage.
// Restored when the benchmark ends.
class FsyncSetting
{
public:
    FsyncSetting(QSqlDatabase db, const QString &wanted)
        : m_db(std::move(db))
    {
        m_before = scalar(m_db, QStringLiteral("SHOW fsync")).toString();
        if (wanted == QLatin1String("keep") || wanted == m_before)
            return;
        QString error;
        if (!exec(m_db, QStringLiteral("ALTER SYSTEM SET fsync = %1").arg(wanted == QLatin1String("off") ? QStringLiteral("off") : QStringLiteral("on")),
                  {}, &error)) {
            say(QStringLiteral("  (could not change fsync: %1)").arg(error));
            return;
        }
        m_changed = true;
        exec(m_db, QStringLiteral("SELECT pg_reload_conf()"));
        QElapsedTimer waited; // the reload reaches the backends asynchronously
        waited.start();
        while (scalar(m_db, QStringLiteral("SHOW fsync")).toString() != wanted && waited.elapsed() < 5000)
            QThread::msleep(50);
    }
    ~FsyncSetting()
    {
        if (m_changed) {
            exec(m_db, QStringLiteral("ALTER SYSTEM RESET fsync"));
            exec(m_db, QStringLiteral("SELECT pg_reload_conf()"));
        }
    }
    QString before() const { return m_before; }

private:
    QSqlDatabase m_db;
    QString m_before;
    bool m_changed = false;
};

// Users usr_bench0…N-1, each with a Stripe customer; every second one already
// subscribed (with one event of history), so the tables and indexes the receiver
// touches have a realistic size. Set-based: a few statements, not N round trips.
bool seed(const QSqlDatabase &db, int users, qint64 now, QString *error)
{
    const QVariant t0(now);
    return exec(db, QStringLiteral("BEGIN"), {}, error)
        && exec(db, QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at, stripe_customer_id) "
                                   "SELECT 'usr_bench' || g, 'bench' || g || '@example.com', 'Bench learner ' || g, "
                                   "?::bigint - 200 * 86400 + g, ?::bigint - 200 * 86400 + g, 'cus_bench' || g "
                                   "FROM generate_series(0, ? - 1) AS g"),
                {t0, t0, users}, error)
        && exec(db, QStringLiteral("INSERT INTO subscriptions (id, user_id, customer_id, status, price_id, product_id, interval, interval_count, "
                                   "quantity, amount, currency, created, current_period_start, current_period_end, cancel_at_period_end, "
                                   "livemode, last_event_created, last_event_id, updated_at) "
                                   "SELECT 'sub_bench' || g, 'usr_bench' || g, 'cus_bench' || g, 'active', 'price_1PremiumMonthly999usd', "
                                   "'prod_CoursePremium', 'month', 1, 1, 999, 'usd', ?::bigint - 90 * 86400, ?::bigint - 10 * 86400, "
                                   "?::bigint + 20 * 86400, false, false, ?::bigint - 30 * 86400, 'evt_seed' || g, ?::bigint "
                                   "FROM generate_series(0, ? - 1, 2) AS g"),
                {t0, t0, t0, t0, t0, users}, error)
        && exec(db, QStringLiteral("UPDATE users u SET tier = 'premium', is_premium = true, premium_source = 'subscription', "
                                   "subscription_expires_at = s.current_period_end FROM subscriptions s WHERE s.user_id = u.id"),
                {}, error)
        && exec(db, QStringLiteral("INSERT INTO webhook_events (event_id, type, created, received_at, last_received_at, processed_at, "
                                   "outcome, user_id, object_id, payload) "
                                   "SELECT 'evt_seed' || g, 'customer.subscription.created', ?::bigint - 30 * 86400, "
                                   "?::bigint - 30 * 86400, ?::bigint - 30 * 86400, ?::bigint - 30 * 86400, 'applied', "
                                   "'usr_bench' || g, 'sub_bench' || g, '{\"seeded\": true}' FROM generate_series(0, ? - 1, 2) AS g"),
                {t0, t0, t0, t0, users}, error)
        && exec(db, QStringLiteral("COMMIT"), {}, error) && exec(db, QStringLiteral("ANALYZE"), {}, error);
}

// ---------------------------------------------------------------- the events of one run

enum class Kind : char { Updated, Created, InvoicePaid };

struct PlannedEvent {
    QByteArray id;
    qint64 created = 0;
    int user = 0;
    Kind kind = Kind::Updated;
    QByteArray invoiceId;
};

struct Plan {
    QString eventPrefix;   // evt_bench_r<run>_
    QString invoicePrefix; // in_bench_r<run>_
    QList<bench::LoadRequest> requests;
    std::vector<int> eventOfRequest;
    std::vector<char> redelivery; // per request
    std::vector<PlannedEvent> events;
    qint64 bodyBytes[3] = {0, 0, 0}; // by Kind
    qint64 bodies[3] = {0, 0, 0};
};

// The shop's state as the generated events leave it, across runs.
struct World {
    std::vector<char> subscribed;
    std::vector<int> withSubscription;
    std::vector<int> withoutSubscription; // shuffled; created events take from the back
    qint64 nextCreated = 0;                // event.created: one second apart, increasing across runs
    qint64 billingBase = 0;                // users' billing anchors lie up to 4 weeks before it
    // A user's current period starts on their own anchor, as in Stripe: the events of
    // one subscription agree on it (and a paid invoice matches the subscription's period).
    qint64 periodStartOf(int user) const { return billingBase - qint64(user % 28) * 86400; }
};

QByteArray signatureHeader(qint64 t, const QByteArray &body)
{
    const QByteArray stamp = QByteArray::number(t);
    const QByteArray mac = QMessageAuthenticationCode::hash(stamp + '.' + body, kWebhookSecret, QCryptographicHash::Sha256).toHex();
    return "t=" + stamp + ",v1=" + mac;
}

// All bodies and signatures of a run, before it starts: the timed part only sends.
Plan buildPlan(int run, qsizetype requests, int concurrency, const Options &options, World &world, quint16 port, QRandomGenerator &rng)
{
    Plan plan;
    plan.eventPrefix = QStringLiteral("evt_bench_r%1_").arg(run);
    plan.invoicePrefix = QStringLiteral("in_bench_r%1_").arg(run);
    plan.requests.reserve(requests);
    plan.eventOfRequest.reserve(size_t(requests));
    const qint64 signedAt = QDateTime::currentSecsSinceEpoch();
    const QByteArray head = "POST /api/v1/payments/webhook HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(port)
                            + "\r\nUser-Agent: Stripe/1.0 (+https://stripe.com/docs/webhooks)\r\nAccept: */*; q=0.5, application/xml\r\n"
                              "Cache-Control: no-cache\r\nContent-Type: application/json; charset=utf-8\r\nStripe-Signature: ";
    const int mixTotal = options.mix[0] + options.mix[1] + options.mix[2];
    const qsizetype recentWindow = 2000; // Stripe redelivers recent events, not ancient ones
    for (qsizetype r = 0; r < requests; ++r) {
        // A redelivery repeats an event sent at least 2×C requests earlier, so its
        // first delivery has almost surely been answered (as with Stripe's retries).
        const qsizetype earliest = qMax<qsizetype>(0, r - recentWindow), latest = r - 2 * concurrency;
        if (latest > earliest && rng.generateDouble() < 0.05) {
            const qsizetype original = earliest + qsizetype(rng.bounded(quint64(latest - earliest)));
            plan.requests.append(plan.requests.at(original)); // same bytes, shared, not copied
            plan.eventOfRequest.push_back(plan.eventOfRequest[size_t(original)]);
            plan.redelivery.push_back(1);
            continue;
        }
        PlannedEvent event;
        event.id = (plan.eventPrefix + QStringLiteral("%1").arg(plan.events.size(), 8, 10, QLatin1Char('0'))).toLatin1();
        event.created = world.nextCreated++;
        const int pick = int(rng.bounded(mixTotal));
        event.kind = pick < options.mix[0] ? Kind::Updated : pick < options.mix[0] + options.mix[1] ? Kind::Created : Kind::InvoicePaid;
        if (event.kind == Kind::Created && world.withoutSubscription.empty())
            event.kind = Kind::Updated;
        if (event.kind == Kind::Created) {
            event.user = world.withoutSubscription.back();
            world.withoutSubscription.pop_back();
            world.subscribed[size_t(event.user)] = 1;
            world.withSubscription.push_back(event.user);
        } else {
            event.user = world.withSubscription[size_t(rng.bounded(quint64(world.withSubscription.size())))];
        }
        const QString id = QString::fromLatin1(event.id);
        qint64 periodStart = world.periodStartOf(event.user);
        // One paid invoice in ten is a renewal our mirror has not seen yet: its period
        // is the next one, so the server asks Stripe for the subscription.
        if (event.kind == Kind::InvoicePaid && plan.events.size() % 10 == 0)
            periodStart += Factory::kMonth;
        QByteArray body;
        switch (event.kind) {
        case Kind::Updated: {
            const bool pastDue = plan.events.size() % 17 == 0;
            const QString invoice = QStringLiteral("in_bench_r%1_%2_previous").arg(run).arg(plan.events.size());
            body = Factory::event(id, QStringLiteral("customer.subscription.updated"), event.created,
                                  Factory::subscription(event.user, pastDue ? QStringLiteral("past_due") : QStringLiteral("active"), periodStart, invoice),
                                  pastDue ? QJsonObject{{QStringLiteral("status"), QStringLiteral("active")}}
                                          : QJsonObject{{QStringLiteral("latest_invoice"), QStringLiteral("in_previous")}});
            break;
        }
        case Kind::Created:
            body = Factory::event(id, QStringLiteral("customer.subscription.created"), event.created,
                                  Factory::subscription(event.user, QStringLiteral("active"), periodStart, QStringLiteral("in_first")));
            break;
        case Kind::InvoicePaid:
            event.invoiceId = (plan.invoicePrefix + QStringLiteral("%1").arg(plan.events.size(), 8, 10, QLatin1Char('0'))).toLatin1();
            body = Factory::event(id, QStringLiteral("invoice.paid"), event.created,
                                  Factory::paidInvoice(event.user, QString::fromLatin1(event.invoiceId), periodStart));
            break;
        }
        plan.bodyBytes[int(event.kind)] += body.size();
        ++plan.bodies[int(event.kind)];
        plan.requests.append({head + signatureHeader(signedAt, body) + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                              event.id});
        plan.eventOfRequest.push_back(int(plan.events.size()));
        plan.redelivery.push_back(0);
        plan.events.push_back(event);
    }
    return plan;
}

// ---------------------------------------------------------------- measurements around a run

struct PgCounters {
    qint64 commits = 0, rollbacks = 0, walBytes = 0, walSyncs = 0, walRecords = 0;
};

PgCounters pgCounters(const QSqlDatabase &db)
{
    PgCounters c;
    QSqlQuery q(db);
    if (q.exec(QStringLiteral("SELECT xact_commit, xact_rollback FROM pg_stat_database WHERE datname = current_database()")) && q.next()) {
        c.commits = q.value(0).toLongLong();
        c.rollbacks = q.value(1).toLongLong();
    }
    if (q.exec(QStringLiteral("SELECT wal_bytes, wal_sync, wal_records FROM pg_stat_wal")) && q.next()) {
        c.walBytes = q.value(0).toLongLong();
        c.walSyncs = q.value(1).toLongLong();
        c.walRecords = q.value(2).toLongLong();
    }
    return c;
}

struct CpuProbe {
    qint64 serverPid = -1;
    qint64 postmasterPid = -1;
    QString databaseName;

    QMap<QString, double> sample() const
    {
        QMap<QString, double> all = bench::ProcessCpu::threads(qint64(getpid()), QStringLiteral("bench: "));
        if (serverPid > 0)
            all.insert(bench::ProcessCpu::threads(serverPid, QStringLiteral("companion-server: ")));
        if (postmasterPid > 0)
            all.insert(bench::ProcessCpu::children(postmasterPid, QStringLiteral("postgres: "), databaseName));
        return all;
    }
};

qint64 percentile(const std::vector<qint64> &sorted, double p)
{
    if (sorted.empty())
        return 0;
    const size_t at = size_t(std::clamp(p * double(sorted.size()) - 1.0, 0.0, double(sorted.size() - 1)));
    return sorted[at];
}

// ---------------------------------------------------------------- checking the database

struct Check {
    bool ok = true;
    QStringList lines;
    void expect(bool condition, const QString &what)
    {
        ok = ok && condition;
        lines << QStringLiteral("    %1 %2").arg(condition ? QStringLiteral("ok      ") : QStringLiteral("MISMATCH"), what);
    }
};

// Everything a 200 promised must be in the database, once, with every delivery
// counted; and the state the events describe must be what the tables hold.
Check verify(const QSqlDatabase &db, const Plan &plan, const std::vector<bench::LoadAnswer> &answers, qint64 sent)
{
    Check check;
    const size_t eventCount = plan.events.size();
    std::vector<int> acked(eventCount, 0), delivered(eventCount, 0);
    std::vector<QByteArray> firstOutcome(eventCount);
    qint64 ackedDeliveries = 0, unanswered = 0, duplicateAnswers = 0;
    for (qsizetype r = 0; r < sent; ++r) {
        const size_t e = size_t(plan.eventOfRequest[size_t(r)]);
        ++delivered[e];
        const bench::LoadAnswer &answer = answers[size_t(r)];
        if (answer.status == 200) {
            ++acked[e];
            ++ackedDeliveries;
            if (answer.outcome == "duplicate")
                ++duplicateAnswers;
            else if (firstOutcome[e].isEmpty())
                firstOutcome[e] = answer.outcome;
        } else {
            ++unanswered; // not answered 200: the server may or may not have stored it
        }
    }
    const bool clean = unanswered == 0;

    struct Row {
        qint64 deliveries = 0;
        QByteArray outcome;
    };
    QHash<QByteArray, Row> rows;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT event_id, delivery_count, outcome FROM webhook_events WHERE starts_with(event_id, ?)"));
    q.addBindValue(plan.eventPrefix);
    if (!q.exec()) {
        check.expect(false, QStringLiteral("reading webhook_events: ") + db::Database::errorText(q.lastError()));
        return check;
    }
    while (q.next())
        rows.insert(q.value(0).toString().toLatin1(), {q.value(1).toLongLong(), q.value(2).toString().toLatin1()});

    qint64 ackedEvents = 0, sentEvents = 0, missing = 0, deliveryCountWrong = 0, outcomeWrong = 0, storedDeliveries = 0;
    QHash<QByteArray, qint64> dbOutcomes;
    for (size_t e = 0; e < eventCount; ++e) {
        sentEvents += delivered[e] > 0 ? 1 : 0;
        ackedEvents += acked[e] > 0 ? 1 : 0;
        const auto row = rows.constFind(plan.events[e].id);
        if (row == rows.constEnd()) {
            missing += acked[e] > 0 ? 1 : 0;
            continue;
        }
        storedDeliveries += row->deliveries;
        ++dbOutcomes[row->outcome];
        // Every acknowledged delivery is counted; a failed one may or may not have been.
        if (row->deliveries < acked[e] || row->deliveries > delivered[e])
            ++deliveryCountWrong;
        if (!firstOutcome[e].isEmpty() && firstOutcome[e] != row->outcome)
            ++outcomeWrong;
    }
    check.expect(missing == 0, QStringLiteral("events answered 200 and missing from webhook_events: %1 of %2").arg(missing).arg(ackedEvents));
    check.expect(clean ? qint64(rows.size()) == ackedEvents : qint64(rows.size()) <= sentEvents,
                 QStringLiteral("rows for this run: %1; distinct events acknowledged %2, sent %3").arg(rows.size()).arg(ackedEvents).arg(sentEvents));
    check.expect(clean ? storedDeliveries == ackedDeliveries : (storedDeliveries >= ackedDeliveries && storedDeliveries <= sent),
                 QStringLiteral("sum(delivery_count): %1; deliveries acknowledged %2, sent %3").arg(storedDeliveries).arg(ackedDeliveries).arg(sent));
    check.expect(deliveryCountWrong == 0, QStringLiteral("rows whose delivery_count disagrees with the deliveries: %1").arg(deliveryCountWrong));
    check.expect(outcomeWrong == 0, QStringLiteral("rows whose outcome differs from the one answered: %1").arg(outcomeWrong));
    check.expect(!clean || duplicateAnswers == ackedDeliveries - ackedEvents,
                 QStringLiteral("answered \"duplicate\": %1 (expected %2)").arg(duplicateAnswers).arg(ackedDeliveries - ackedEvents));
    QStringList outcomeList;
    for (auto it = dbOutcomes.cbegin(); it != dbOutcomes.cend(); ++it)
        outcomeList << QStringLiteral("%1 %2").arg(QString::fromLatin1(it.key())).arg(it.value());
    outcomeList.sort();
    check.expect(dbOutcomes.value("failed") == 0 && dbOutcomes.value("pending") == 0,
                 QStringLiteral("stored outcomes: %1").arg(outcomeList.join(QStringLiteral(", "))));
    const qint64 rejected = scalar(db, QStringLiteral("SELECT count(*) FROM webhook_events WHERE outcome = 'rejected'")).toLongLong();
    check.expect(rejected == 0, QStringLiteral("deliveries rejected (bad signature) so far: %1").arg(rejected));

    // The state: each acknowledged invoice stored; each subscription has seen at
    // least its newest acknowledged subscription event (an invoice.paid moves it on
    // only when the server could fetch the subscription from Stripe) and nothing
    // newer than was sent; each user it belongs to is premium.
    struct Newest {
        qint64 subscriptionEvent = 0; // lower bound for last_event_created
        qint64 anyEvent = 0;          // upper bound
        bool acknowledged = false;
    };
    qint64 invoicesAcked = 0;
    QHash<int, Newest> newestByUser;
    for (size_t e = 0; e < eventCount; ++e) {
        const PlannedEvent &event = plan.events[e];
        if (!acked[e] && (clean || !delivered[e]))
            continue;
        Newest &newest = newestByUser[event.user];
        newest.anyEvent = qMax(newest.anyEvent, event.created);
        if (!acked[e])
            continue; // sent, fate unknown: it only widens the upper bound
        newest.acknowledged = true;
        invoicesAcked += event.kind == Kind::InvoicePaid ? 1 : 0;
        if (event.kind != Kind::InvoicePaid)
            newest.subscriptionEvent = qMax(newest.subscriptionEvent, event.created);
    }
    const qint64 invoicesStored =
        scalar(db, QStringLiteral("SELECT count(*) FROM invoices WHERE starts_with(id, ?)"), {plan.invoicePrefix}).toLongLong();
    check.expect(clean ? invoicesStored == invoicesAcked : invoicesStored >= invoicesAcked,
                 QStringLiteral("invoices stored: %1 (acknowledged invoice.paid: %2)").arg(invoicesStored).arg(invoicesAcked));
    QHash<int, std::pair<qint64, QString>> subscriptions;
    if (q.exec(QStringLiteral("SELECT id, last_event_created, user_id FROM subscriptions WHERE starts_with(id, 'sub_bench')"))) {
        while (q.next())
            subscriptions.insert(Factory::userOfSubscription(q.value(0).toString()), {q.value(1).toLongLong(), q.value(2).toString()});
    }
    QSet<QString> premium;
    if (q.exec(QStringLiteral("SELECT id FROM users WHERE is_premium"))) {
        while (q.next())
            premium.insert(q.value(0).toString());
    }
    qint64 subscriptionsBehind = 0, subscriptionsMissing = 0, wrongOwner = 0, notPremium = 0;
    qint64 touched = 0;
    for (auto it = newestByUser.cbegin(); it != newestByUser.cend(); ++it) {
        if (!it->acknowledged)
            continue;
        ++touched;
        const auto sub = subscriptions.constFind(it.key());
        if (sub == subscriptions.constEnd()) {
            ++subscriptionsMissing;
            continue;
        }
        // At its newest subscription event, or later: Stripe's state fetched by the
        // server is stamped with the time it asked (never after now).
        if (sub->first < it->subscriptionEvent || sub->first > qMax(it->anyEvent, QDateTime::currentSecsSinceEpoch()))
            ++subscriptionsBehind;
        if (sub->second != Factory::userId(it.key()))
            ++wrongOwner;
        if (!premium.contains(Factory::userId(it.key())))
            ++notPremium;
    }
    check.expect(subscriptionsMissing == 0 && subscriptionsBehind == 0 && wrongOwner == 0,
                 QStringLiteral("subscriptions touched: %1; missing %2, not at their newest event %3, wrong user %4")
                     .arg(touched).arg(subscriptionsMissing).arg(subscriptionsBehind).arg(wrongOwner));
    check.expect(notPremium == 0, QStringLiteral("their users not premium: %1").arg(notPremium));
    return check;
}

// ---------------------------------------------------------------- pgbench

QString findPgbench()
{
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("pgbench"));
    if (!onPath.isEmpty())
        return onPath;
    QString best;
    QVersionNumber bestVersion;
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &v : versions) {
        const QString candidate = QStringLiteral("/usr/lib/postgresql/%1/bin/pgbench").arg(v);
        if (QFile::exists(candidate) && QVersionNumber::fromString(v) > bestVersion) {
            best = candidate;
            bestVersion = QVersionNumber::fromString(v);
        }
    }
    return best;
}

struct PgbenchResult {
    int clients = 0;
    double tps = 0;
    double latencyMs = 0;
    QString error;
};

// The same writes as one event, one transaction each: the webhook_events row (with
// a real payload) and the user's update. No Stripe, no HTTP, no JSON: what the
// database alone allows on this machine.
QList<PgbenchResult> runPgbench(const QString &pgbench, const QString &databaseName, int users, int seconds, const QByteArray &samplePayload)
{
    QList<PgbenchResult> results;
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("webhook_event.sql"));
    {
        QFile file(script);
        if (!file.open(QIODevice::WriteOnly)) {
            results.append({0, 0, 0, QStringLiteral("cannot write %1").arg(script)});
            return results;
        }
        // $payload$ quoting: the JSON needs no escaping (and has no ":name" that pgbench would take for a variable).
        file.write("\\set uid random(0, " + QByteArray::number(users - 1) + ")\n"
                   "BEGIN;\n"
                   "INSERT INTO webhook_events (event_id, type, created, livemode, api_version, received_at, last_received_at, "
                   "delivery_count, processed_at, outcome, user_id, object_id, payload) VALUES ('evt_pgbench_' || gen_random_uuid(), "
                   "'customer.subscription.updated', extract(epoch FROM now())::bigint, false, '2026-10-28.endive', "
                   "extract(epoch FROM now())::bigint, extract(epoch FROM now())::bigint, 1, extract(epoch FROM now())::bigint, "
                   "'applied', 'usr_bench' || :uid, 'sub_bench' || :uid, $payload$" + samplePayload + "$payload$);\n"
                   "UPDATE users SET updated_at = extract(epoch FROM now())::bigint WHERE id = 'usr_bench' || :uid;\n"
                   "END;\n");
    }
    static const QRegularExpression tps(QStringLiteral(R"(tps = ([0-9.]+) \(without initial connection time\))"));
    static const QRegularExpression latency(QStringLiteral(R"(latency average = ([0-9.]+) ms)"));
    for (const int clients : {1, 16, 64}) {
        QProcess process;
        process.setProcessChannelMode(QProcess::MergedChannels);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGDATABASE"), databaseName);
        process.setProcessEnvironment(env);
        QStringList args{QStringLiteral("-n"), QStringLiteral("-f"), script, QStringLiteral("-c"), QString::number(clients),
                         QStringLiteral("-T"), QString::number(seconds)};
        if (clients >= 64)
            args << QStringLiteral("-j") << QStringLiteral("2");
        process.start(pgbench, args);
        PgbenchResult result;
        result.clients = clients;
        if (!process.waitForFinished((seconds + 60) * 1000) || process.exitCode() != 0) {
            result.error = QStringLiteral("pgbench failed: ") + QString::fromUtf8(process.readAll()).trimmed().right(400);
            process.kill();
            process.waitForFinished();
        } else {
            const QString out = QString::fromUtf8(process.readAll());
            result.tps = tps.match(out).captured(1).toDouble();
            result.latencyMs = latency.match(out).captured(1).toDouble();
            if (result.tps <= 0)
                result.error = QStringLiteral("no tps in pgbench's output: ") + out.right(400);
        }
        results.append(result);
    }
    return results;
}

// ---------------------------------------------------------------- main

std::optional<Options> parseOptions(const QCoreApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "companion-server's webhook receiver under load: signed Stripe events over real HTTP into PostgreSQL, "
        "with pgbench's figures for the same writes beside them. Run it under scripts/lib/with-test-env."));
    parser.addHelpOption();
    const QCommandLineOption users(QStringLiteral("users"), QStringLiteral("Users in the database (default 100000)."), QStringLiteral("N"),
                                   QStringLiteral("100000"));
    const QCommandLineOption seconds(QStringLiteral("seconds"), QStringLiteral("Measured seconds per concurrency (default 20)."),
                                     QStringLiteral("S"), QStringLiteral("20"));
    const QCommandLineOption warmup(QStringLiteral("warmup"), QStringLiteral("Warm-up seconds before each measurement (default 2)."),
                                    QStringLiteral("S"), QStringLiteral("2"));
    const QCommandLineOption concurrency(QStringLiteral("concurrency"), QStringLiteral("Connections, one run each (default 16,64)."),
                                         QStringLiteral("list"), QStringLiteral("16,64"));
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("companion-server to start (default: this build's)."),
                                    QStringLiteral("path"), QStringLiteral(COMPANION_SERVER_BIN));
    const QCommandLineOption noPgbench(QStringLiteral("no-pgbench"), QStringLiteral("Skip the pgbench comparison."));
    const QCommandLineOption pgbenchSeconds(QStringLiteral("pgbench-seconds"), QStringLiteral("Seconds per pgbench run (default 10)."),
                                           QStringLiteral("S"), QStringLiteral("10"));
    const QCommandLineOption mix(QStringLiteral("mix"),
                                 QStringLiteral("Percent of customer.subscription.updated, .created, invoice.paid (default 60,10,30)."),
                                 QStringLiteral("u,c,i"), QStringLiteral("60,10,30"));
    const QCommandLineOption maxRate(QStringLiteral("max-rate"),
                                     QStringLiteral("Events/s the pre-signed pool is sized for (default 8000); a faster server ends the run early."),
                                     QStringLiteral("N"), QStringLiteral("8000"));
    const QCommandLineOption stripeLatency(QStringLiteral("stripe-latency"),
                                           QStringLiteral("Milliseconds the fake Stripe API waits before answering (default 0)."),
                                           QStringLiteral("ms"), QStringLiteral("0"));
    const QCommandLineOption stripeApiBase(QStringLiteral("stripe-api-base"),
                                           QStringLiteral("STRIPE_API_BASE for the server instead of the built-in fake Stripe API "
                                                          "(e.g. http://127.0.0.1:9: nothing listens)."),
                                           QStringLiteral("url"));
    const QCommandLineOption fsync(QStringLiteral("fsync"),
                                   QStringLiteral("The throwaway cluster's fsync during the run: on (default), off, or keep."),
                                   QStringLiteral("on|off|keep"), QStringLiteral("on"));
    parser.addOptions({users, seconds, warmup, concurrency, server, noPgbench, pgbenchSeconds, mix, maxRate, stripeLatency, stripeApiBase, fsync});
    parser.process(app);

    Options o;
    bool ok = true;
    auto positive = [&](const QCommandLineOption &option, int minimum) {
        bool valid = false;
        const int value = parser.value(option).toInt(&valid);
        if (!valid || value < minimum) {
            *error = QStringLiteral("--%1 must be a number ≥ %2").arg(option.names().first()).arg(minimum);
            ok = false;
        }
        return value;
    };
    o.users = positive(users, 2);
    o.seconds = positive(seconds, 1);
    o.warmupSeconds = positive(warmup, 0);
    o.pgbenchSeconds = positive(pgbenchSeconds, 1);
    o.maxRate = positive(maxRate, 100);
    o.stripeLatencyMs = positive(stripeLatency, 0);
    o.server = parser.value(server);
    o.pgbench = !parser.isSet(noPgbench);
    o.stripeApiBase = parser.value(stripeApiBase);
    o.fsync = parser.value(fsync);
    if (!QStringList{QStringLiteral("on"), QStringLiteral("off"), QStringLiteral("keep")}.contains(o.fsync)) {
        *error = QStringLiteral("--fsync takes on, off or keep");
        ok = false;
    }
    o.concurrency.clear();
    for (const QString &part : parser.value(concurrency).split(u',', Qt::SkipEmptyParts)) {
        const int c = part.trimmed().toInt();
        if (c < 1 || c > 1000) {
            *error = QStringLiteral("--concurrency takes a list of numbers from 1 to 1000, e.g. 16,64");
            ok = false;
        }
        o.concurrency << c;
    }
    const QStringList shares = parser.value(mix).split(u',');
    if (shares.size() != 3) {
        *error = QStringLiteral("--mix takes three percentages, e.g. 60,10,30");
        ok = false;
    } else {
        for (int i = 0; i < 3; ++i)
            o.mix[i] = qMax(0, shares.at(i).trimmed().toInt());
        if (o.mix[0] + o.mix[1] + o.mix[2] == 0 || o.mix[0] + o.mix[2] == 0) {
            *error = QStringLiteral("--mix needs some updated or invoice.paid events");
            ok = false;
        }
    }
    if (o.concurrency.isEmpty() && ok) {
        *error = QStringLiteral("--concurrency is empty");
        ok = false;
    }
    return ok ? std::optional<Options>(o) : std::nullopt;
}

struct RunSummary {
    int concurrency = 0;
    double eventsPerSecond = 0;
    qint64 p50 = 0, p99 = 0;
    qint64 errors = 0;
    bool checked = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto parsed = parseOptions(app, &error);
    if (!parsed) {
        std::fprintf(stderr, "bench_webhook_ingest: %s\n", qUtf8Printable(error));
        return 2;
    }
    const Options options = *parsed;
    if (qEnvironmentVariableIsEmpty("COMPANION_TEST_PG")) {
        std::fprintf(stderr, "bench_webhook_ingest: needs the throwaway PostgreSQL of the test environment (COMPANION_TEST_PG is not set).\n"
                             "Run it as: scripts/lib/with-test-env %s [options]\n",
                     argv[0]);
        return 2;
    }
    if (!QFile::exists(options.server)) {
        std::fprintf(stderr, "bench_webhook_ingest: no companion-server at %s (build it, or pass --server)\n", qUtf8Printable(options.server));
        return 2;
    }

    // ---- the database: fresh, migrated, seeded
    qputenv("COMPANION_TEST_DB", "postgresql");
    test::TestDatabase testDb;
    if (!testDb.create(&error)) {
        std::fprintf(stderr, "bench_webhook_ingest: %s\n", qUtf8Printable(error));
        return 2;
    }
    const QSqlDatabase db = testDb.openMigrated(&error);
    if (!db.isOpen()) {
        std::fprintf(stderr, "bench_webhook_ingest: %s\n", qUtf8Printable(error));
        return 2;
    }
    FsyncSetting fsync(db, options.fsync);
    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer seedTimer;
    seedTimer.start();
    if (!seed(db, options.users, startedAt, &error)) {
        std::fprintf(stderr, "bench_webhook_ingest: seeding failed: %s\n", qUtf8Printable(error));
        return 2;
    }
    const double seedSeconds = double(seedTimer.elapsed()) / 1000.0;

    say(QStringLiteral("bench_webhook_ingest — companion-server webhook receiver, PostgreSQL %1, %2 CPU cores")
            .arg(scalar(db, QStringLiteral("SHOW server_version")).toString())
            .arg(QThread::idealThreadCount()));
    say(QStringLiteral("  database %1: %2 users seeded in %3 s (every second one subscribed)")
            .arg(testDb.config().databaseName, number(options.users), QString::number(seedSeconds, 'f', 1)));
    say(QStringLiteral("  fsync=%1 (cluster had %2), synchronous_commit=%3, wal_sync_method=%4, shared_buffers=%5")
            .arg(scalar(db, QStringLiteral("SHOW fsync")).toString(), fsync.before(),
                 scalar(db, QStringLiteral("SHOW synchronous_commit")).toString(),
                 scalar(db, QStringLiteral("SHOW wal_sync_method")).toString(),
                 scalar(db, QStringLiteral("SHOW shared_buffers")).toString()));

    // ---- Stripe (for the events that make the server ask for current state) and the server
    bench::FakeStripeApi stripe(options.stripeLatencyMs);
    QString stripeBase = options.stripeApiBase;
    if (stripeBase.isEmpty()) {
        if (!stripe.start(&error)) {
            std::fprintf(stderr, "bench_webhook_ingest: %s\n", qUtf8Printable(error));
            return 2;
        }
        stripeBase = stripe.baseUrl().toString();
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), testDb.url());
    env.insert(QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(kWebhookSecret));
    env.insert(QStringLiteral("JWT_SECRET"), QStringLiteral("bench-jwt-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
                                                 + QStringLiteral("-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("sk_test_bench_0000000000000000"));
    env.insert(QStringLiteral("STRIPE_PREMIUM_PRICE_ID"), QStringLiteral("price_bench_monthly"));
    env.insert(QStringLiteral("STRIPE_API_BASE"), stripeBase);
    test::RunningProgram server(options.server);
    if (!server.start({}, env, &error)) {
        std::fprintf(stderr, "bench_webhook_ingest: %s\n", qUtf8Printable(error));
        return 2;
    }
    const quint16 port = quint16(server.baseUrl().port());
    CpuProbe cpu;
    cpu.serverPid = bench::ProcessCpu::findChild(qint64(getpid()), QStringLiteral("companion-serv"));
    cpu.postmasterPid = bench::ProcessCpu::parentOf(scalar(db, QStringLiteral("SELECT pg_backend_pid()")).toLongLong());
    cpu.databaseName = testDb.config().databaseName;
    say(QStringLiteral("  companion-server %1 (pid %2) at %3; Stripe API: %4%5")
            .arg(options.server).arg(cpu.serverPid).arg(server.baseUrl().toString(), stripeBase,
                 options.stripeApiBase.isEmpty() ? QStringLiteral(" (fake, answers after %1 ms)").arg(options.stripeLatencyMs) : QString()));
    say(QStringLiteral("  events: %1% customer.subscription.updated, %2% .created, %3% invoice.paid; 5% redelivered; "
                       "warm-up %4 s, then %5 s per concurrency")
            .arg(options.mix[0]).arg(options.mix[1]).arg(options.mix[2]).arg(options.warmupSeconds).arg(options.seconds));

    // ---- the runs
    World world;
    world.subscribed.assign(size_t(options.users), 0);
    for (int u = 0; u < options.users; ++u) {
        if (u % 2 == 0) {
            world.subscribed[size_t(u)] = 1;
            world.withSubscription.push_back(u);
        } else {
            world.withoutSubscription.push_back(u);
        }
    }
    QRandomGenerator rng(20261028);
    std::shuffle(world.withoutSubscription.begin(), world.withoutSubscription.end(), rng);
    world.nextCreated = startedAt - 20 * kDay; // in the past, one second apart: never a same-second tie
    world.billingBase = world.nextCreated - 2 * kDay;

    bool allChecked = true;
    QList<RunSummary> summaries;
    QByteArray samplePayload;
    QSqlQuery visible(db);
    visible.prepare(QStringLiteral("SELECT 1 FROM webhook_events WHERE event_id = ?"));
    for (int run = 0; run < options.concurrency.size(); ++run) {
        const int c = options.concurrency.at(run);
        const qsizetype poolSize = qsizetype(options.maxRate) * (options.warmupSeconds + options.seconds) + 4 * c;
        QElapsedTimer prepared;
        prepared.start();
        const Plan plan = buildPlan(run + 1, poolSize, c, options, world, port, rng);
        if (samplePayload.isEmpty())
            samplePayload = plan.requests.first().message.mid(plan.requests.first().message.indexOf("\r\n\r\n") + 4);
        say(QString());
        auto average = [&plan](Kind kind) { return plan.bodyBytes[int(kind)] / qMax<qint64>(1, plan.bodies[int(kind)]); };
        say(QStringLiteral("concurrency %1: %2 requests pre-signed in %3 s (%4 events; average body: updated %5, created %6, invoice.paid %7 bytes)")
                .arg(c).arg(number(double(plan.requests.size()))).arg(double(prepared.elapsed()) / 1000.0, 0, 'f', 1)
                .arg(number(double(plan.events.size()))).arg(average(Kind::Updated)).arg(average(Kind::Created)).arg(average(Kind::InvoicePaid)));

        bench::HttpLoadGenerator load(QHostAddress::LocalHost, port, &plan.requests, c);
        // Durable before the 200: now and then, the moment a 200 arrives, the row must already be visible.
        qint64 probed = 0, probedInvisible = 0, acknowledged = 0;
        load.setAnswerHook([&](qsizetype index, const bench::LoadAnswer &answer) {
            if (answer.status != 200 || ++acknowledged % 257 != 0)
                return;
            visible.addBindValue(QString::fromLatin1(plan.requests.at(index).eventId));
            ++probed;
            if (!visible.exec() || !visible.next())
                ++probedInvisible;
        });
        QMap<QString, double> cpuAtOpen, cpuAtClose;
        QElapsedTimer window;
        double windowSeconds = 0;
        load.setWindowHooks([&] { cpuAtOpen = cpu.sample(); window.start(); },
                            [&] { cpuAtClose = cpu.sample(); windowSeconds = double(window.nsecsElapsed()) / 1e9; });
        const PgCounters pgBefore = pgCounters(db);
        bench::LoadReport report = load.run(options.warmupSeconds * 1000, options.seconds * 1000);
        QThread::msleep(1200); // backends publish their statistics within a second of going idle
        const PgCounters pgAfter = pgCounters(db);

        std::sort(report.latencyNs.begin(), report.latencyNs.end());
        const double rate = double(report.okInWindow) / qMax(1e-9, report.measuredSeconds);
        const auto &answers = load.answers();
        qint64 duplicatesAnswered = 0;
        QMap<QByteArray, qint64> outcomes;
        for (qsizetype r = 0; r < report.sent; ++r) {
            if (answers[size_t(r)].status == 200)
                ++outcomes[answers[size_t(r)].outcome];
        }
        duplicatesAnswered = outcomes.value("duplicate");
        say(QStringLiteral("  measured %1 s: %2 answers (%3 × 200): %4 events/s")
                .arg(report.measuredSeconds, 0, 'f', 2).arg(number(double(report.answeredInWindow)))
                .arg(number(double(report.okInWindow))).arg(number(rate)));
        say(QStringLiteral("  latency ms: p50 %1  p90 %2  p99 %3  max %4")
                .arg(ms(percentile(report.latencyNs, 0.50)), ms(percentile(report.latencyNs, 0.90)),
                     ms(percentile(report.latencyNs, 0.99)), ms(report.latencyNs.empty() ? 0 : report.latencyNs.back())));
        QStringList errorKinds;
        for (auto it = report.errors.cbegin(); it != report.errors.cend(); ++it)
            errorKinds << QStringLiteral("%1 × %2").arg(it.value()).arg(it.key());
        say(QStringLiteral("  errors: %1 in the window; whole run (warm-up, window, drain): %2%3")
                .arg(report.errorsInWindow)
                .arg(errorKinds.isEmpty() ? QStringLiteral("none") : errorKinds.join(QStringLiteral(", ")))
                .arg(report.unansweredAtEnd ? QStringLiteral(", %1 never answered").arg(report.unansweredAtEnd) : QString()));
        QStringList outcomeList;
        for (auto it = outcomes.cbegin(); it != outcomes.cend(); ++it)
            outcomeList << QStringLiteral("%1 %2").arg(QString::fromLatin1(it.key())).arg(number(double(it.value())));
        const qint64 redeliveriesSent = std::count(plan.redelivery.begin(), plan.redelivery.begin() + report.sent, char(1));
        say(QStringLiteral("  whole run: %1 requests sent, %2 of them redeliveries; 200 answers by outcome: %3; duplicates answered: %4")
                .arg(number(double(report.sent)), number(double(redeliveriesSent)), outcomeList.join(QStringLiteral(", ")),
                     number(double(duplicatesAnswered))));
        if (report.answersNamingOtherEvents)
            say(QStringLiteral("  MISMATCH: %1 answers named another event than their request").arg(report.answersNamingOtherEvents));
        if (report.poolExhausted)
            say(QStringLiteral("  note: the pre-signed pool ran out; the window ended early (raise --max-rate)"));

        const qint64 commits = pgAfter.commits - pgBefore.commits - probed; // about: minus this benchmark's own statements
        say(QStringLiteral("  PostgreSQL over the run: ~%1 commits (~%2 deliveries each), %3 rollbacks, "
                           "WAL %4 KB per delivery, %5 WAL syncs")
                .arg(number(double(commits))).arg(double(report.answered) / qMax<qint64>(1, commits), 0, 'f', 1)
                .arg(pgAfter.rollbacks - pgBefore.rollbacks)
                .arg(double(pgAfter.walBytes - pgBefore.walBytes) / 1024.0 / qMax<qint64>(1, report.answered), 0, 'f', 1)
                .arg(number(double(pgAfter.walSyncs - pgBefore.walSyncs))));
        if (!cpuAtClose.isEmpty() && windowSeconds > 0) {
            const QMap<QString, double> used = bench::ProcessCpu::difference(cpuAtClose, cpuAtOpen);
            QList<std::pair<double, QString>> ranked;
            double total = 0;
            for (auto it = used.cbegin(); it != used.cend(); ++it) {
                total += it.value();
                if (it.value() / windowSeconds >= 0.01)
                    ranked.append({it.value() / windowSeconds, it.key()});
            }
            std::sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
            QStringList parts;
            for (const auto &[cores, who] : std::as_const(ranked))
                parts << QStringLiteral("%1 %2").arg(who).arg(cores, 0, 'f', 2);
            say(QStringLiteral("  CPU in the window (cores, of %1; total %2): %3")
                    .arg(QThread::idealThreadCount()).arg(total / windowSeconds, 0, 'f', 2).arg(parts.join(QStringLiteral(", "))));
        }
        say(QStringLiteral("  durable before 200: %1 of %2 sampled answers found their row already committed")
                .arg(probed - probedInvisible).arg(probed));
        if (options.stripeApiBase.isEmpty())
            say(QStringLiteral("  Stripe API calls by the server so far: %1").arg(number(double(stripe.requests()))));

        const Check check = verify(db, plan, answers, report.sent);
        const bool ok = check.ok && probedInvisible == 0 && report.answersNamingOtherEvents == 0;
        say(QStringLiteral("  database check: %1").arg(ok ? QStringLiteral("OK") : QStringLiteral("MISMATCH")));
        for (const QString &line : check.lines)
            say(line);
        allChecked = allChecked && ok;
        summaries.append({c, rate, percentile(report.latencyNs, 0.50), percentile(report.latencyNs, 0.99),
                          std::accumulate(report.errors.cbegin(), report.errors.cend(), qint64(0)), ok});
    }

    const QByteArray serverLog = server.output();
    if (!server.terminate(&error))
        say(QStringLiteral("\ncompanion-server did not stop cleanly: %1").arg(error));
    const qsizetype fallbacks = serverLog.count("batch path failed");
    const qsizetype warnings = serverLog.count("not stored");
    say(QStringLiteral("\ncompanion-server log: %1 lines; batches replayed event by event: %2; batches not stored: %3")
            .arg(serverLog.count('\n')).arg(fallbacks).arg(warnings));

    QList<PgbenchResult> pgbench;
    if (options.pgbench) {
        const QString binary = findPgbench();
        if (binary.isEmpty()) {
            say(QStringLiteral("pgbench: not found (postgresql-client); skipped"));
        } else {
            say(QStringLiteral("pgbench (%1): insert event + update user, one transaction each, %2 s per run…").arg(binary).arg(options.pgbenchSeconds));
            pgbench = runPgbench(binary, testDb.config().databaseName, options.users, options.pgbenchSeconds, samplePayload);
        }
    }

    say(QStringLiteral("\nsummary (%1 users, %2 s per run, shared %3-core machine: figures are noisy)")
            .arg(number(options.users)).arg(options.seconds).arg(QThread::idealThreadCount()));
    for (const RunSummary &s : std::as_const(summaries)) {
        say(QStringLiteral("  companion-server  c=%1: %2 events/s, p50 %3 ms, p99 %4 ms, %5 errors, database %6")
                .arg(s.concurrency, 2).arg(number(s.eventsPerSecond), 6).arg(ms(s.p50), ms(s.p99)).arg(s.errors)
                .arg(s.checked ? QStringLiteral("OK") : QStringLiteral("MISMATCH")));
    }
    for (const PgbenchResult &p : std::as_const(pgbench)) {
        if (p.error.isEmpty())
            say(QStringLiteral("  pgbench same writes c=%1: %2 tps, latency average %3 ms").arg(p.clients, 2).arg(number(p.tps), 6).arg(p.latencyMs, 0, 'f', 2));
        else
            say(QStringLiteral("  pgbench c=%1: %2").arg(p.clients).arg(p.error));
    }
    for (const RunSummary &s : std::as_const(summaries)) {
        if (s.concurrency == 64) {
            const bool met = s.eventsPerSecond >= 4500 && s.p99 < 30 * 1000000LL;
            say(QStringLiteral("  goal at c=64 (≥ 4,500 events/s, p99 < 30 ms): %1").arg(met ? QStringLiteral("met") : QStringLiteral("NOT met")));
        }
    }
    return allChecked ? 0 : 1;
}
