#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace companion::http {

// An answer to write: status, fields and a whole body (Content-Length framed).
struct HttpResponse {
    int status = 200;
    QByteArray contentType;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    // The bytes on the wire. `keepAlive` false adds "Connection: close"; a HEAD
    // request's answer carries the body's length, not the body.
    QByteArray serialize(bool keepAlive, bool headRequest) const;
    // Replaces every field called `name` (case-insensitive) with this one.
    void setHeader(const QByteArray &name, const QByteArray &value);
    // `body` as compact JSON (application/json).
    static HttpResponse json(int status, const QJsonObject &body);
    static QByteArray reasonPhrase(int status);
};

} // namespace companion::http
