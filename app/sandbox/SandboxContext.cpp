#include "SandboxContext.h"

#include "EventLog.h"
#include "SandboxStore.h"

#include <QJsonArray>

namespace sandbox {

namespace {
constexpr int kMaxExpandDepth = 4; // Stripe's limit
}

QJsonObject SandboxContext::load(const QString &id, const QString &type, const QString &resource, const QString &param) const
{
    const auto object = store.get(id);
    // Deleted objects (a customer's stub) count as missing for everything but GET.
    if (!object || object->value(QStringLiteral("object")).toString() != type || object->value(QStringLiteral("deleted")).toBool())
        throw StripeException::notFound(resource, id, param);
    return *object;
}

void SandboxContext::save(const QJsonObject &object) const
{
    QString error;
    if (!store.put(object, &error))
        throw StripeException(500, QStringLiteral("api_error"), QStringLiteral("The sandbox could not save: %1").arg(error));
}

void SandboxContext::emitEvent(const QString &type, const QJsonObject &object, const ApiRequest &request,
                               const QJsonObject &previousAttributes) const
{
    events.emitEvent(type, object, previousAttributes, request.requestId, request.idempotencyKey);
}

QJsonObject SandboxContext::publicView(QJsonObject object)
{
    for (auto it = object.begin(); it != object.end();) {
        if (it.key().startsWith(u'_'))
            it = object.erase(it);
        else
            ++it;
    }
    return object;
}

QJsonObject SandboxContext::expand(QJsonObject object, const QStringList &paths) const
{
    object = publicView(object);
    for (const QString &path : paths) {
        const QStringList parts = path.split(u'.');
        if (parts.size() > kMaxExpandDepth)
            throw StripeException::invalid(QStringLiteral("You cannot expand more than 4 levels of a property. Property: %1").arg(path),
                                           QStringLiteral("expand"));
        const QString head = parts.first();
        const QString rest = parts.mid(1).join(u'.');
        const QJsonValue value = object.value(head);
        if (value.isString()) {
            const auto target = store.get(value.toString());
            if (!target)
                continue; // a dangling reference stays an id, as Stripe does for deleted objects
            object.insert(head, rest.isEmpty() ? publicView(*target) : expand(*target, {rest}));
        } else if (value.isObject() && !rest.isEmpty()) {
            QJsonObject inner = value.toObject();
            // Lists nested in objects (subscription.items) expand "data.x" per item.
            if (inner.value(QStringLiteral("object")).toString() == QLatin1String("list") && rest.startsWith(QLatin1String("data."))) {
                QJsonArray items;
                for (const QJsonValue &item : inner.value(QStringLiteral("data")).toArray())
                    items.append(expand(item.toObject(), {rest.mid(5)}));
                inner.insert(QStringLiteral("data"), items);
                object.insert(head, inner);
            } else {
                object.insert(head, expand(inner, {rest}));
            }
        } else if (!object.contains(head)) {
            throw StripeException::invalid(
                QStringLiteral("This property cannot be expanded (%1).").arg(path), QStringLiteral("expand"));
        }
    }
    return object;
}

ApiResponse SandboxContext::respond(const QJsonObject &object, const ApiRequest &request) const
{
    return {200, expand(object, request.expand())};
}

ApiResponse SandboxContext::respondList(const QString &url, const ObjectPage &page, const ApiRequest &request) const
{
    QStringList itemPaths;
    for (const QString &path : request.expand()) {
        if (!path.startsWith(QLatin1String("data.")))
            throw StripeException::invalid(QStringLiteral("This property cannot be expanded (%1). You may want to try expanding "
                                                          "'data.%1' instead.").arg(path), QStringLiteral("expand"));
        itemPaths << path.mid(5);
    }
    QJsonArray data;
    for (const QJsonObject &item : page.data)
        data.append(expand(item, itemPaths));
    return {200,
            {{QStringLiteral("object"), QStringLiteral("list")},
             {QStringLiteral("url"), url},
             {QStringLiteral("has_more"), page.hasMore},
             {QStringLiteral("data"), data}}};
}

ApiResponse SandboxContext::listObjects(const QString &type, const QList<Condition> &conditions, const QString &url,
                                        const ApiRequest &request) const
{
    const QString after = request.string(QStringLiteral("starting_after"));
    const QString before = request.string(QStringLiteral("ending_before"));
    if (!after.isEmpty() && !before.isEmpty())
        throw StripeException::invalid(QStringLiteral("You may only specify one of these parameters: ending_before, starting_after."),
                                       QStringLiteral("ending_before"));
    const auto page = store.list(type, conditions, request.limit(), after, before);
    if (!page) {
        const bool isAfter = !after.isEmpty();
        throw StripeException::notFound(type, isAfter ? after : before,
                                        isAfter ? QStringLiteral("starting_after") : QStringLiteral("ending_before"));
    }
    return respondList(url, *page, request);
}

void SandboxContext::addCreatedFilter(const ApiRequest &request, QList<Condition> &conditions, const QString &param)
{
    const QJsonValue value = request.params.value(param);
    if (value.isUndefined())
        return;
    const QString path = QStringLiteral("$.") + param;
    if (value.isString()) {
        conditions.append({path, QStringLiteral("="), {request.integer(param).value_or(0)}});
        return;
    }
    static const QList<QPair<QString, QString>> ops{{QStringLiteral("gt"), QStringLiteral(">")}, {QStringLiteral("gte"), QStringLiteral(">=")},
                                                    {QStringLiteral("lt"), QStringLiteral("<")}, {QStringLiteral("lte"), QStringLiteral("<=")}};
    const QJsonObject range = value.toObject();
    for (auto it = range.begin(); it != range.end(); ++it) {
        bool ok = false;
        const qint64 bound = it.value().toString().toLongLong(&ok);
        const auto op = std::find_if(ops.begin(), ops.end(), [&](const auto &p) { return p.first == it.key(); });
        if (!ok || op == ops.end())
            throw StripeException::invalid(QStringLiteral("Invalid %1[%2]").arg(param, it.key()), param);
        conditions.append({path, op->second, {bound}});
    }
}

} // namespace sandbox
