#include "TestDatabase.h"

#include "db/UserDirectory.h"

#include "db/Database.h"
#include "db/Migrator.h"

#include <QProcessEnvironment>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::test {

namespace {
const QString kAdminConnection = QStringLiteral("companion-test-admin");

// Runs one statement on the cluster's maintenance database ("postgres").
bool adminExec(const QString &sql, QString *error)
{
    db::DatabaseConfig admin;
    admin.dialect = db::Dialect::PostgreSQL;
    admin.databaseName = QStringLiteral("postgres");
    bool ok = false;
    {
        const auto connection = db::Database::open(admin, kAdminConnection);
        if (!connection.ok()) {
            *error = connection.error;
        } else {
            QSqlQuery query(connection.db);
            ok = query.exec(sql);
            if (!ok)
                *error = db::Database::errorText(query.lastError());
        }
    }
    QSqlDatabase::removeDatabase(kAdminConnection);
    return ok;
}
} // namespace

TestDatabase::TestDatabase() = default;

TestDatabase::~TestDatabase()
{
    closeConnections();
    if (!m_pgName.isEmpty()) {
        QString error;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgName), &error);
        for (const QString &login : std::as_const(m_logins)) // roles belong to the whole cluster
            adminExec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(login), &error);
    }
}

std::optional<db::DatabaseConfig> TestDatabase::loginRoleIn(const QString &group, QString *error)
{
    const auto random = [] { return QString::number(QRandomGenerator::system()->generate64(), 36); };
    const QString name = QStringLiteral("op_") + random();
    const QString password = random() + random();
    // Identifiers cannot be bound; the name and password are [a-z0-9_] made here, the group is the test's own literal.
    if (!adminExec(QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD '%2' IN ROLE %3").arg(name, password, group), error))
        return std::nullopt;
    m_logins << name;
    db::DatabaseConfig config = m_config;
    config.host = QStringLiteral("localhost"); // password authentication over TCP, as an operator's desk connects
    config.user = name;
    config.password = password;
    return config;
}

db::Dialect TestDatabase::dialectUnderTest()
{
    const QString name = QProcessEnvironment::systemEnvironment().value(QStringLiteral("COMPANION_TEST_DB"));
    return name == QLatin1String("postgresql") ? db::Dialect::PostgreSQL : db::Dialect::SQLite;
}

bool TestDatabase::addLearner(const QSqlDatabase &db, const QString &id, QString *error, const QString &email)
{
    db::UserRecord user;
    user.id = id;
    user.email = email.isEmpty() ? id + QStringLiteral("@example.com") : email;
    return db::UserDirectory(db, dialectUnderTest()).insert(user, error);
}

bool TestDatabase::create(QString *error)
{
    if (dialectUnderTest() == db::Dialect::SQLite) {
        m_dir = std::make_unique<QTemporaryDir>();
        if (!m_dir->isValid()) {
            *error = m_dir->errorString();
            return false;
        }
        m_config = db::DatabaseConfig::sqlite(m_dir->filePath(QStringLiteral("test.db")));
        return true;
    }
    const auto env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("PGHOST")) && !env.contains(QStringLiteral("PGDATABASE"))) {
        *error = QStringLiteral("no PostgreSQL in the environment: run the tests through scripts/test "
                                "(or scripts/lib/with-test-env ctest …)");
        return false;
    }
    // Lower-case letters and digits only: safe to splice into CREATE/DROP DATABASE.
    m_pgName = QStringLiteral("companion_test_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (!adminExec(QStringLiteral("CREATE DATABASE %1").arg(m_pgName), error)) {
        m_pgName.clear();
        return false;
    }
    m_config.dialect = db::Dialect::PostgreSQL;
    m_config.databaseName = m_pgName;
    return true;
}

QSqlDatabase TestDatabase::openMigrated(QString *error) const
{
    db::MigrationReport report;
    const auto connection = db::openMigrated(m_config, &report);
    if (!report.ok) {
        *error = report.error;
        return {};
    }
    return connection.db;
}

QString TestDatabase::url() const
{
    if (m_config.dialect == db::Dialect::SQLite)
        return QStringLiteral("sqlite://") + m_config.databaseName;
    return QStringLiteral("postgresql:///") + m_config.databaseName; // host, user, password from PG*
}

void TestDatabase::closeConnections() const
{
    const QString identity = m_config.identity();
    for (const QString &name : QSqlDatabase::connectionNames()) {
        if (name.contains(identity)) {
            QSqlDatabase::database(name, false).close();
            QSqlDatabase::removeDatabase(name);
        }
    }
}

QVariant scalar(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    q.prepare(sql);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    return q.exec() && q.next() ? q.value(0) : QVariant();
}

int countRows(const QSqlDatabase &db, const QString &sql, const QVariantList &binds)
{
    const QVariant count = scalar(db, sql, binds);
    return count.isValid() ? count.toInt() : -1;
}

bool isPremium(const QSqlDatabase &db, const QString &userId)
{
    return scalar(db, QStringLiteral("SELECT is_premium FROM users WHERE id = ?"), {userId}).toBool();
}

} // namespace companion::test
