#pragma once

#include "http/HttpResponse.h"

#include <QHttpServerResponse>
#include <QJsonObject>
#include <QString>

namespace companion::server {

// The server's one error shape, everywhere: FastAPI's {"detail":"<message>"} (what a
// client written from the original guide reads) beside our machine-readable
// {"error":{"code":"…","message":"…", …details}}.
QJsonObject apiErrorBody(const QString &code, const QString &message, const QJsonObject &details = {});
http::HttpResponse apiError(QHttpServerResponse::StatusCode status, const QString &code, const QString &message,
                             const QJsonObject &details = {});

} // namespace companion::server
