#pragma once

#include "SqlDialect.h"

#include <QMetaType>
#include <QSqlDatabase>
#include <QString>
#include <QVector>

#include <optional>

namespace companion::db {

struct UserRecord {
    QString id;
    QString email;
    QString name;
    QString tier = QStringLiteral("free");
    bool isPremium = false;
    QString premiumSource;          // "subscription", "grant" or empty
    qint64 subscriptionExpiresAt = 0; // 0: none
    QString stripeCustomerId;
    qint64 createdAt = 0;
};

// What the users view asks for. Text matches an e-mail or name prefix
// (case-insensitive) or an exact user id / Stripe customer id.
struct UserQuery {
    QString search;
    int limit = 200;
};

// Where the previous page ended (e-mails are unique case-insensitively): keyset
// paging never re-reads earlier rows, so page N costs what page 1 costs.
struct UserCursor {
    QString email;
};

struct UserPage {
    QVector<UserRecord> rows;
    std::optional<UserCursor> next; // set when more rows may follow
    QString error;
};

class UserDirectory
{
public:
    UserDirectory(QSqlDatabase db, Dialect dialect);

    UserPage page(const UserQuery &query, const std::optional<UserCursor> &after = std::nullopt) const;
    std::optional<UserRecord> find(const QString &id, QString *error = nullptr) const;
    // Case-insensitive, exact.
    std::optional<UserRecord> findByEmail(const QString &email, QString *error = nullptr) const;

    // Creates a user (free tier); fails with the database's reason, e.g. a taken e-mail.
    bool insert(const UserRecord &user, QString *error = nullptr);

private:
    QSqlDatabase m_db;
    Dialect m_dialect;
};

} // namespace companion::db

Q_DECLARE_METATYPE(companion::db::UserPage)
