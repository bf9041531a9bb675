#pragma once

#include "DatabaseConfig.h"

#include <QSqlDatabase>
#include <QVariant>
#include <QString>

class QSqlQuery;

namespace companion::db {

// A thread's connection, or why there is none.
struct Connection {
    QSqlDatabase db;
    QString error;
    bool ok() const { return error.isEmpty() && db.isOpen(); }
};

// Qt Sql connections belong to the thread that opened them (moving one arrived
// only in Qt 6.8), so every thread gets its own named connection per database.
class Database
{
public:
    // The calling thread's open connection to `config`, opened on first use
    // (and reopened if it was closed). Worker threads drop theirs when they end.
    static Connection connection(const DatabaseConfig &config);

    // Closes and forgets the calling thread's connections. Worker threads call it
    // as they finish: thread_local clean-up may run after QThread::wait() returns.
    static void dropThreadConnections();

    // A one-off connection with a caller-chosen name (tests, migrations on a
    // fresh database). The caller removes it with QSqlDatabase::removeDatabase.
    static Connection open(const DatabaseConfig &config, const QString &connectionName);

    // The error text of a failed query or open, without the driver's noise.
    static QString errorText(const QSqlError &error);

    // Prepares `sql` on `query` (forward-only), binds `binds` in order and runs
    // it; false and the error text when preparing or running failed.
    static bool exec(QSqlQuery &query, const QString &sql, const QVariantList &binds, QString *error);
};

} // namespace companion::db
