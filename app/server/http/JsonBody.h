#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace companion::server {

// A request body that must be a JSON object (an empty body counts as {}), with
// a size cap: what the learner and admin APIs accept.
struct JsonBody {
    static constexpr qsizetype kMaxBytes = 16 * 1024;

    std::optional<QJsonObject> object;
    QString errorCode;    // payload_too_large or invalid_json
    QString errorMessage;
    bool tooLarge() const { return errorCode == QLatin1String("payload_too_large"); }

    static JsonBody parse(const QByteArray &body);
};

} // namespace companion::server
