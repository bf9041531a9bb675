#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

namespace companion::server {

struct AdminTokenInfo {
    qint64 id = 0;
    QString label;
    QString hint; // cat_…wxyz
    qint64 createdAt = 0;
    QString createdBy;
    qint64 lastUsedAt = 0;
    qint64 revokedAt = 0;
};

// Bearer tokens for the admin API. A token is 160 random bits shown once at
// creation; the database keeps only its SHA-256 (enough for a random secret of
// that size: there is nothing to brute-force), so a database dump grants nothing.
class AdminTokens
{
public:
    explicit AdminTokens(QSqlDatabase db);

    // The new token, or empty with *error set.
    QString create(const QString &label, const QString &createdBy, qint64 now, QString *error);
    // The token's row when it is known and not revoked. Errors are database errors.
    std::optional<AdminTokenInfo> verify(const QByteArray &token, qint64 now, QString *error);
    bool revoke(qint64 id, qint64 now, QString *error);
    QList<AdminTokenInfo> list(QString *error) const;

    static QByteArray hash(const QByteArray &token);
    static constexpr char kPrefix[] = "cat_";

private:
    QSqlDatabase m_db;
};

} // namespace companion::server
