#pragma once

#include "db/DatabaseConfig.h"

#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QVariant>

#include <optional>

namespace sandbox {

// One condition on a stored object's JSON, e.g. {"$.customer", "=", {"cus_1"}}.
// Paths come from code, never from a request; values are always bound.
struct Condition {
    QString path;
    QString op; // "=", "!=", ">", ">=", "<", "<=", "IN", "NOT IN", "IS NULL"
    QVariantList values;
};

struct ObjectPage {
    QList<QJsonObject> data;
    bool hasMore = false;
};

// The sandbox's account state in SQLite (a file, or memory with --ephemeral):
// Stripe objects stored whole as JSON, listed newest first like Stripe's lists.
class SandboxStore
{
public:
    explicit SandboxStore(companion::db::DatabaseConfig config);

    bool open(QString *error);
    QSqlDatabase database() const { return m_db; }

    // Inserts a new object or replaces an existing one (keeping its list position).
    bool put(const QJsonObject &object, QString *error = nullptr);
    std::optional<QJsonObject> get(const QString &id) const;
    bool remove(const QString &id);

    // Newest first; `startingAfter`/`endingBefore` are object ids as in Stripe's cursors.
    // nullopt when a cursor id does not exist among objects of this type.
    std::optional<ObjectPage> list(const QString &type, const QList<Condition> &conditions, int limit,
                                   const QString &startingAfter = {}, const QString &endingBefore = {}) const;
    QList<QJsonObject> all(const QString &type, const QList<Condition> &conditions = {}) const;
    // The matching object with the smallest value at `orderPath` (ignoring nulls).
    std::optional<QJsonObject> earliest(const QString &type, const QList<Condition> &conditions, const QString &orderPath) const;

    QString state(const QString &key, const QString &fallback = {}) const;
    void setState(const QString &key, const QString &value);

private:
    QString whereClause(const QList<Condition> &conditions, QVariantList *binds) const;

    companion::db::DatabaseConfig m_config;
    QSqlDatabase m_db;
    qint64 m_seq = 0;
};

} // namespace sandbox
