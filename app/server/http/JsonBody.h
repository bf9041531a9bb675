#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion::server {

// A request body that must be a JSON object (an empty body counts as {}): what the
// learner and admin APIs accept. Its size was capped by the HTTP layer before it was
// read (HTTP_MAX_BODY_BYTES).
struct JsonBody {
    std::optional<QJsonObject> object;
    QString errorCode;    // invalid_json
    QString errorMessage;

    static JsonBody parse(const QByteArray &body);
};

} // namespace companion::server
