#pragma once

#include "HttpRequest.h"
#include "HttpResponder.h"

#include <QStringList>

#include <functional>
#include <optional>

namespace companion::http {

// Routes by method and path. A pattern's "<arg>" segment matches any one non-empty
// path segment and is handed to the handler, in order. Each route says how large a
// body it takes, so a request is refused before its body is read.
class HttpRouter
{
public:
    using Handler = std::function<void(const QStringList &args, const HttpRequest &request, HttpResponder &&responder)>;

    void add(HttpMethod method, const QString &pattern, qsizetype maxBody, Handler handler);

    struct Match {
        const Handler *handler = nullptr;
        QStringList args;
        qsizetype maxBody = 0;
        QString pattern; // as registered, "<arg>" included: a bounded label for metrics
    };
    std::optional<Match> match(HttpMethod method, const QString &path) const;

private:
    struct Route {
        HttpMethod method;
        QStringList segments;
        qsizetype maxBody;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace companion::http
