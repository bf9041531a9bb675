#include "RetryKeys.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QUuid>

namespace companion::stripe {

namespace {
constexpr qint64 kKeepSeconds = 23 * 3600;
}

RetryKeys::RetryKeys(Clock clock)
    : m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentSecsSinceEpoch(); }))
{
}

QString RetryKeys::fingerprint(const QString &method, const QString &path, const QJsonObject &params)
{
    // QJsonObject keeps its keys sorted, so equal parameters give equal text.
    return method + u' ' + path + u' ' + QString::fromUtf8(QJsonDocument(params).toJson(QJsonDocument::Compact));
}

void RetryKeys::dropExpired(qint64 now)
{
    for (auto it = m_keys.begin(); it != m_keys.end();)
        it = now - it->createdAt >= kKeepSeconds ? m_keys.erase(it) : std::next(it);
}

QString RetryKeys::keyFor(const QString &method, const QString &path, const QJsonObject &params)
{
    const qint64 now = m_clock();
    dropExpired(now);
    Entry &entry = m_keys[fingerprint(method, path, params)];
    if (entry.key.isEmpty())
        entry = {QStringLiteral("cc-") + QUuid::createUuid().toString(QUuid::WithoutBraces), now};
    return entry.key;
}

void RetryKeys::settle(const QString &method, const QString &path, const QJsonObject &params, const std::optional<StripeError> &error)
{
    if (!error || !error->outcomeUnknown())
        m_keys.remove(fingerprint(method, path, params));
}

} // namespace companion::stripe
