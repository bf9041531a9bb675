#include "AuthenticationPages.h"

#include "FormDecoder.h"
#include "SandboxContext.h"
#include "SandboxStore.h"
#include "UnitOfWork.h"
#include "billing/PaymentIntentFlow.h"
#include "billing/SetupIntentFlow.h"

#include "http/HttpServer.h"

#include <QFile>
#include <QLocale>
#include <QUrl>
#include <QUrlQuery>

namespace sandbox {

namespace {

using companion::http::HttpMethod;
using companion::http::HttpRequest;
using companion::http::HttpResponder;
using companion::http::HttpResponse;

HttpResponse html(const QString &body, int status = 200)
{
    return {status, QByteArrayLiteral("text/html; charset=utf-8"), {}, body.toUtf8()};
}

HttpResponse message(const QString &text, int status = 200)
{
    return html(QStringLiteral("<!doctype html><title>3-D Secure</title><p>%1</p>").arg(text.toHtmlEscaped()), status);
}

bool isPaymentIntent(const QJsonObject &intent)
{
    return intent.value(QStringLiteral("object")).toString() == QLatin1String("payment_intent");
}

// A PaymentIntent or SetupIntent waiting for the payer's authentication.
std::optional<QJsonObject> waitingIntent(const SandboxContext &ctx, const QString &id)
{
    const auto intent = ctx.store.get(id);
    if (!intent)
        return std::nullopt;
    const QString type = intent->value(QStringLiteral("object")).toString();
    if (type != QLatin1String("payment_intent") && type != QLatin1String("setup_intent"))
        return std::nullopt;
    return intent;
}

} // namespace

AuthenticationPages::AuthenticationPages(const SandboxContext &context, const UnitOfWork &work, QString baseUrl)
    : m_ctx(context)
    , m_work(work)
    , m_baseUrl(std::move(baseUrl))
{
}

void AuthenticationPages::registerRoutes(companion::http::HttpServer &http)
{
    http.route(QStringLiteral("/3d_secure/<arg>"), HttpMethod::Get,
               [this](const QString &id, const HttpRequest &, HttpResponder &&responder) { responder.respond(page(id)); });
    http.route(QStringLiteral("/3d_secure/<arg>"), HttpMethod::Post, [this](const QString &id, const HttpRequest &request, HttpResponder &&responder) {
        responder.respond(answer(id, request.body()));
    });
}

HttpResponse AuthenticationPages::page(const QString &intentId) const
{
    const auto intent = waitingIntent(m_ctx, intentId);
    if (!intent)
        return message(QStringLiteral("This authentication link is not valid."), 404);
    if (intent->value(QStringLiteral("status")).toString() != QLatin1String("requires_action"))
        return message(QStringLiteral("There is nothing to authenticate: this intent is %1.").arg(intent->value(QStringLiteral("status")).toString()));
    const auto method = m_ctx.store.get(intent->value(QStringLiteral("payment_method")).toString());
    const QString last4 = method ? method->value(QStringLiteral("card")).toObject().value(QStringLiteral("last4")).toString() : QString();
    const QString currency = intent->value(QStringLiteral("currency")).toString();
    const QString amount = isPaymentIntent(*intent)
        ? QLocale(QLocale::English, QLocale::UnitedStates)
              .toCurrencyString(double(intent->value(QStringLiteral("amount")).toInteger()) / 100,
                                currency == QLatin1String("usd") ? QStringLiteral("$") : currency.toUpper() + u' ')
        : QStringLiteral("0 (saving the card for later payments)");
    QFile file(QStringLiteral(":/sandbox-pages/authenticate.html"));
    file.open(QIODevice::ReadOnly);
    QString page = QString::fromUtf8(file.readAll());
    const QList<QPair<QString, QString>> values{{QStringLiteral("action"), QStringLiteral("/3d_secure/") + intentId},
                                                {QStringLiteral("amount"), amount},
                                                {QStringLiteral("last4"), last4},
                                                {QStringLiteral("card"), QString()},
                                                {QStringLiteral("email"), QString()},
                                                {QStringLiteral("name"), QString()}};
    for (const auto &[key, value] : values)
        page.replace(QStringLiteral("{{%1}}").arg(key), value.toHtmlEscaped());
    return html(page);
}

HttpResponse AuthenticationPages::answer(const QString &intentId, const QByteArray &body) const
{
    QString decodeError;
    const QJsonObject form = FormDecoder::decode(body, &decodeError).value_or(QJsonObject());
    const QString choice = form.value(QStringLiteral("authentication")).toString();
    if (choice != QLatin1String("approve") && choice != QLatin1String("fail"))
        return message(QStringLiteral("Choose to complete or to fail the authentication."), 400);
    const auto intent = waitingIntent(m_ctx, intentId);
    if (!intent)
        return message(QStringLiteral("This authentication link is not valid."), 404);
    if (intent->value(QStringLiteral("status")).toString() != QLatin1String("requires_action"))
        return message(QStringLiteral("There is nothing to authenticate: this intent is %1.").arg(intent->value(QStringLiteral("status")).toString()));

    const bool approved = choice == QLatin1String("approve");
    QJsonObject after;
    m_work.run([&] {
        if (isPaymentIntent(*intent))
            after = PaymentIntentFlow(m_ctx, m_baseUrl).authenticate(*intent, approved, ApiRequest{}).intent;
        else
            after = SetupIntentFlow(m_ctx, m_baseUrl).authenticate(*intent, approved, ApiRequest{}).intent;
        return ApiResponse{};
    });
    const QString status = after.value(QStringLiteral("status")).toString();
    const bool succeeded = status == QLatin1String("succeeded") || status == QLatin1String("requires_capture");
    const QString returnUrl = intent->value(QStringLiteral("_return_url")).toString();
    if (returnUrl.isEmpty())
        return message(succeeded ? QStringLiteral("Authentication complete. You can close this page.")
                                 : QStringLiteral("Authentication failed. You can close this page."));
    // Stripe returns the payer with the intent's id and client secret, and how it went.
    const QString kind = isPaymentIntent(*intent) ? QStringLiteral("payment_intent") : QStringLiteral("setup_intent");
    QUrl url(returnUrl);
    QUrlQuery query(url);
    query.addQueryItem(kind, intentId);
    query.addQueryItem(kind + QStringLiteral("_client_secret"), intent->value(QStringLiteral("client_secret")).toString());
    query.addQueryItem(QStringLiteral("redirect_status"), succeeded ? QStringLiteral("succeeded") : QStringLiteral("failed"));
    url.setQuery(query);
    return {303, {}, {{QByteArrayLiteral("Location"), url.toString(QUrl::FullyEncoded).toUtf8()}}, {}};
}

} // namespace sandbox
