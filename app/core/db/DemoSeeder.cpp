#include "DemoSeeder.h"

#include "Database.h"
#include "Transaction.h"
#include "UserDirectory.h"

#include <QDateTime>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::db {

namespace {
const char *const kFirstNames[] = {"Amara", "Ben", "Chloé", "Dmitri", "Elif", "Farah", "Gabriel", "Hana", "Ivan", "Jonas",
                                   "Keiko", "Lukas", "Maya", "Nikhil", "Olivia", "Pablo", "Qi", "Rosa", "Samir", "Tess",
                                   "Umar", "Valentina", "Wei", "Ximena", "Yusuf", "Zoë"};
const char *const kLastNames[] = {"Okafor", "Schmidt", "Dubois", "Ivanova", "Yılmaz", "Haddad", "Silva", "Tanaka", "Petrov",
                                  "Berg", "Sato", "Müller", "Cohen", "Sharma", "Brown", "García", "Chen", "Rossi", "Nasser",
                                  "Walsh", "Khan", "Moreno", "Zhang", "López", "Demir", "Novak"};
const char *const kDomains[] = {"example.com", "example.org", "mail.example", "uni.example.edu", "corp.example"};

// E-mail local parts are ASCII: fold the few accented letters the names use.
QString asciiFold(QString text)
{
    static const QList<QPair<QChar, QChar>> folds{{u'é', u'e'}, {u'ë', u'e'}, {u'ı', u'i'}, {u'ü', u'u'}, {u'í', u'i'}, {u'ó', u'o'}};
    for (const auto &[from, to] : folds)
        text.replace(from, to);
    return text.toLower();
}
} // namespace

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

    QRandomGenerator rng(seed);
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 eighteenMonths = qint64(548) * 24 * 3600;
    Transaction tx(m_db, m_dialect);
    UserDirectory users(m_db, m_dialect);
    for (int i = 0; i < count; ++i) {
        const QString first = QString::fromUtf8(kFirstNames[rng.bounded(int(std::size(kFirstNames)))]);
        const QString last = QString::fromUtf8(kLastNames[rng.bounded(int(std::size(kLastNames)))]);
        UserRecord user;
        user.id = QStringLiteral("usr_demo_%1").arg(i + 1, 5, 10, QLatin1Char('0'));
        user.name = first + u' ' + last;
        user.email = QStringLiteral("%1.%2%3@%4")
                         .arg(asciiFold(first), asciiFold(last))
                         .arg(i + 1)
                         .arg(QString::fromLatin1(kDomains[rng.bounded(int(std::size(kDomains)))]));
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
