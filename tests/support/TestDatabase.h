#pragma once

#include "db/DatabaseConfig.h"

#include <QSqlDatabase>
#include <QTemporaryDir>
#include <QStringList>
#include <QVariant>

#include <memory>
#include <optional>

namespace companion::test {

// A fresh, empty database of the dialect this test run is for (COMPANION_TEST_DB):
// a file in a temporary folder for SQLite, a new database in the throwaway
// pg_virtualenv cluster for PostgreSQL. Dropped again when the object dies.
class TestDatabase
{
public:
    TestDatabase();
    ~TestDatabase();

    static db::Dialect dialectUnderTest();
    // A learner with this id (e-mail <id>@example.com unless given), as the sign-in service adds them.
    static bool addLearner(const QSqlDatabase &db, const QString &id, QString *error, const QString &email = {});

    // False with a reason when the database cannot be made (e.g. no PostgreSQL).
    bool create(QString *error);
    const db::DatabaseConfig &config() const { return m_config; }
    // This thread's connection with the built-in migrations applied; invalid + error on failure.
    QSqlDatabase openMigrated(QString *error) const;
    QString url() const; // the same database as a DATABASE_URL for child processes

    // Closes this thread's connections to it (before DROP, or to simulate a restart).
    void closeConnections() const;

    // PostgreSQL: a new login role (random name and password) in `group`, e.g.
    // companion_support, as a connection to this database over TCP; dropped with
    // the database. Nothing (and *error) on failure.
    std::optional<db::DatabaseConfig> loginRoleIn(const QString &group, QString *error);

private:
    db::DatabaseConfig m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_pgName;
    QStringList m_logins;
};

// The first column of the first row of `sql` as an int (e.g. a COUNT(*)), -1 on failure.
int countRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// The first column of the first row of `sql`; invalid when there is none or it failed.
QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
// Whether the learner has Premium now, as the chapters gate reads it.
bool isPremium(const QSqlDatabase &db, const QString &userId);

} // namespace companion::test

// Creates `var` as a TestDatabase or fails the test with the reason.
#define COMPANION_TEST_DATABASE(var)                                                         \
    companion::test::TestDatabase var;                                                       \
    do {                                                                                     \
        QString createError_;                                                                \
        if (!var.create(&createError_))                                                      \
            QFAIL(qPrintable(QStringLiteral("cannot create the test database: ") + createError_)); \
    } while (false)
