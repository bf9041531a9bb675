#pragma once

#include <QJsonObject>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace sandbox {

// Stripe's idempotency for POST: the first response to a key is stored (24 h) and
// replayed for the same key and parameters; other parameters under the same key
// are an idempotency_error.
class IdempotencyCache
{
public:
    struct Stored {
        int status = 0;
        QJsonObject body;
        QString requestId;
        bool sameRequest = true; // false: same key, different endpoint or parameters
    };

    explicit IdempotencyCache(QSqlDatabase db);

    static QString fingerprint(const QString &method, const QString &path, const QJsonObject &params);

    std::optional<Stored> find(const QString &account, const QString &key, const QString &fingerprint, qint64 now);
    void store(const QString &account, const QString &key, const QString &fingerprint, int status,
               const QJsonObject &body, const QString &requestId, qint64 now);

private:
    QSqlDatabase m_db;
};

} // namespace sandbox
