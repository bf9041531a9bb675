#include "UserDirectory.h"

#include "Database.h"

#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::db {

namespace {

const QString kColumns = QStringLiteral(
    "id, email, name, tier, is_premium, premium_source, subscription_expires_at, stripe_customer_id, created_at");

UserRecord readUser(const QSqlQuery &q)
{
    UserRecord u;
    u.id = q.value(0).toString();
    u.email = q.value(1).toString();
    u.name = q.value(2).toString();
    u.tier = q.value(3).toString();
    u.isPremium = q.value(4).toBool();
    u.premiumSource = q.value(5).toString();
    u.subscriptionExpiresAt = q.value(6).toLongLong();
    u.stripeCustomerId = q.value(7).toString();
    u.createdAt = q.value(8).toLongLong();
    return u;
}

} // namespace

UserDirectory::UserDirectory(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

namespace {
// The smallest string greater than every string starting with `prefix`: the prefix
// with its last character moved one up. Prefix search becomes an index range scan
// (key >= prefix AND key < successor) in both dialects, with no LIKE escaping.
QString prefixSuccessor(const QString &prefix)
{
    QString next = prefix;
    next[next.size() - 1] = QChar(next.at(next.size() - 1).unicode() + 1);
    return next;
}
} // namespace

UserPage UserDirectory::page(const UserQuery &request, const std::optional<UserCursor> &after) const
{
    const QString key = emailSortKey(m_dialect);
    const QString nameKey = emailSortKey(m_dialect, QStringLiteral("name"));
    const QString search = request.search.trimmed();
    // E-mails are unique case-insensitively, so the e-mail key alone orders and pages.
    const QString afterClause = after ? QStringLiteral(" AND %1 > :after").arg(key) : QString();
    const QString select = QStringLiteral("SELECT ") + kColumns + QStringLiteral(", %1 AS sort_key FROM users WHERE ").arg(key);

    QString sql;
    if (search.isEmpty()) {
        sql = select + QStringLiteral("1 = 1") + afterClause + QStringLiteral(" ORDER BY sort_key LIMIT :limit");
    } else {
        // One index range scan per way of matching, each already in e-mail order and
        // limited, then merged: an OR across columns would make the planner walk the
        // whole e-mail index for a rare name. Parameters are bound; only fixed SQL
        // fragments are concatenated.
        const QStringList arms{
            QStringLiteral("%1 >= :lo AND %1 < :hi").arg(key),
            QStringLiteral("%1 >= :lo AND %1 < :hi").arg(nameKey),
            QStringLiteral("id = :exact"),
            QStringLiteral("stripe_customer_id = :exact"),
        };
        QStringList parts;
        for (int i = 0; i < arms.size(); ++i) {
            parts << QStringLiteral("SELECT * FROM (%1%2%3 ORDER BY sort_key LIMIT :limit) AS arm%4")
                         .arg(select, arms.at(i), afterClause).arg(i);
        }
        sql = parts.join(QStringLiteral(" UNION ")) + QStringLiteral(" ORDER BY sort_key LIMIT :limit");
    }

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    UserPage page;
    if (!q.prepare(sql)) {
        page.error = Database::errorText(q.lastError());
        return page;
    }
    if (!search.isEmpty()) {
        // PostgreSQL's key is lower(…); SQLite's NOCASE compares case-blind anyway.
        const QString low = search.toLower();
        q.bindValue(QStringLiteral(":lo"), low);
        q.bindValue(QStringLiteral(":hi"), prefixSuccessor(low));
        q.bindValue(QStringLiteral(":exact"), search);
    }
    if (after)
        q.bindValue(QStringLiteral(":after"), m_dialect == Dialect::PostgreSQL ? after->email.toLower() : after->email);
    const int limit = qBound(1, request.limit, 1000);
    q.bindValue(QStringLiteral(":limit"), limit + 1); // one extra row tells whether more follow
    if (!q.exec()) {
        page.error = Database::errorText(q.lastError());
        return page;
    }
    while (q.next())
        page.rows.append(readUser(q));
    if (page.rows.size() > limit) {
        page.rows.removeLast();
        page.next = UserCursor{page.rows.constLast().email};
    }
    return page;
}

std::optional<UserRecord> UserDirectory::find(const QString &id, QString *error) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec()) {
        if (error)
            *error = Database::errorText(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

std::optional<UserRecord> UserDirectory::findByEmail(const QString &email, QString *error) const
{
    // The same case-insensitive key as the unique index, so the index answers.
    const QString key = emailSortKey(m_dialect);
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users WHERE ") + key + QStringLiteral(" = ")
              + emailSortKey(m_dialect, QStringLiteral("CAST(? AS TEXT)")));
    q.addBindValue(email.trimmed());
    if (!q.exec()) {
        if (error)
            *error = Database::errorText(q.lastError());
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    return readUser(q);
}

bool UserDirectory::insert(const UserRecord &user, QString *error)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO users (id, email, name, created_at, updated_at, stripe_customer_id) "
                             "VALUES (?, ?, ?, ?, ?, ?)"));
    q.addBindValue(user.id);
    q.addBindValue(user.email.trimmed());
    // A null QString binds as SQL NULL; "no name" is the empty string.
    q.addBindValue(user.name.isNull() ? QStringLiteral("") : user.name);
    q.addBindValue(user.createdAt > 0 ? user.createdAt : now);
    q.addBindValue(now);
    q.addBindValue(user.stripeCustomerId.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(user.stripeCustomerId));
    if (q.exec())
        return true;
    if (error)
        *error = Database::errorText(q.lastError());
    return false;
}

} // namespace companion::db
