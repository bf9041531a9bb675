#include "PostgresReplicaSet.h"

#include "FreePort.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QThread>
#include <QVersionNumber>

#include <pwd.h>
#include <unistd.h>

namespace companion::test {

namespace {
// The newest server version installed (Debian: /usr/lib/postgresql/NN/bin), or PGVERSION's.
QString serverBinDir()
{
    const QString wanted = qEnvironmentVariable("PGVERSION");
    if (!wanted.isEmpty() && QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(wanted)))
        return QStringLiteral("/usr/lib/postgresql/%1/bin").arg(wanted);
    QVersionNumber best;
    const QStringList versions = QDir(QStringLiteral("/usr/lib/postgresql")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &v : versions) {
        if (QFile::exists(QStringLiteral("/usr/lib/postgresql/%1/bin/initdb").arg(v)) && QVersionNumber::fromString(v) > best)
            best = QVersionNumber::fromString(v);
    }
    return best.isNull() ? QString() : QStringLiteral("/usr/lib/postgresql/%1/bin").arg(best.toString());
}
} // namespace

PostgresReplicaSet::PostgresReplicaSet()
    : m_dir(QDir::tempPath() + QStringLiteral("/companion-replica-set-XXXXXX"))
    , m_binDir(serverBinDir())
    , m_asPostgres(geteuid() == 0)
{
}

PostgresReplicaSet::~PostgresReplicaSet()
{
    QString ignored;
    if (m_replicaUp)
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(Replica), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}, &ignored);
    if (m_primaryUp)
        run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(Primary), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}, &ignored);
}

QString PostgresReplicaSet::dataDir(Node node) const
{
    return m_dir.filePath(node == Primary ? QStringLiteral("primary") : QStringLiteral("replica"));
}

QString PostgresReplicaSet::log(Node node) const
{
    QFile file(dataDir(node) + QStringLiteral(".log"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

bool PostgresReplicaSet::run(const QString &tool, const QStringList &arguments, QString *error, int timeoutMs, QString *output) const
{
    // PostgreSQL refuses to run as root: as root, its tools run as the postgres user.
    QString program = m_binDir + u'/' + tool;
    QStringList args = arguments;
    if (m_asPostgres) {
        args.prepend(program);
        args.prepend(QStringLiteral("--"));
        args.prepend(QStringLiteral("postgres"));
        args.prepend(QStringLiteral("-u"));
        program = QStringLiteral("runuser");
    }
    QProcess process;
    process.setWorkingDirectory(m_dir.path());
    process.start(program, args);
    if (!process.waitForFinished(timeoutMs) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        *error = QStringLiteral("%1 %2: %3%4").arg(tool, arguments.join(u' '), QString::fromUtf8(process.readAllStandardError()),
                                                   process.errorString());
        process.kill();
        process.waitForFinished(5000);
        return false;
    }
    if (output)
        *output = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    return true;
}

bool PostgresReplicaSet::startServer(Node node, QString *error)
{
    QStringList options{QStringLiteral("-p %1").arg(port(node)), QStringLiteral("-c listen_addresses=127.0.0.1"),
                        QStringLiteral("-c unix_socket_directories=") + m_dir.path(), QStringLiteral("-c fsync=off")};
    if (node == Replica)
        options << QStringLiteral("-c cluster_name=companion_replica1");
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(node), QStringLiteral("-l"), dataDir(node) + QStringLiteral(".log"),
                                         QStringLiteral("-o"), options.join(u' '), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                         QStringLiteral("start")},
             error))
        return false;
    (node == Primary ? m_primaryUp : m_replicaUp) = true;
    return true;
}

bool PostgresReplicaSet::start(QString *error)
{
    if (!m_dir.isValid() || m_binDir.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL server binaries in /usr/lib/postgresql (scripts/lib/install-deps installs them)");
        return false;
    }
    if (m_asPostgres) {
        const passwd *pw = getpwnam("postgres");
        if (!pw || chown(m_dir.path().toLocal8Bit().constData(), pw->pw_uid, pw->pw_gid) != 0) {
            *error = QStringLiteral("cannot give %1 to the postgres user").arg(m_dir.path());
            return false;
        }
    }
    m_primaryPort = freeLocalPort();
    m_replicaPort = freeLocalPort();
    while (m_replicaPort == m_primaryPort)
        m_replicaPort = freeLocalPort();
    if (!run(QStringLiteral("initdb"), {QStringLiteral("-D"), dataDir(Primary), QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("--auth=trust"),
                                         QStringLiteral("-E"), QStringLiteral("UTF8"), QStringLiteral("--locale=C.UTF-8"), QStringLiteral("--no-sync")},
             error)
        || !startServer(Primary, error))
        return false;
    QString ignored;
    if (!run(QStringLiteral("psql"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(m_primaryPort), QStringLiteral("-U"),
                                       QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("postgres"), QStringLiteral("-v"),
                                       QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-c"), QStringLiteral("CREATE DATABASE companion")},
             error))
        return false;
    // The replica: a copy of the primary taken while it runs, WAL streamed during the
    // copy, and -R's standby.signal + primary_conninfo so it follows the primary.
    if (!run(QStringLiteral("pg_basebackup"), {QStringLiteral("-d"), QStringLiteral("host=127.0.0.1 port=%1 user=postgres application_name=companion_replica1").arg(m_primaryPort),
                                                QStringLiteral("-D"), dataDir(Replica), QStringLiteral("-R"), QStringLiteral("-X"), QStringLiteral("stream"),
                                                QStringLiteral("-c"), QStringLiteral("fast"), QStringLiteral("--no-sync")},
             error)
        || !startServer(Replica, error))
        return false;
    // Synchronous from now on: a commit on the primary returns once the replica has
    // flushed it, so what was answered survives the primary's loss. (Set after the
    // copy: ALTER SYSTEM on the primary stays the primary's.)
    if (!sql(Primary, QStringLiteral("ALTER SYSTEM SET synchronous_standby_names = 'companion_replica1'"), nullptr, error)
        || !sql(Primary, QStringLiteral("SELECT pg_reload_conf()"), nullptr, error))
        return false;
    const QDeadlineTimer deadline(60000);
    QString state;
    while (!deadline.hasExpired()) {
        if (sql(Primary, QStringLiteral("SELECT string_agg(state || '/' || sync_state, ',') FROM pg_stat_replication"), &state, error)
            && state == QLatin1String("streaming/sync"))
            return true;
        QThread::msleep(100);
    }
    *error = QStringLiteral("the replica is not streaming synchronously (%1): %2").arg(state, log(Replica).right(2000));
    return false;
}

QString PostgresReplicaSet::url(Node node) const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1/companion").arg(port(node));
}

QString PostgresReplicaSet::failoverUrl() const
{
    return QStringLiteral("postgresql://postgres@127.0.0.1:%1,127.0.0.1:%2/companion?target_session_attrs=read-write&connect_timeout=2")
        .arg(m_primaryPort)
        .arg(m_replicaPort);
}

bool PostgresReplicaSet::sql(Node node, const QString &statement, QString *output, QString *error) const
{
    QString out;
    const bool ok = run(QStringLiteral("psql"), {QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"), QString::number(port(node)),
                                                  QStringLiteral("-U"), QStringLiteral("postgres"), QStringLiteral("-d"), QStringLiteral("companion"),
                                                  QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-Atc"), statement},
                        error, 30000, &out);
    if (ok && output)
        *output = out;
    return ok;
}

bool PostgresReplicaSet::stopPrimary(QString *error)
{
    if (!run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(Primary), QStringLiteral("-m"), QStringLiteral("immediate"), QStringLiteral("stop")}, error))
        return false;
    m_primaryUp = false;
    return true;
}

bool PostgresReplicaSet::promoteReplica(QString *error)
{
    return run(QStringLiteral("pg_ctl"), {QStringLiteral("-D"), dataDir(Replica), QStringLiteral("-w"), QStringLiteral("-t"), QStringLiteral("60"),
                                           QStringLiteral("promote")},
               error);
}

} // namespace companion::test
