#include "HttpRouter.h"

namespace companion::http {

namespace {
const QString kArg = QStringLiteral("<arg>");
}

void HttpRouter::add(HttpMethod method, const QString &pattern, qsizetype maxBody, Handler handler)
{
    m_routes.append({method, pattern.split(u'/'), maxBody, std::move(handler)});
}

std::optional<HttpRouter::Match> HttpRouter::match(HttpMethod method, const QString &path) const
{
    const QStringList segments = path.split(u'/');
    for (const Route &route : m_routes) {
        if (route.method != method || route.segments.size() != segments.size())
            continue;
        Match found{&route.handler, {}, route.maxBody, {}};
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            if (route.segments.at(i) == kArg) {
                matches = !segments.at(i).isEmpty();
                found.args << segments.at(i);
            } else {
                matches = route.segments.at(i) == segments.at(i);
            }
        }
        if (matches) {
            found.pattern = route.segments.join(u'/');
            return found;
        }
    }
    return std::nullopt;
}

} // namespace companion::http
