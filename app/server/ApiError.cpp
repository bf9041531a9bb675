#include "ApiError.h"

#include <QJsonObject>

namespace companion::server {

QHttpServerResponse apiError(QHttpServerResponse::StatusCode status, const QString &code, const QString &message)
{
    const QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), error}}, status);
}

} // namespace companion::server
