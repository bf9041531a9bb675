#include "LearnerApi.h"

#include "ServerEnvironment.h"
#include "auth/Jwt.h"

#include <QDateTime>
#include <QJsonDocument>

namespace companion::test {

LearnerApi::LearnerApi(QUrl server, QString userId, QString email)
    : m_server(std::move(server))
    , m_userId(std::move(userId))
    , m_email(std::move(email))
{
    m_token = token();
}

QByteArray LearnerApi::token(qint64 lifetime, const QByteArray &secret) const
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QJsonObject claims{{QStringLiteral("sub"), m_userId}, {QStringLiteral("iat"), now}, {QStringLiteral("exp"), now + lifetime}};
    if (!m_email.isEmpty())
        claims.insert(QStringLiteral("email"), m_email);
    return server::JwtVerifier::sign(claims, secret.isEmpty() ? QByteArray(kJwtSecret) : secret);
}

HttpReply LearnerApi::get(const QString &path) const
{
    return httpRequest("GET", m_server.resolved(QUrl(path)), {{"Authorization", "Bearer " + m_token}});
}

HttpReply LearnerApi::post(const QString &path, const QJsonObject &body, const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    return postRaw(path, QJsonDocument(body).toJson(QJsonDocument::Compact), headers);
}

HttpReply LearnerApi::postRaw(const QString &path, const QByteArray &body, const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    return httpRequest("POST", m_server.resolved(QUrl(path)),
                       QList<QPair<QByteArray, QByteArray>>{{"Authorization", "Bearer " + m_token}, {"Content-Type", "application/json"}} + headers,
                       body);
}

QJsonObject LearnerApi::json(const HttpReply &reply)
{
    return QJsonDocument::fromJson(reply.body).object();
}

QString LearnerApi::errorCode(const HttpReply &reply)
{
    return json(reply).value(QStringLiteral("error")).toObject().value(QStringLiteral("code")).toString();
}

} // namespace companion::test
