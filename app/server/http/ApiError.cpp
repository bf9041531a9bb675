#include "ApiError.h"

namespace companion::server {

QJsonObject apiErrorBody(const QString &code, const QString &message, const QJsonObject &details)
{
    QJsonObject error = details;
    error.insert(QStringLiteral("code"), code);
    error.insert(QStringLiteral("message"), message);
    return QJsonObject{{QStringLiteral("detail"), message}, {QStringLiteral("error"), error}};
}

http::HttpResponse apiError(QHttpServerResponse::StatusCode status, const QString &code, const QString &message,
                             const QJsonObject &details)
{
    return http::HttpResponse::json(int(status), apiErrorBody(code, message, details));
}

} // namespace companion::server
