#pragma once

#include "ApiTypes.h"

#include <QList>
#include <QStringList>

#include <functional>

namespace sandbox {

// Maps "POST /v1/customers/:id" to a handler; ":name" segments become
// request.pathArgs in order. Unknown paths get Stripe's "Unrecognized request URL".
class ApiRouter
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    void add(const QString &method, const QString &pattern, Handler handler);
    ApiResponse dispatch(ApiRequest &request) const;

private:
    struct Route {
        QString method;
        QStringList segments;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace sandbox
