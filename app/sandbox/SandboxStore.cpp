#include "SandboxStore.h"

#include "db/Database.h"
#include "db/Migrator.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <limits>

namespace sandbox {

using companion::db::Database;

namespace {
const QStringList kOperators{QStringLiteral("="), QStringLiteral("!="), QStringLiteral(">"), QStringLiteral(">="),
                             QStringLiteral("<"), QStringLiteral("<="), QStringLiteral("IN"), QStringLiteral("NOT IN"), QStringLiteral("IS NULL")};

QJsonObject parse(const QVariant &data)
{
    return QJsonDocument::fromJson(data.toByteArray()).object();
}

bool execBound(QSqlQuery &q, const QString &sql, const QVariantList &binds)
{
    if (!q.prepare(sql))
        return false;
    for (const QVariant &v : binds)
        q.addBindValue(v);
    return q.exec();
}
} // namespace

SandboxStore::SandboxStore(companion::db::DatabaseConfig config)
    : m_config(std::move(config))
{
}

bool SandboxStore::open(QString *error)
{
    const auto connection = Database::connection(m_config);
    if (!connection.ok()) {
        *error = connection.error;
        return false;
    }
    m_db = connection.db;
    const auto migrations = companion::db::MigrationSet::fromDirectory(QStringLiteral(":/sandbox-migrations"), error);
    if (!migrations)
        return false;
    const auto report = companion::db::Migrator(m_db, m_config.dialect).migrate(*migrations);
    if (!report.ok) {
        *error = report.error;
        return false;
    }
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM objects")) && q.next())
        m_seq = q.value(0).toLongLong();
    return true;
}

bool SandboxStore::put(const QJsonObject &object, QString *error)
{
    const QString id = object.value(QStringLiteral("id")).toString();
    const QByteArray json = QJsonDocument(object).toJson(QJsonDocument::Compact);
    QSqlQuery q(m_db);
    // Replacing keeps `seq`, so an updated object keeps its place in lists.
    const bool ok = execBound(q,
        QStringLiteral("INSERT INTO objects (id, type, created, seq, data) VALUES (?, ?, ?, ?, ?) "
                       "ON CONFLICT (id) DO UPDATE SET data = excluded.data"),
        {id, object.value(QStringLiteral("object")).toString(),
         object.value(QStringLiteral("created")).toVariant().toLongLong(), ++m_seq, json});
    if (!ok && error)
        *error = Database::errorText(q.lastError());
    return ok;
}

std::optional<QJsonObject> SandboxStore::get(const QString &id) const
{
    QSqlQuery q(m_db);
    if (!execBound(q, QStringLiteral("SELECT data FROM objects WHERE id = ?"), {id}) || !q.next())
        return std::nullopt;
    return parse(q.value(0));
}

bool SandboxStore::remove(const QString &id)
{
    QSqlQuery q(m_db);
    return execBound(q, QStringLiteral("DELETE FROM objects WHERE id = ?"), {id}) && q.numRowsAffected() > 0;
}

QString SandboxStore::whereClause(const QList<Condition> &conditions, QVariantList *binds) const
{
    static const QRegularExpression safePath(QStringLiteral(R"(^\$(\.[a-z_]+|\[\d+\])+$)"));
    QString sql = QStringLiteral(" WHERE type = ?");
    for (const Condition &c : conditions) {
        // Paths and operators are the code's own constants; refuse anything else outright.
        Q_ASSERT(safePath.match(c.path).hasMatch() && kOperators.contains(c.op));
        if (!safePath.match(c.path).hasMatch() || !kOperators.contains(c.op))
            continue;
        const QString expr = QStringLiteral("json_extract(data, '%1')").arg(c.path);
        if (c.op == QLatin1String("IS NULL")) {
            sql += QStringLiteral(" AND %1 IS NULL").arg(expr);
        } else if (c.op == QLatin1String("IN") || c.op == QLatin1String("NOT IN")) {
            QStringList marks;
            for (const QVariant &v : c.values) {
                marks << QStringLiteral("?");
                binds->append(v);
            }
            sql += QStringLiteral(" AND %1 %2 (%3)").arg(expr, c.op, marks.isEmpty() ? QStringLiteral("NULL") : marks.join(u','));
        } else {
            sql += QStringLiteral(" AND %1 %2 ?").arg(expr, c.op);
            binds->append(c.values.value(0));
        }
    }
    return sql;
}

std::optional<ObjectPage> SandboxStore::list(const QString &type, const QList<Condition> &conditions, int limit,
                                             const QString &startingAfter, const QString &endingBefore) const
{
    QVariantList binds{type};
    QString sql = QStringLiteral("SELECT data FROM objects") + whereClause(conditions, &binds);
    const QString cursor = endingBefore.isEmpty() ? startingAfter : endingBefore;
    if (!cursor.isEmpty()) {
        QSqlQuery at(m_db);
        if (!execBound(at, QStringLiteral("SELECT created, seq FROM objects WHERE id = ? AND type = ?"), {cursor, type})
            || !at.next())
            return std::nullopt;
        sql += endingBefore.isEmpty() ? QStringLiteral(" AND (created < ? OR (created = ? AND seq < ?))")
                                      : QStringLiteral(" AND (created > ? OR (created = ? AND seq > ?))");
        binds << at.value(0) << at.value(0) << at.value(1);
    }
    // ending_before walks towards newer objects: read them oldest first, then flip.
    sql += endingBefore.isEmpty() ? QStringLiteral(" ORDER BY created DESC, seq DESC LIMIT ?")
                                  : QStringLiteral(" ORDER BY created ASC, seq ASC LIMIT ?");
    binds << limit + 1;

    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    ObjectPage page;
    if (!execBound(q, sql, binds))
        return page;
    while (q.next())
        page.data.append(parse(q.value(0)));
    page.hasMore = page.data.size() > limit;
    if (page.hasMore)
        page.data.removeLast();
    if (!endingBefore.isEmpty())
        std::reverse(page.data.begin(), page.data.end());
    return page;
}

QList<QJsonObject> SandboxStore::all(const QString &type, const QList<Condition> &conditions) const
{
    QVariantList binds{type};
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    QList<QJsonObject> out;
    if (execBound(q, QStringLiteral("SELECT data FROM objects") + whereClause(conditions, &binds)
                         + QStringLiteral(" ORDER BY created ASC, seq ASC"), binds)) {
        while (q.next())
            out.append(parse(q.value(0)));
    }
    return out;
}

std::optional<QJsonObject> SandboxStore::earliest(const QString &type, const QList<Condition> &conditions,
                                                  const QString &orderPath) const
{
    QList<Condition> all = conditions;
    all.append({orderPath, QStringLiteral(">"), {std::numeric_limits<qint64>::min()}}); // not null
    QVariantList binds{type};
    const QString where = whereClause(all, &binds);
    QSqlQuery q(m_db);
    if (execBound(q, QStringLiteral("SELECT data FROM objects") + where
                         + QStringLiteral(" ORDER BY json_extract(data, '%1') ASC, seq ASC LIMIT 1").arg(orderPath), binds)
        && q.next())
        return parse(q.value(0));
    return std::nullopt;
}

QString SandboxStore::state(const QString &key, const QString &fallback) const
{
    QSqlQuery q(m_db);
    if (execBound(q, QStringLiteral("SELECT value FROM sandbox_state WHERE key = ?"), {key}) && q.next())
        return q.value(0).toString();
    return fallback;
}

void SandboxStore::setState(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    execBound(q, QStringLiteral("INSERT INTO sandbox_state (key, value) VALUES (?, ?) "
                                "ON CONFLICT (key) DO UPDATE SET value = excluded.value"), {key, value});
}

} // namespace sandbox
