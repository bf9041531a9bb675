#include "ApiRouter.h"

#include <QJsonArray>

namespace sandbox {

const Params ApiRouter::kListParams{QStringLiteral("limit"), QStringLiteral("starting_after"), QStringLiteral("ending_before")};

ApiRouter::ApiRouter() = default;
ApiRouter::~ApiRouter() = default;

ApiRouter::ParamTree ApiRouter::treeOf(const Params &params)
{
    ParamTree root;
    for (const QString &spec : params + Params{QStringLiteral("expand")}) {
        // "items[][price]" → items, "", price
        QStringList parts;
        const int open = int(spec.indexOf(u'['));
        parts << (open < 0 ? spec : spec.left(open));
        if (open >= 0) {
            const QString rest = spec.mid(open);
            for (const QString &piece : rest.mid(1).chopped(1).split(QStringLiteral("][")))
                parts << piece;
        }
        ParamTree *node = &root;
        for (const QString &part : parts)
            node = &node->children[part];
        node->any = true;
    }
    return root;
}

namespace {
[[noreturn]] void unknown(const QString &name)
{
    throw StripeException::invalid(QStringLiteral("Received unknown parameter: %1").arg(name), name,
                                   QStringLiteral("parameter_unknown"));
}

QString nameOf(const QString &prefix, const QString &key)
{
    return prefix.isEmpty() ? key : QStringLiteral("%1[%2]").arg(prefix, key);
}

void checkValue(const QJsonValue &value, const ApiRouter::ParamTree &node, const QString &name)
{
    if (node.any)
        return;
    if (value.isObject()) {
        ApiRouter::checkParams(value.toObject(), node, name);
    } else if (value.isArray()) {
        const auto element = node.children.constFind(QString());
        const QJsonArray items = value.toArray();
        for (int i = 0; i < items.size(); ++i) {
            if (element == node.children.cend())
                unknown(QStringLiteral("%1[%2]").arg(name).arg(i));
            checkValue(items.at(i), *element, QStringLiteral("%1[%2]").arg(name).arg(i));
        }
    }
    // A plain value where a hash was expected is the handler's "Invalid hash".
}
} // namespace

void ApiRouter::checkParams(const QJsonObject &given, const ParamTree &tree, const QString &prefix)
{
    for (auto it = given.begin(); it != given.end(); ++it) {
        const auto child = tree.children.constFind(it.key());
        if (child == tree.children.cend())
            unknown(nameOf(prefix, it.key()));
        checkValue(it.value(), *child, nameOf(prefix, it.key()));
    }
}

void ApiRouter::add(const QString &method, const QString &pattern, const Params &params, Handler handler)
{
    m_routes.append({method, pattern.split(u'/', Qt::SkipEmptyParts), treeOf(params), std::move(handler)});
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
            checkParams(request.params, route.params);
            return route.handler(request);
        }
    }
    throw StripeException(404, QStringLiteral("invalid_request_error"),
                          QStringLiteral("Unrecognized request URL (%1: %2). Please see https://stripe.com/docs or we can help "
                                         "at https://support.stripe.com/.").arg(request.method, request.path));
}

} // namespace sandbox
