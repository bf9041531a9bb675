#include "ApiKeyCheck.h"

#include "util/Redact.h"

namespace sandbox {

ApiKeyCheck::ApiKeyCheck(QStringList keys)
    : m_keys(std::move(keys))
{
}

std::optional<QString> ApiKeyCheck::rejection(const companion::http::HttpRequest &request, QString *sentKey) const
{
    const QByteArray header = request.value("Authorization").trimmed();
    QString key;
    if (header.startsWith("Bearer ")) {
        key = QString::fromUtf8(header.mid(7).trimmed());
    } else if (header.startsWith("Basic ")) {
        const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
        key = QString::fromUtf8(decoded.left(decoded.indexOf(':') < 0 ? decoded.size() : decoded.indexOf(':')));
    }
    if (sentKey)
        *sentKey = key;
    if (key.isEmpty()) {
        return QStringLiteral("You did not provide an API key. You need to provide your API key in the Authorization "
                              "header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').");
    }
    if (key.startsWith(QLatin1String("sk_live_")) || key.startsWith(QLatin1String("rk_live_")))
        return QStringLiteral("stripe-sandbox is test mode only and refuses live keys: %1").arg(companion::util::redactSecret(key));
    if (!m_keys.contains(key))
        return QStringLiteral("Invalid API Key provided: %1").arg(companion::util::redactSecret(key));
    return std::nullopt;
}

} // namespace sandbox
