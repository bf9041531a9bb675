// bench_webhook_ingest: companion-server's webhook receiver under load, end to end —
// the real server process, real HTTP, PostgreSQL. Signed, realistic 3–4 KB Stripe
// events (unique ids, 5% redeliveries) for users of a seeded database arrive over C
// keep-alive connections in a closed loop; it prints events/s, latency percentiles
// and errors per concurrency, checks the database against every answer, and runs
// pgbench with the same writes (insert event + update user) beside it.
// The default workload is the original guide's webhook traffic: checkout.session.completed
// 50%, customer.subscription.updated 20%, .deleted 15%, invoice.payment_failed 15%,
// once rendered at the guide's API version (2023-10-16) and once at ours; --workload mix
// is the older updated/created/invoice.paid mix (--mix). The server asks Stripe for a
// subscription's current state (every checkout does): those calls go to a fake Stripe API in this process, answering at once or
// after --stripe-latency ms. pg_virtualenv's clusters run with fsync=off; it is
// turned on for the run (--fsync), since the 200 promises durable storage.
// --topology direct,haproxy1,haproxy2,haproxy3 repeats the runs through HAProxy (the
// shipped packaging/haproxy/companion-server.cfg) in front of 1, 2 and 3 instances on
// the same database, beside one instance direct (the default, alone): what the proxy
// costs, and whether more instances help on a small machine where the database is
// the ceiling. The summary table sets each against direct, with the CPU each side used.
//   scripts/lib/with-test-env build/…/tests/bench/bench_webhook_ingest [--users N] [--seconds S] [--concurrency 16,64]
//       [--topology direct,haproxy1,haproxy2,haproxy3] …
// Use a Release build. Prints numbers; asserts nothing about time. Exits non-zero
// when the database does not match what was acknowledged, or the set-up fails.
#include "BenchOutput.h"
#include "BenchSql.h"
#include "CpuProbe.h"
#include "FakeStripeApi.h"
#include "FsyncSetting.h"
#include "HaproxyProcess.h"
#include "PgBenchRunner.h"
#include "ProcessCpu.h"
#include "RunningProgram.h"
#include "TestDatabase.h"
#include "WebhookBenchOptions.h"
#include "WebhookBenchPlan.h"
#include "WebhookBenchReport.h"
#include "WebhookBenchRunner.h"
#include "WebhookBenchSeed.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>
#include <optional>
#include <vector>

#include <unistd.h>

using namespace companion;
using bench::BenchOutput::number;
using bench::BenchOutput::say;
using bench::BenchSql::scalar;

namespace {

std::optional<bench::WebhookBenchOptions> parseOptions(const QCoreApplication &app, QString *error)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "companion-server's webhook receiver under load: signed Stripe events over real HTTP into PostgreSQL, "
        "with pgbench's figures for the same writes beside them; with --topology, also through HAProxy in front of "
        "1–3 instances. Run it under scripts/lib/with-test-env."));
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
    const QCommandLineOption workload(QStringLiteral("workload"),
                                      QStringLiteral("guide (default: the guide's checkout.session.completed 50%, customer.subscription.updated 20%, "
                                                     ".deleted 15%, invoice.payment_failed 15%) or mix (see --mix)."),
                                      QStringLiteral("guide|mix"), QStringLiteral("guide"));
    const QCommandLineOption shapes(QStringLiteral("shape"),
                                    QStringLiteral("API versions the events are rendered at, one run each (default 2023-10-16,pinned)."),
                                    QStringLiteral("list"), QStringLiteral("2023-10-16,pinned"));
    const QCommandLineOption mix(QStringLiteral("mix"),
                                 QStringLiteral("With --workload mix: percent of customer.subscription.updated, .created, invoice.paid (default 60,10,30)."),
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
    const QCommandLineOption topology(QStringLiteral("topology"),
                                      QStringLiteral("Where the load goes, one round of runs each, in this order (default direct): direct (one "
                                                     "instance, on its own port), haproxy1, haproxy2, haproxy3 (HAProxy with "
                                                     "packaging/haproxy/companion-server.cfg in front of 1–3 instances on the same database)."),
                                      QStringLiteral("list"), QStringLiteral("direct"));
    parser.addOptions({users, seconds, warmup, concurrency, server, noPgbench, pgbenchSeconds, workload, shapes, mix, maxRate, stripeLatency,
                       stripeApiBase, fsync, topology});
    parser.process(app);

    bench::WebhookBenchOptions o;
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
    if (parser.value(workload) == QLatin1String("mix")) {
        o.workload = bench::WebhookBenchOptions::Workload::Mix;
    } else if (parser.value(workload) != QLatin1String("guide")) {
        *error = QStringLiteral("--workload takes guide or mix");
        ok = false;
    }
    o.shapes.clear();
    for (const QString &part : parser.value(shapes).split(u',', Qt::SkipEmptyParts)) {
        if (part.trimmed() == QLatin1String("pinned")) {
            o.shapes << bench::StripeEventFactory::Shape::Pinned;
        } else if (part.trimmed() == QLatin1String("2023-10-16")) {
            o.shapes << bench::StripeEventFactory::Shape::Guide20231016;
        } else {
            *error = QStringLiteral("--shape takes 2023-10-16 and/or pinned");
            ok = false;
        }
    }
    o.topologies.clear();
    static const QRegularExpression proxied(QStringLiteral("^haproxy([1-3])$"));
    for (const QString &part : parser.value(topology).split(u',', Qt::SkipEmptyParts)) {
        const QRegularExpressionMatch match = proxied.match(part.trimmed());
        if (part.trimmed() == QLatin1String("direct")) {
            o.topologies << bench::WebhookBenchOptions::Topology{};
        } else if (match.hasMatch()) {
            o.topologies << bench::WebhookBenchOptions::Topology{true, match.captured(1).toInt()};
        } else {
            *error = QStringLiteral("--topology takes direct, haproxy1, haproxy2 and/or haproxy3");
            ok = false;
        }
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
    if ((o.concurrency.isEmpty() || o.shapes.isEmpty() || o.topologies.isEmpty()) && ok) {
        *error = QStringLiteral("--concurrency, --shape or --topology is empty");
        ok = false;
    }
    return ok ? std::optional<bench::WebhookBenchOptions>(o) : std::nullopt;
}

// What companion-server reads at start: this database, the bench's webhook secret,
// and a Stripe API at `stripeBase`.
QProcessEnvironment serverEnvironment(const QString &databaseUrl, const QString &stripeBase)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("DATABASE_URL"), databaseUrl);
    env.insert(QStringLiteral("STRIPE_WEBHOOK_SECRET"), QString::fromLatin1(bench::kWebhookSecret));
    env.insert(QStringLiteral("JWT_SECRET"), QStringLiteral("bench-jwt-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0'))
                                                 + QStringLiteral("-%1").arg(QRandomGenerator::system()->generate64(), 16, 16, QLatin1Char('0')));
    env.insert(QStringLiteral("STRIPE_SECRET_KEY"), QStringLiteral("sk_test_bench_0000000000000000"));
    env.insert(QStringLiteral("STRIPE_PREMIUM_PRICE_ID"), QStringLiteral("price_bench_monthly"));
    env.insert(QStringLiteral("STRIPE_API_BASE"), stripeBase);
    return env;
}

// The processes of one topology: its companion-server instances (each on a free
// port, all on the same database) and, when proxied, HAProxy in front of them.
class TopologyProcesses
{
public:
    bool start(const bench::WebhookBenchOptions::Topology &topology, const QString &serverBinary, const QProcessEnvironment &env, QString *error)
    {
        m_target.topology = topology;
        QList<QUrl> instances;
        for (int i = 0; i < topology.instances; ++i) {
            auto server = std::make_unique<test::RunningProgram>(serverBinary);
            if (!server->start({}, env, error))
                return false;
            instances << server->baseUrl();
            m_target.serverPids << server->pid();
            m_servers.push_back(std::move(server));
        }
        QStringList pids;
        for (const qint64 pid : std::as_const(m_target.serverPids))
            pids << QString::number(pid);
        m_description = QStringLiteral("companion-server pid %1 at %2").arg(pids.join(QStringLiteral(", ")), urls(instances));
        if (!topology.haproxy) {
            m_target.port = quint16(instances.first().port());
            return true;
        }
        // The shipped file names three instances; the unused ones point at the discard
        // port, where nothing listens (and no unprivileged process can), so HAProxy
        // holds them DOWN and balances over the running ones only.
        while (instances.size() < kShippedInstances)
            instances << QUrl(QStringLiteral("http://127.0.0.1:9"));
        m_haproxy = std::make_unique<test::HaproxyProcess>();
        if (!m_haproxy->start(QStringLiteral(COMPANION_HAPROXY_CONFIG), instances, error))
            return false;
        m_target.port = quint16(m_haproxy->baseUrl().port());
        m_target.haproxyPid = bench::ProcessCpu::findChild(qint64(getpid()), QStringLiteral("haproxy"));
        // Measure once HAProxy's health checks (every second, rise 2, fall 2) see exactly
        // the running instances up.
        const QDeadlineTimer deadline(30000);
        for (;;) {
            QStringList states;
            bool settled = true;
            for (int k = 1; k <= kShippedInstances; ++k) {
                const QString state = m_haproxy->serverStatus(QStringLiteral("instance%1").arg(k));
                states << QStringLiteral("instance%1 %2").arg(k).arg(state);
                settled = settled && state == (k <= topology.instances ? QLatin1String("UP") : QLatin1String("DOWN"));
            }
            if (settled) {
                m_description = QStringLiteral("HAProxy (pid %1) at %2 in front of %3; %4")
                                    .arg(m_target.haproxyPid).arg(m_haproxy->baseUrl().toString(), m_description, states.join(QStringLiteral(", ")));
                return true;
            }
            if (deadline.hasExpired()) {
                *error = QStringLiteral("HAProxy's view of the instances did not settle within 30 s (%1): %2")
                             .arg(states.join(QStringLiteral(", ")), m_haproxy->output());
                return false;
            }
            QThread::msleep(250);
        }
    }

    const bench::RunTarget &target() const { return m_target; }
    QString description() const { return m_description; }

    // HAProxy first, so nothing reaches an instance while it stops; the instances'
    // output is appended to `serverLog`.
    void stop(QByteArray *serverLog)
    {
        m_haproxy.reset();
        for (const auto &server : m_servers) {
            QString error;
            if (!server->terminate(&error))
                say(QStringLiteral("\ncompanion-server did not stop cleanly: %1").arg(error));
            *serverLog += server->output();
        }
        m_servers.clear();
    }

private:
    static constexpr int kShippedInstances = 3; // server lines in packaging/haproxy/companion-server.cfg

    static QString urls(const QList<QUrl> &list)
    {
        QStringList out;
        for (const QUrl &url : list)
            out << url.toString();
        return out.join(QStringLiteral(", "));
    }

    std::vector<std::unique_ptr<test::RunningProgram>> m_servers;
    std::unique_ptr<test::HaproxyProcess> m_haproxy;
    bench::RunTarget m_target;
    QString m_description;
};

int setupFailed(const QString &error)
{
    std::fprintf(stderr, "bench_webhook_ingest: %s\n", qUtf8Printable(error));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    const auto parsed = parseOptions(app, &error);
    if (!parsed)
        return setupFailed(error);
    const bench::WebhookBenchOptions options = *parsed;
    if (qEnvironmentVariableIsEmpty("COMPANION_TEST_PG"))
        return setupFailed(QStringLiteral("needs the throwaway PostgreSQL of the test environment (COMPANION_TEST_PG is not set).\n"
                                          "Run it as: scripts/lib/with-test-env %1 [options]").arg(QString::fromLocal8Bit(argv[0])));
    if (!QFile::exists(options.server))
        return setupFailed(QStringLiteral("no companion-server at %1 (build it, or pass --server)").arg(options.server));

    // ---- the database: fresh, migrated, seeded
    qputenv("COMPANION_TEST_DB", "postgresql");
    test::TestDatabase testDb;
    if (!testDb.create(&error))
        return setupFailed(error);
    const QSqlDatabase db = testDb.openMigrated(&error);
    if (!db.isOpen())
        return setupFailed(error);
    bench::FsyncSetting fsync(db, options.fsync);
    // Statement counts, when the cluster preloads it (COMPANION_TEST_PG_CONF); harmless otherwise.
    QSqlQuery(db).exec(QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_stat_statements"));
    const qint64 startedAt = QDateTime::currentSecsSinceEpoch();
    QElapsedTimer seedTimer;
    seedTimer.start();
    if (!bench::WebhookBenchSeed::seed(db, options.users, startedAt, &error))
        return setupFailed(QStringLiteral("seeding failed: ") + error);
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
        if (!stripe.start(&error))
            return setupFailed(error);
        stripeBase = stripe.baseUrl().toString();
    }
    bench::CpuProbe cpu = bench::CpuProbe::locate(db, testDb.config().databaseName);
    cpu.serverPid = -1; // the instances come with each topology's RunTarget
    say(QStringLiteral("  companion-server %1; Stripe API: %2%3")
            .arg(options.server, stripeBase,
                 options.stripeApiBase.isEmpty() ? QStringLiteral(" (fake, answers after %1 ms)").arg(options.stripeLatencyMs) : QString()));
    const QString mixText = options.workload == bench::WebhookBenchOptions::Workload::Guide
        ? QStringLiteral("the guide's: %1% checkout.session.completed, %2% customer.subscription.updated, %3% .deleted, %4% invoice.payment_failed")
              .arg(options.guideMix[0]).arg(options.guideMix[1]).arg(options.guideMix[2]).arg(options.guideMix[3])
        : QStringLiteral("%1% customer.subscription.updated, %2% .created, %3% invoice.paid").arg(options.mix[0]).arg(options.mix[1]).arg(options.mix[2]);
    say(QStringLiteral("  events: %1; 5% redelivered; warm-up %2 s, then %3 s per topology, concurrency and API version")
            .arg(mixText).arg(options.warmupSeconds).arg(options.seconds));

    // ---- the runs: each topology's processes start, take every run, and stop
    // Every instance reads the same settings (one JWT secret), as behind a real proxy.
    const QProcessEnvironment env = serverEnvironment(testDb.url(), stripeBase);
    bench::WebhookBenchRunner runner(db, options, cpu, options.stripeApiBase.isEmpty() ? &stripe : nullptr, startedAt);
    QList<bench::RunSummary> summaries;
    QByteArray serverLog;
    bool allStarted = true;
    for (const bench::WebhookBenchOptions::Topology &topology : options.topologies) {
        TopologyProcesses processes;
        if (!processes.start(topology, options.server, env, &error)) {
            say(QStringLiteral("\n%1: not measured, set-up failed: %2").arg(topology.name(), error));
            allStarted = false;
            processes.stop(&serverLog);
            continue;
        }
        say(QStringLiteral("\n%1: %2").arg(topology.name(), processes.description()));
        for (const bench::StripeEventFactory::Shape shape : options.shapes) {
            for (const int c : options.concurrency)
                summaries.append(runner.run(processes.target(), c, shape));
        }
        processes.stop(&serverLog);
    }
    const bool allChecked = std::all_of(summaries.cbegin(), summaries.cend(), [](const bench::RunSummary &s) { return s.checked; });
    bench::WebhookBenchReport::printServerLog(serverLog);

    QList<bench::PgBenchResult> pgbench;
    if (options.pgbench) {
        const QString binary = bench::PgBenchRunner::findBinary();
        if (binary.isEmpty()) {
            say(QStringLiteral("pgbench: not found (postgresql-client); skipped"));
        } else {
            say(QStringLiteral("pgbench (%1): insert event + update user, one transaction each, %2 s per run…").arg(binary).arg(options.pgbenchSeconds));
            pgbench = bench::PgBenchRunner::run(binary, testDb.config().databaseName, options.users, options.pgbenchSeconds, runner.samplePayload());
        }
    }

    bench::WebhookBenchReport::printTopStatements(db);
    bench::WebhookBenchReport::printSummary(options, summaries, pgbench);
    if (!allChecked)
        return 1;
    return allStarted ? 0 : 2;
}
