#pragma once

#include "RunningProgram.h"

#include <QJsonObject>
#include <QUrl>

namespace companion::test {

// A learner's side of companion-server: signs tokens like the course's sign-in
// service (HS256 with the test JWT secret) and calls the API over real HTTP.
class LearnerApi
{
public:
    LearnerApi(QUrl server, QString userId, QString email);

    // A token for this learner; `lifetime` seconds from now (negative: already expired).
    QByteArray token(qint64 lifetime = 3600, const QByteArray &secret = {}) const;
    void useToken(QByteArray token) { m_token = std::move(token); }

    HttpReply get(const QString &path) const;
    HttpReply post(const QString &path, const QJsonObject &body = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;
    HttpReply postRaw(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers = {}) const;

    static QJsonObject json(const HttpReply &reply);
    static QString errorCode(const HttpReply &reply);

private:
    QUrl m_server;
    QString m_userId;
    QString m_email;
    QByteArray m_token;
};

} // namespace companion::test
