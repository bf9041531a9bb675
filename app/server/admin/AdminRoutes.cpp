#include "AdminRoutes.h"

#include "ServerConfig.h"
#include "WebhookLog.h"
#include "auth/Jwt.h"
#include "billing/AuditLog.h"
#include "billing/BillingStore.h"
#include "http/ApiError.h"
#include "http/HttpServer.h"
#include "http/InFlight.h"
#include "learner/LearnerGate.h"
#include "webhooks/WebhookRoutes.h"

#include <QDateTime>
#include <QUrlQuery>

namespace companion::server {

namespace {
using Status = QHttpServerResponse::StatusCode;

AdminAnswer answer(int status, const QJsonObject &body)
{
    AdminAnswer a;
    a.status = status;
    a.body = body;
    return a;
}

AdminAnswer failure(int status, const QString &code, const QString &message)
{
    return answer(status, apiErrorBody(code, message));
}

void reply(HttpExchange &exchange, const AdminAnswer &result)
{
    if (result.databaseFailed)
        return answerDatabaseFailure(exchange, result);
    if (!result.authorized)
        return exchange.error(Status::Unauthorized, QStringLiteral("invalid_admin_token"),
                              QStringLiteral("Send a valid admin token: \"Authorization: Bearer cat_…\" "
                                             "(created with `companion-server admin-token create`)."),
                              {}, {{QByteArrayLiteral("WWW-Authenticate"), QByteArrayLiteral("Bearer realm=\"admin\"")}});
    exchange.json(Status(result.status), result.body);
}

// A whole number ≥ 0 from the query, or an error answer.
bool readNumber(const QUrlQuery &query, const QString &key, qint64 *out, QString *error)
{
    if (!query.hasQueryItem(key))
        return true;
    bool ok = false;
    *out = query.queryItemValue(key).toLongLong(&ok);
    if (!ok || *out < 0) {
        *error = QStringLiteral("%1 must be a whole number ≥ 0").arg(key);
        return false;
    }
    return true;
}
} // namespace

AdminRoutes::AdminRoutes(ServerContext context, WebhookRoutes &webhooks, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_webhooks(webhooks)
{
}

void AdminRoutes::registerRoutes(http::HttpServer &http)
{
    http.route(QStringLiteral("/api/v1/admin/webhook-events"), http::HttpMethod::Get,
               [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
                   listEvents(request, beginExchange(request, std::move(responder), &m_context.inFlight));
               });
    http.route(QStringLiteral("/api/v1/admin/webhook-events/<arg>"), http::HttpMethod::Get,
               [this](const QString &key, const http::HttpRequest &request, http::HttpResponder &&responder) {
                   run(request, beginExchange(request, std::move(responder), &m_context.inFlight), QStringLiteral("webhook_event.view"), key,
                       Reads::MayLag, [key](db::Connection &connection, const AdminTokenInfo &) {
                           const auto row = WebhookLog(connection.db).find(key);
                           return row ? answer(200, *row)
                                      : failure(404, QStringLiteral("not_found"), QStringLiteral("No webhook delivery %1.").arg(key.left(80)));
                       });
               });
    http.route(QStringLiteral("/api/v1/admin/webhook-events/<arg>/reprocess"), http::HttpMethod::Post,
               [this](const QString &key, const http::HttpRequest &request, http::HttpResponder &&responder) {
                   reprocess(key, request, beginExchange(request, std::move(responder), &m_context.inFlight));
               });
    // The desk's Health page: the log's last 24 hours and what this instance knows in memory.
    http.route(QStringLiteral("/api/v1/admin/health"), http::HttpMethod::Get,
               [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
                   const Exchange exchange = beginExchange(request, std::move(responder), &m_context.inFlight);
                   run(
                       request, exchange, QStringLiteral("health.view"), {}, Reads::MayLag,
                       [](db::Connection &connection, const AdminTokenInfo &) {
                           return answer(200, WebhookLog(connection.db).health(QDateTime::currentSecsSinceEpoch()));
                       },
                       [this, exchange](const AdminAnswer &result) {
                           if (!m_health)
                               return exchange->json(Status::Ok, result.body);
                           m_health([exchange, body = result.body](const QJsonObject &state) {
                               QJsonObject merged = body;
                               for (auto it = state.begin(); it != state.end(); ++it)
                                   merged.insert(it.key(), it.value());
                               exchange->json(Status::Ok, merged);
                           });
                       });
               });
    http.route(QStringLiteral("/api/v1/admin/webhook-stats"), http::HttpMethod::Get,
               [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
                   const Exchange exchange = beginExchange(request, std::move(responder), &m_context.inFlight);
                   const qint64 now = QDateTime::currentSecsSinceEpoch();
                   qint64 since = now - 24 * 3600;
                   QString error;
                   if (!readNumber(QUrlQuery(request.url()), QStringLiteral("since"), &since, &error))
                       return exchange->error(Status::BadRequest, QStringLiteral("invalid_parameter"), error);
                   run(request, exchange, QStringLiteral("webhook_stats.view"), {}, Reads::MayLag, [since, now](db::Connection &connection, const AdminTokenInfo &) {
                       return answer(200, WebhookLog(connection.db).stats(since, now));
                   });
               });
}

void AdminRoutes::run(const http::HttpRequest &request, const Exchange &exchange, const QString &action, const QString &target, Reads reads,
                      Job job, Then then)
{
    const QByteArray token = JwtVerifier::bearerToken(request.value("Authorization"));
    const QString query = request.url().query();
    db::ReadReplica *replica = reads == Reads::MayLag ? m_context.readReplica : nullptr;
    m_context.workers.run<AdminAnswer>(
        this,
        [token, action, target, query, replica, job = std::move(job)](db::Connection &connection) {
            const qint64 now = QDateTime::currentSecsSinceEpoch();
            QString error;
            const auto info = AdminTokens(connection.db).verify(token, now, &error);
            AdminAnswer result;
            if (!error.isEmpty()) {
                result.databaseFailed = true;
                result.databaseError = error;
                return result;
            }
            if (!info)
                return result;
            try {
                if (replica) {
                    db::ReadRoute route;
                    db::Connection reads = replica->choose(connection, &route);
                    result = job(reads, *info);
                    result.readRoute = route;
                } else {
                    result = job(connection, *info);
                }
                billing::AuditEntry entry;
                entry.actor = info->label;
                entry.source = QStringLiteral("admin-api");
                entry.action = action;
                entry.targetType = QStringLiteral("webhook_event");
                entry.targetId = target;
                entry.before = result.auditBefore;
                entry.after = QJsonObject{{QStringLiteral("status"), result.status}};
                if (!query.isEmpty())
                    entry.after.insert(QStringLiteral("query"), query.left(500));
                billing::AuditLog::record(connection.db, entry, now);
            } catch (const billing::StoreError &e) {
                result = AdminAnswer();
                result.databaseFailed = true;
                result.databaseError = e.message();
                return result;
            }
            result.authorized = true;
            result.token = *info;
            return result;
        },
        [exchange, then = std::move(then)](const AdminAnswer &result) {
            if (result.authorized)
                exchange->setActor(QStringLiteral("admin:") + result.token.label);
            if (result.readRoute) {
                // The desk says where its data came from and how old it may be.
                exchange->addHeader(QByteArrayLiteral("Companion-Read-Source"),
                                    result.readRoute->replica ? QByteArrayLiteral("replica") : QByteArrayLiteral("primary"));
                if (result.readRoute->lagSeconds >= 0)
                    exchange->addHeader(QByteArrayLiteral("Companion-Replica-Lag"), QByteArray::number(result.readRoute->lagSeconds, 'f', 3));
                if (!result.readRoute->reason.isEmpty())
                    exchange->addHeader(QByteArrayLiteral("Companion-Replica-Skipped"), result.readRoute->reason.toLatin1());
            }
            if (then && result.authorized && !result.databaseFailed && result.status < 300)
                return then(result);
            reply(*exchange, result);
        });
}

void AdminRoutes::listEvents(const http::HttpRequest &request, const Exchange &exchange)
{
    const QUrlQuery query(request.url());
    WebhookLogFilter filter;
    filter.type = query.queryItemValue(QStringLiteral("type"), QUrl::FullyDecoded).trimmed();
    filter.outcome = query.queryItemValue(QStringLiteral("outcome"), QUrl::FullyDecoded).trimmed();
    filter.userId = query.queryItemValue(QStringLiteral("user_id"), QUrl::FullyDecoded).trimmed();
    qint64 limit = 50;
    QString error;
    if (!readNumber(query, QStringLiteral("since"), &filter.since, &error) || !readNumber(query, QStringLiteral("until"), &filter.until, &error)
        || !readNumber(query, QStringLiteral("starting_after"), &filter.before, &error) || !readNumber(query, QStringLiteral("limit"), &limit, &error))
        return exchange->error(Status::BadRequest, QStringLiteral("invalid_parameter"), error);
    if (limit < 1 || limit > 500)
        return exchange->error(Status::BadRequest, QStringLiteral("invalid_parameter"), QStringLiteral("limit must be between 1 and 500"));
    if (!filter.outcome.isEmpty() && !WebhookLog::outcomes().contains(filter.outcome))
        return exchange->error(Status::BadRequest, QStringLiteral("invalid_parameter"),
                               QStringLiteral("outcome must be one of %1").arg(WebhookLog::outcomes().join(QStringLiteral(", "))));
    filter.limit = int(limit);
    run(request, exchange, QStringLiteral("webhook_events.list"), {}, Reads::MayLag, [filter](db::Connection &connection, const AdminTokenInfo &) {
        return answer(200, WebhookLog(connection.db).list(filter));
    });
}

void AdminRoutes::reprocess(const QString &key, const http::HttpRequest &request, const Exchange &exchange)
{
    // First who is asking and what the event looks like now (audited as "before")…
    run(request, exchange, QStringLiteral("webhook_event.reprocess"), key, Reads::Primary, [key](db::Connection &connection, const AdminTokenInfo &) {
        const auto row = WebhookLog(connection.db).find(key);
        if (!row)
            return failure(404, QStringLiteral("not_found"), QStringLiteral("No webhook delivery %1.").arg(key.left(80)));
        if (row->value(QStringLiteral("event_id")).isNull())
            return failure(400, QStringLiteral("not_reprocessable"),
                           QStringLiteral("This delivery was rejected before its signature was verified; there is no trusted event to apply."));
        AdminAnswer found = answer(200, *row);
        found.auditBefore = QJsonObject{{QStringLiteral("outcome"), row->value(QStringLiteral("outcome"))},
                                        {QStringLiteral("error"), row->value(QStringLiteral("error"))}};
        return found;
    }, [this, exchange](const AdminAnswer &found) {
        // …then the event goes through the webhook thread like a delivery (it may need Stripe).
        const QString eventId = found.body.value(QStringLiteral("event_id")).toString();
        const QJsonValue previous = found.body.value(QStringLiteral("outcome"));
        m_webhooks.reprocess(eventId, this, [exchange, eventId, previous](const billing::ProcessOutcome &outcome) {
            if (!outcome.stored)
                return answerDatabaseFailure(*exchange, DatabaseJobResult{true, outcome.error});
            exchange->json(Status::Ok, {
                {QStringLiteral("event_id"), eventId},
                {QStringLiteral("previous_outcome"), previous},
                {QStringLiteral("outcome"), outcome.name()},
                {QStringLiteral("error"), outcome.error.isEmpty() ? QJsonValue() : QJsonValue(outcome.error)},
                {QStringLiteral("user_id"), outcome.userId.isEmpty() ? QJsonValue() : QJsonValue(outcome.userId)},
            });
        });
    });
}

} // namespace companion::server
