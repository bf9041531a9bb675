#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <exception>
#include <optional>

namespace sandbox {

// A Stripe API error as the handlers raise it; the server turns it into Stripe's
// error envelope and HTTP status.
class StripeException : public std::exception
{
public:
    StripeException(int status, QString type, QString message, QString code = {}, QString param = {});

    static StripeException invalid(const QString &message, const QString &param = {},
                                   const QString &code = QStringLiteral("parameter_invalid"));
    static StripeException missingParam(const QString &param);
    static StripeException notFound(const QString &resource, const QString &id, const QString &param = QStringLiteral("id"));
    static StripeException card(const QString &code, const QString &declineCode, const QString &message);

    int status() const { return m_status; }
    QJsonObject body() const;
    StripeException &with(const QString &key, const QJsonValue &value);
    const char *what() const noexcept override { return "stripe api error"; }

private:
    int m_status;
    QJsonObject m_error;
};

// One API call, decoded: method, path, parameters (query + form body), who calls.
struct ApiRequest {
    QString method;     // GET, POST, DELETE
    QString path;       // /v1/customers/cus_123
    QJsonObject params; // decoded bracket form
    QStringList pathArgs;
    QString requestId;
    QString idempotencyKey;
    QString apiVersion; // the request's Stripe-Version, else the account's default

    // Whether the request speaks `date` (YYYY-MM-DD) or a later version: what a
    // version removed is still accepted from clients pinned before it.
    bool versionAtLeast(const char *date) const { return apiVersion.left(10) >= QLatin1String(date); }

    bool has(const QString &key) const { return params.contains(key); }
    QString string(const QString &key, const QString &fallback = {}) const;
    QString requiredString(const QString &key) const;
    std::optional<bool> boolean(const QString &key) const;        // throws on other text
    std::optional<qint64> integer(const QString &key) const;      // throws on other text
    QStringList expand() const;                                   // expand[] values
    QJsonObject object(const QString &key) const;                 // a nested hash param
    int limit() const;                                            // 1..100, default 10
};

struct ApiResponse {
    int status = 200;
    QJsonObject body;
};

// Applies "metadata[k]=v" updates Stripe's way: "" deletes a key, metadata="" clears all.
QJsonObject mergeMetadata(const QJsonObject &current, const ApiRequest &request);
// The same for a metadata hash nested in another parameter (subscription_data[metadata]).
QJsonObject mergeMetadata(const QJsonObject &current, const QJsonValue &update, const QString &param);

} // namespace sandbox
