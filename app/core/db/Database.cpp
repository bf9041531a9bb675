#include "Database.h"

#include "util/Log.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>

namespace companion::db {

namespace {

// Removes a worker thread's connections when the thread ends. The main thread's
// live as long as the process: tearing them down after QCoreApplication is gone
// would touch unloaded driver plugins.
struct ThreadConnections {
    QStringList names;
    ~ThreadConnections() { drop(); }
    void drop()
    {
        for (const QString &name : std::as_const(names)) {
            { QSqlDatabase::database(name, false).close(); }
            QSqlDatabase::removeDatabase(name);
        }
        names.clear();
    }
};

thread_local ThreadConnections t_connections;

bool isMainThread()
{
    return !QCoreApplication::instance() || QThread::currentThread() == QCoreApplication::instance()->thread();
}

void configure(QSqlDatabase &db, const DatabaseConfig &config)
{
    db.setDatabaseName(config.databaseName);
    if (config.dialect == Dialect::PostgreSQL) {
        // Empty fields let libpq read PGHOST/PGPORT/PGUSER/PGPASSWORD/PGDATABASE.
        db.setHostName(config.host);
        if (config.port > 0)
            db.setPort(config.port);
        db.setUserName(config.user);
        db.setPassword(config.password);
        QString options = QStringLiteral("connect_timeout=5");
        if (!config.options.isEmpty())
            options += u';' + config.options;
        db.setConnectOptions(options);
    } else {
        // Several programs share one SQLite file in the demo: wait for locks rather than fail.
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    }
}

QString afterOpen(QSqlDatabase &db, const DatabaseConfig &config)
{
    QSqlQuery query(db);
    QStringList statements;
    if (config.dialect == Dialect::SQLite) {
        statements << QStringLiteral("PRAGMA foreign_keys = ON");
        if (config.databaseName != QLatin1String(":memory:"))
            statements << QStringLiteral("PRAGMA journal_mode = WAL") << QStringLiteral("PRAGMA synchronous = NORMAL");
    } else {
        statements << QStringLiteral("SET TIME ZONE 'UTC'");
    }
    for (const QString &sql : std::as_const(statements)) {
        if (!query.exec(sql))
            return Database::errorText(query.lastError());
    }
    return {};
}

} // namespace

Connection Database::open(const DatabaseConfig &config, const QString &connectionName)
{
    Connection result;
    result.db = QSqlDatabase::contains(connectionName)
        ? QSqlDatabase::database(connectionName, false)
        : QSqlDatabase::addDatabase(qtDriverName(config.dialect), connectionName);
    if (!result.db.isValid()) {
        result.error = QStringLiteral("the Qt SQL driver %1 is not installed").arg(qtDriverName(config.dialect));
        return result;
    }
    if (result.db.isOpen())
        return result;
    configure(result.db, config);
    if (!result.db.open()) {
        result.error = QStringLiteral("cannot open %1: %2").arg(config.displayName(), errorText(result.db.lastError()));
        qCWarning(lcDb).noquote() << result.error;
        return result;
    }
    result.error = afterOpen(result.db, config);
    if (!result.error.isEmpty())
        result.db.close();
    return result;
}

Connection Database::connection(const DatabaseConfig &config)
{
    const QString name = QStringLiteral("companion-%1-%2")
                             .arg(config.identity())
                             .arg(quintptr(QThread::currentThreadId()), 0, 16);
    const bool known = QSqlDatabase::contains(name);
    Connection result = open(config, name);
    if (!known && !isMainThread())
        t_connections.names << name;
    return result;
}

void Database::dropThreadConnections()
{
    t_connections.drop();
}

bool Database::exec(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error)
{
    query.setForwardOnly(true);
    if (!query.prepare(sql)) {
        *error = errorText(query.lastError());
        return false;
    }
    for (const QVariant &bind : binds)
        query.addBindValue(bind);
    if (!query.exec()) {
        *error = errorText(query.lastError());
        return false;
    }
    return true;
}

QString Database::errorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.driverText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}

} // namespace companion::db
