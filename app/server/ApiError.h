#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace companion::server {

// The server's one error shape, everywhere: {"error":{"code":"…","message":"…"}}.
QHttpServerResponse apiError(QHttpServerResponse::StatusCode status, const QString &code, const QString &message);

} // namespace companion::server
