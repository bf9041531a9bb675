#pragma once

#include "ApiTypes.h"

#include <QList>
#include <QMap>
#include <QStringList>

#include <functional>
#include <memory>

namespace sandbox {

// The parameters one route accepts, written as Stripe names them in its errors:
// "email", "metadata" (anything beneath it), "card[number]", "items[][price]"
// ("[]" stands for an array's elements). `expand` is accepted everywhere.
using Params = QStringList;

// Maps "POST /v1/customers/:id" to a handler; ":name" segments become
// request.pathArgs in order. Unknown paths get Stripe's "Unrecognized request URL";
// a parameter the route does not take gets Stripe's 400 parameter_unknown naming it,
// before the handler runs (Stripe refuses, it never ignores).
class ApiRouter
{
public:
    using Handler = std::function<ApiResponse(const ApiRequest &)>;

    // What every list endpoint takes besides its filters.
    static const Params kListParams;

    ApiRouter();
    ~ApiRouter();

    void add(const QString &method, const QString &pattern, const Params &params, Handler handler);
    ApiResponse dispatch(ApiRequest &request) const;

    // The parameter tree of `params` (exposed for tests and for handlers that
    // check a nested hash they read themselves).
    struct ParamTree {
        bool any = false; // the whole subtree is accepted (metadata, expand)
        QMap<QString, ParamTree> children; // "" is an array's element
    };
    static ParamTree treeOf(const Params &params);
    // Throws parameter_unknown for the first given parameter `tree` does not accept.
    static void checkParams(const QJsonObject &given, const ParamTree &tree, const QString &prefix = {});

private:
    struct Route {
        QString method;
        QStringList segments;
        ParamTree params;
        Handler handler;
    };
    QList<Route> m_routes;
};

} // namespace sandbox
