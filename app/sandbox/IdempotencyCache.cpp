#include "IdempotencyCache.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sandbox {

namespace {
constexpr qint64 kRetentionSeconds = 24 * 3600;
}

IdempotencyCache::IdempotencyCache(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QString IdempotencyCache::fingerprint(const QString &method, const QString &path, const QJsonObject &params)
{
    // QJsonObject keeps keys sorted, so the same parameters in any order hash alike.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(method.toUtf8());
    hash.addData(" ");
    hash.addData(path.toUtf8());
    hash.addData(" ");
    hash.addData(QJsonDocument(params).toJson(QJsonDocument::Compact));
    return QString::fromLatin1(hash.result().toHex());
}

std::optional<IdempotencyCache::Stored> IdempotencyCache::find(const QString &account, const QString &key,
                                                               const QString &fingerprint, qint64 now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT params_hash, status, body, request_id FROM idempotency_keys "
                             "WHERE account = ? AND key = ? AND created > ?"));
    q.addBindValue(account);
    q.addBindValue(key);
    q.addBindValue(now - kRetentionSeconds);
    if (!q.exec() || !q.next())
        return std::nullopt;
    Stored stored;
    stored.sameRequest = q.value(0).toString() == fingerprint;
    stored.status = q.value(1).toInt();
    stored.body = QJsonDocument::fromJson(q.value(2).toByteArray()).object();
    stored.requestId = q.value(3).toString();
    return stored;
}

void IdempotencyCache::store(const QString &account, const QString &key, const QString &fingerprint, int status,
                             const QJsonObject &body, const QString &requestId, qint64 now)
{
    QSqlQuery q(m_db);
    // A key older than 24 h may be reused: the new request replaces it.
    q.prepare(QStringLiteral("INSERT INTO idempotency_keys (account, key, params_hash, status, body, request_id, created) "
                             "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (account, key) DO UPDATE SET "
                             "params_hash = excluded.params_hash, status = excluded.status, body = excluded.body, "
                             "request_id = excluded.request_id, created = excluded.created"));
    q.addBindValue(account);
    q.addBindValue(key);
    q.addBindValue(fingerprint);
    q.addBindValue(status);
    q.addBindValue(QString::fromUtf8(QJsonDocument(body).toJson(QJsonDocument::Compact)));
    q.addBindValue(requestId);
    q.addBindValue(now);
    q.exec();
}

} // namespace sandbox
