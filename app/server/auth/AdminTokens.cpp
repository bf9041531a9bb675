#include "AdminTokens.h"

#include "db/Database.h"
#include "util/Redact.h"

#include <QCryptographicHash>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>

namespace companion::server {

namespace {
constexpr char kColumns[] = "id, label, token_hint, created_at, created_by, last_used_at, revoked_at";

AdminTokenInfo readToken(const QSqlQuery &q)
{
    AdminTokenInfo info;
    info.id = q.value(0).toLongLong();
    info.label = q.value(1).toString();
    info.hint = q.value(2).toString();
    info.createdAt = q.value(3).toLongLong();
    info.createdBy = q.value(4).toString();
    info.lastUsedAt = q.value(5).toLongLong();
    info.revokedAt = q.value(6).toLongLong();
    return info;
}

bool fail(const QSqlQuery &q, QString *error)
{
    *error = db::Database::errorText(q.lastError());
    return false;
}
} // namespace

AdminTokens::AdminTokens(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QByteArray AdminTokens::hash(const QByteArray &token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex();
}

QString AdminTokens::create(const QString &label, const QString &createdBy, qint64 now, QString *error)
{
    if (label.trimmed().isEmpty()) {
        *error = QStringLiteral("a token needs a label (who or what uses it)");
        return {};
    }
    QByteArray random(20, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(random.data()),
                                         reinterpret_cast<quint32 *>(random.data() + random.size()));
    const QByteArray token = QByteArray(kPrefix) + random.toHex();
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO admin_tokens (label, token_hash, token_hint, created_at, created_by) VALUES (?, ?, ?, ?, ?)"));
    q.addBindValue(label.trimmed());
    q.addBindValue(QString::fromLatin1(hash(token)));
    q.addBindValue(util::redactSecret(QString::fromLatin1(token)));
    q.addBindValue(now);
    q.addBindValue(createdBy);
    if (!q.exec()) {
        fail(q, error);
        return {};
    }
    return QString::fromLatin1(token);
}

std::optional<AdminTokenInfo> AdminTokens::verify(const QByteArray &token, qint64 now, QString *error)
{
    if (!token.startsWith(kPrefix))
        return std::nullopt;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT %1 FROM admin_tokens WHERE token_hash = ? AND revoked_at IS NULL").arg(QLatin1String(kColumns)));
    q.addBindValue(QString::fromLatin1(hash(token)));
    if (!q.exec()) {
        fail(q, error);
        return std::nullopt;
    }
    if (!q.next())
        return std::nullopt;
    AdminTokenInfo info = readToken(q);
    // "Last used" to the minute is enough, and spares a write per admin call.
    if (now - info.lastUsedAt >= 60) {
        QSqlQuery touch(m_db);
        touch.prepare(QStringLiteral("UPDATE admin_tokens SET last_used_at = ? WHERE id = ?"));
        touch.addBindValue(now);
        touch.addBindValue(info.id);
        if (!touch.exec()) {
            fail(touch, error);
            return std::nullopt;
        }
        info.lastUsedAt = now;
    }
    return info;
}

bool AdminTokens::revoke(qint64 id, qint64 now, QString *error)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE admin_tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"));
    q.addBindValue(now);
    q.addBindValue(id);
    if (!q.exec())
        return fail(q, error);
    if (q.numRowsAffected() != 1) {
        *error = QStringLiteral("no active token with id %1").arg(id);
        return false;
    }
    return true;
}

QList<AdminTokenInfo> AdminTokens::list(QString *error) const
{
    QList<AdminTokenInfo> tokens;
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("SELECT %1 FROM admin_tokens ORDER BY id").arg(QLatin1String(kColumns)))) {
        fail(q, error);
        return tokens;
    }
    while (q.next())
        tokens.append(readToken(q));
    return tokens;
}

} // namespace companion::server
