#include "HttpRequest.h"

namespace companion::http {

QByteArray HttpRequest::value(QByteArrayView name) const
{
    for (const auto &[field, value] : m_headers) {
        if (name.compare(field, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::keepAlive() const
{
    // "Connection" is a list of options (RFC 9110 §7.6.1), in any case.
    bool close = false;
    bool keepAlive = false;
    for (const auto &[field, value] : m_headers) {
        if (QByteArrayView("connection").compare(field, Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray &option : value.split(',')) {
            const QByteArray token = option.trimmed().toLower();
            close = close || token == "close";
            keepAlive = keepAlive || token == "keep-alive";
        }
    }
    return !close && (m_minorVersion >= 1 || keepAlive);
}

} // namespace companion::http
