#include "DemoSeeder.h"

#include "Database.h"
#include "Transaction.h"
#include "UserDirectory.h"
#include "util/DemoPeople.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::db {

DemoSeeder::DemoSeeder(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

int DemoSeeder::seedUsers(int count, quint32 seed, QString *error)
{
    QSqlQuery existing(m_db);
    if (!existing.exec(QStringLiteral("SELECT COUNT(*) FROM users")) || !existing.next()) {
        *error = Database::errorText(existing.lastError());
        return -1;
    }
    if (existing.value(0).toLongLong() > 0)
        return 0;

    // The joining dates are the users' own; the people are shared with stripe-sandbox's demo.
    QRandomGenerator rng(seed ^ 0x10c4);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 eighteenMonths = qint64(548) * 24 * 3600;
    Transaction tx(m_db, m_dialect);
    UserDirectory users(m_db, m_dialect);
    for (const util::DemoPerson &person : util::demoPeople(count, seed)) {
        UserRecord user;
        user.id = person.userId;
        user.name = person.name;
        user.email = person.email;
        user.createdAt = now - qint64(rng.bounded(quint32(eighteenMonths)));
        if (!users.insert(user, error))
            return -1;
    }
    if (!tx.commit()) {
        *error = tx.error();
        return -1;
    }
    return count;
}

} // namespace companion::db
