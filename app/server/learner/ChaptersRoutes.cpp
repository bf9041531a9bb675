#include "ChaptersRoutes.h"

#include "http/HttpServer.h"
#include "http/InFlight.h"

#include <QJsonArray>

namespace companion::server {

namespace {
using Status = QHttpServerResponse::StatusCode;

QJsonObject upgradeHint()
{
    return {
        {QStringLiteral("message"), QStringLiteral("Premium unlocks chapters 4-6 for $9.99/month.")},
        {QStringLiteral("checkout_endpoint"), QStringLiteral("/api/v1/payments/create-checkout-session")},
        {QStringLiteral("method"), QStringLiteral("POST")},
        {QStringLiteral("plans"), QJsonArray{QStringLiteral("monthly"), QStringLiteral("yearly")}},
    };
}
} // namespace

ChaptersRoutes::ChaptersRoutes(ServerContext context, LearnerGate &gate, ChapterCatalog catalog, QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_gate(gate)
    , m_catalog(std::move(catalog))
{
}

void ChaptersRoutes::registerRoutes(http::HttpServer &http)
{
    http.route(QStringLiteral("/api/v1/chapters"), http::HttpMethod::Get,
               [this](const http::HttpRequest &request, http::HttpResponder &&responder) {
                   const Exchange exchange = beginExchange(request, std::move(responder), &m_context.inFlight);
                   m_gate.open(request, exchange, LearnerGate::Limit::None, [this, exchange](const LearnerView &learner) {
                       QJsonArray chapters;
                       for (const Chapter &chapter : m_catalog.chapters())
                           chapters.append(chapter.summaryJson(!chapter.premium || learner.premium));
                       exchange->json(Status::Ok, {{QStringLiteral("is_premium"), learner.premium}, {QStringLiteral("chapters"), chapters}});
                   });
               });
    http.route(QStringLiteral("/api/v1/chapters/<arg>"), http::HttpMethod::Get,
               [this](const QString &id, const http::HttpRequest &request, http::HttpResponder &&responder) {
                   const Exchange exchange = beginExchange(request, std::move(responder), &m_context.inFlight);
                   m_gate.open(request, exchange, LearnerGate::Limit::None, [this, exchange, id](const LearnerView &learner) {
                       const auto chapter = m_catalog.find(id);
                       if (!chapter)
                           return exchange->error(Status::NotFound, QStringLiteral("chapter_not_found"),
                                                  QStringLiteral("There is no chapter \"%1\"; chapters are chapter-1 to chapter-%2.")
                                                      .arg(id.left(40)).arg(m_catalog.chapters().size()));
                       if (chapter->premium && !learner.premium)
                           return exchange->error(Status::Forbidden, QStringLiteral("premium_required"),
                                                  QStringLiteral("\"%1\" is a Premium chapter.").arg(chapter->title),
                                                  {{QStringLiteral("chapter_id"), chapter->id}, {QStringLiteral("upgrade"), upgradeHint()}});
                       QJsonObject body = chapter->summaryJson(true);
                       body.insert(QStringLiteral("content_markdown"), chapter->content);
                       exchange->json(Status::Ok, body);
                   });
               });
}

} // namespace companion::server
