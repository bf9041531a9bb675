#include "JsonBody.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace companion::server {

JsonBody JsonBody::parse(const QByteArray &body)
{
    JsonBody result;
    if (body.trimmed().isEmpty()) {
        result.object = QJsonObject();
        return result;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        result.errorCode = QStringLiteral("invalid_json");
        result.errorMessage = error.error != QJsonParseError::NoError
            ? QStringLiteral("The body is not valid JSON (%1 at byte %2).").arg(error.errorString()).arg(error.offset)
            : QStringLiteral("The body must be a JSON object.");
        return result;
    }
    result.object = document.object();
    return result;
}

} // namespace companion::server
