#pragma once

#include "AfterFailedRetries.h"
#include "ApiTypes.h"

#include <QJsonObject>

#include <functional>
#include <optional>

namespace sandbox {

class EventLog;
class Ids;
class SandboxClock;
class SandboxStore;
struct ObjectPage;
struct Condition;

// What every resource handler needs: the account's state, its clock, ids and events,
// plus the shared rules for loading, expanding and listing objects.
struct SandboxContext {
    SandboxStore &store;
    SandboxClock &clock;
    Ids &ids;
    EventLog &events;
    AfterFailedRetries afterFailedRetries = AfterFailedRetries::Cancel;
    QString baseUrl; // where the sandbox serves its hosted pages (invoice links name it)

    // The object `id` of `type`, or Stripe's 404 "No such <resource>".
    QJsonObject load(const QString &id, const QString &type, const QString &resource,
                     const QString &param = QStringLiteral("id")) const;
    void save(const QJsonObject &object) const;
    // Records `type` about `object`, caused by `request` (announced once it commits).
    void emitEvent(const QString &type, const QJsonObject &object, const ApiRequest &request,
                   const QJsonObject &previousAttributes = {}) const;

    // `object` with the request's expand[] applied.
    ApiResponse respond(const QJsonObject &object, const ApiRequest &request) const;
    // How a listed item is shown, given the expand[] paths below it (default: expand()).
    using ItemView = std::function<QJsonObject(const QJsonObject &item, const QStringList &paths)>;
    // A Stripe list envelope for `url`, expand[] with its "data." prefix applied to each item.
    ApiResponse respondList(const QString &url, const ObjectPage &page, const ApiRequest &request, const ItemView &view = {}) const;
    QJsonObject expand(QJsonObject object, const QStringList &paths) const;
    // A field Stripe includes only when expanded (customer.subscriptions, .sources,
    // .tax_ids, .cash_balance, .invoice_credit_balance), nullopt for any other.
    std::optional<QJsonValue> includable(const QJsonObject &object, const QString &field) const;
    // The object as clients see it: without the sandbox's private "_…" fields.
    static QJsonObject publicView(QJsonObject object);

    // A page of `type` newest first, with the request's limit and cursors, as a list response;
    // `view` shows objects whose list items render like a retrieved one (invoices' includable payments).
    ApiResponse listObjects(const QString &type, const QList<Condition> &conditions, const QString &url,
                            const ApiRequest &request, const ItemView &view = {}) const;

    // created[gt|gte|lt|lte] (or created=N) as list conditions.
    static void addCreatedFilter(const ApiRequest &request, QList<Condition> &conditions,
                                 const QString &param = QStringLiteral("created"));
};

} // namespace sandbox
