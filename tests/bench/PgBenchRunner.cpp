#include "PgBenchRunner.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QVersionNumber>

namespace companion::bench::PgBenchRunner {

QString findBinary()
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

QList<PgBenchResult> run(const QString &pgbench, const QString &databaseName, int users, int seconds, const QByteArray &samplePayload)
{
    QList<PgBenchResult> results;
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
        PgBenchResult result;
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

} // namespace companion::bench::PgBenchRunner
