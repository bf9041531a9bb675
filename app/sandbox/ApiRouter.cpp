#include "ApiRouter.h"

namespace sandbox {

void ApiRouter::add(const QString &method, const QString &pattern, Handler handler)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), std::move(handler)});
}

ApiResponse ApiRouter::dispatch(ApiRequest &request) const
{
    const QStringList segments = request.path.split(u'/', Qt::SkipEmptyParts);
    for (const Route &route : m_routes) {
        if (route.method != request.method || route.segments.size() != segments.size())
            continue;
        QStringList args;
        bool match = true;
        for (int i = 0; i < segments.size() && match; ++i) {
            if (route.segments.at(i).startsWith(u':'))
                args << segments.at(i);
            else
                match = route.segments.at(i) == segments.at(i);
        }
        if (match) {
            request.pathArgs = args;
            return route.handler(request);
        }
    }
    throw StripeException(404, QStringLiteral("invalid_request_error"),
                          QStringLiteral("Unrecognized request URL (%1: %2). Please see https://stripe.com/docs or we can help "
                                         "at https://support.stripe.com/.").arg(request.method, request.path));
}

} // namespace sandbox
