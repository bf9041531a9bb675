#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

namespace companion::test {

// A PostgreSQL primary and one streaming replica of its own, made the way
// docs/deployment.md sets them up: initdb, the primary waiting for the replica's
// flush before a commit returns (synchronous_standby_names), the replica cloned with
// pg_basebackup -R -X stream and streaming WAL for real. Both listen on 127.0.0.1
// (trust: test only), run as the postgres user when the test runs as root, and are
// stopped and removed with the object.
class PostgresReplicaSet
{
public:
    enum Node { Primary, Replica };

    PostgresReplicaSet();
    ~PostgresReplicaSet();

    // Both servers running, the replica streaming synchronously, database "companion" made.
    bool start(QString *error);

    int port(Node node) const { return node == Primary ? m_primaryPort : m_replicaPort; }
    // DATABASE_URL for one server, or for both with libpq picking the writable one.
    QString url(Node node) const;
    QString failoverUrl() const;

    // psql -Atc on `node`'s companion database: the output, trimmed; false and *error on failure.
    bool sql(Node node, const QString &statement, QString *output, QString *error) const;
    // The primary's end, as after a crash or a power cut (pg_ctl stop -m immediate).
    bool stopPrimary(QString *error);
    // pg_ctl promote: the replica takes writes from now on.
    bool promoteReplica(QString *error);
    // Until resumed, the replica receives WAL but applies none of it (pg_wal_replay_pause).
    bool pauseReplay(QString *error) { return sql(Replica, QStringLiteral("SELECT pg_wal_replay_pause()"), nullptr, error); }
    bool resumeReplay(QString *error) { return sql(Replica, QStringLiteral("SELECT pg_wal_replay_resume()"), nullptr, error); }

    QString log(Node node) const;

private:
    bool run(const QString &tool, const QStringList &arguments, QString *error, int timeoutMs = 120000, QString *output = nullptr) const;
    bool startServer(Node node, QString *error);
    QString dataDir(Node node) const;

    QTemporaryDir m_dir;
    QString m_binDir;
    bool m_asPostgres = false;
    int m_primaryPort = 0;
    int m_replicaPort = 0;
    bool m_primaryUp = false;
    bool m_replicaUp = false;
};

} // namespace companion::test
