#include "SandboxContext.h"

#include "EventLog.h"
#include "ObjectDefaults.h"
#include "SandboxStore.h"

#include <QJsonArray>

namespace sandbox {

namespace {
constexpr int kMaxExpandDepth = 4; // Stripe's limit

QJsonObject listOf(const QList<QJsonObject> &items, const QString &url)
{
    QJsonArray data;
    for (const QJsonObject &item : items)
        data.append(SandboxContext::publicView(item));
    return {{QStringLiteral("object"), QStringLiteral("list")}, {QStringLiteral("data"), data},
            {QStringLiteral("has_more"), false}, {QStringLiteral("total_count"), data.size()}, {QStringLiteral("url"), url}};
}
} // namespace

std::optional<QJsonValue> SandboxContext::includable(const QJsonObject &object, const QString &field) const
{
    const QString type = object.value(QStringLiteral("object")).toString();
    const QString id = object.value(QStringLiteral("id")).toString();
    if (type != QLatin1String("customer"))
        return std::nullopt;
    const QString url = QStringLiteral("/v1/customers/%1/%2").arg(id, field);
    if (field == QLatin1String("subscriptions")) // what Stripe lists there: the ones not yet ended
        return listOf(store.all(QStringLiteral("subscription"),
                                {{QStringLiteral("$.customer"), QStringLiteral("="), {id}},
                                 {QStringLiteral("$.status"), QStringLiteral("NOT IN"),
                                  {QStringLiteral("canceled"), QStringLiteral("incomplete_expired")}}}),
                      url);
    if (field == QLatin1String("sources") || field == QLatin1String("tax_ids")) // the sandbox has neither
        return listOf({}, url);
    if (field == QLatin1String("cash_balance"))
        return QJsonObject{{QStringLiteral("object"), QStringLiteral("cash_balance")},
                           {QStringLiteral("available"), QJsonValue()},
                           {QStringLiteral("customer"), id},
                           {QStringLiteral("livemode"), false},
                           {QStringLiteral("settings"), QJsonObject{{QStringLiteral("reconciliation_mode"), QStringLiteral("automatic")},
                                                                    {QStringLiteral("using_merchant_default"), true}}}};
    if (field == QLatin1String("invoice_credit_balance"))
        return QJsonObject();
    return std::nullopt;
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
    object = ObjectDefaults::complete(publicView(object));
    for (const QString &path : paths) {
        const QStringList parts = path.split(u'.');
        if (parts.size() > kMaxExpandDepth)
            throw StripeException::invalid(QStringLiteral("You cannot expand more than 4 levels of a property. Property: %1").arg(path),
                                           QStringLiteral("expand"));
        const QString head = parts.first();
        const QString rest = parts.mid(1).join(u'.');
        QJsonValue value = object.value(head);
        if (value.isUndefined()) {
            // Fields Stripe leaves out unless asked for (customer.subscriptions, …).
            if (const auto included = includable(object, head)) {
                value = *included;
                object.insert(head, value);
            }
        }
        if (value.isString()) {
            const auto target = store.get(value.toString());
            if (!target)
                continue; // a dangling reference stays an id, as Stripe does for deleted objects
            // Expanded objects are shown as clients see them: private "_…" fields stay hidden.
            object.insert(head, expand(*target, rest.isEmpty() ? QStringList() : QStringList{rest}));
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
        } else if (value.isArray()) {
            // Arrays of ids (subscription.discounts) or of objects holding ids
            // (invoice.total_discount_amounts[].discount) expand element by element.
            QJsonArray items;
            for (const QJsonValue &item : value.toArray()) {
                const auto target = item.isString() ? store.get(item.toString()) : std::nullopt;
                if (target)
                    items.append(rest.isEmpty() ? publicView(*target) : expand(*target, {rest}));
                else if (item.isObject() && !rest.isEmpty())
                    items.append(expand(item.toObject(), {rest}));
                else
                    items.append(item);
            }
            object.insert(head, items);
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

ApiResponse SandboxContext::respondList(const QString &url, const ObjectPage &page, const ApiRequest &request, const ItemView &view) const
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
        data.append(view ? view(item, itemPaths) : expand(item, itemPaths));
    return {200,
            {{QStringLiteral("object"), QStringLiteral("list")},
             {QStringLiteral("url"), url},
             {QStringLiteral("has_more"), page.hasMore},
             {QStringLiteral("data"), data}}};
}

ApiResponse SandboxContext::listObjects(const QString &type, const QList<Condition> &conditions, const QString &url,
                                        const ApiRequest &request, const ItemView &view) const
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
    return respondList(url, *page, request, view);
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
