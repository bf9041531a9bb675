#include "SandboxClient.h"

#include <QJsonDocument>
#include <QThread>
#include <QUuid>

namespace companion::test {

namespace {
QByteArray encode(const QList<QPair<QString, QString>> &form)
{
    QUrlQuery query;
    for (const auto &[key, value] : form)
        query.addQueryItem(key, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    return query.query(QUrl::FullyEncoded).toUtf8();
}
} // namespace

SandboxClient::SandboxClient()
    : m_process(QStringLiteral(STRIPE_SANDBOX_BIN))
{
}

bool SandboxClient::start(QString *error, const QStringList &extraArguments)
{
    // In memory, unless the caller names a data file (to restart with the same account).
    const QStringList storage = extraArguments.contains(QStringLiteral("--data")) ? QStringList() : QStringList{QStringLiteral("--ephemeral")};
    return m_process.start(storage + extraArguments, QProcessEnvironment::systemEnvironment(), error);
}

SandboxClient::Reply SandboxClient::get(const QString &path, const QUrlQuery &query) const
{
    QUrl url = baseUrl().resolved(QUrl(path));
    url.setQuery(query);
    const HttpReply raw = httpRequest("GET", url, {{"Authorization", QByteArray("Bearer ") + kKey}});
    return {raw.status, QJsonDocument::fromJson(raw.body).object(), raw};
}

SandboxClient::Reply SandboxClient::post(const QString &path, const QList<QPair<QString, QString>> &form,
                                         const QList<QPair<QByteArray, QByteArray>> &headers) const
{
    QList<QPair<QByteArray, QByteArray>> all{{"Authorization", QByteArray("Bearer ") + kKey},
                                             {"Content-Type", "application/x-www-form-urlencoded"}};
    all += headers;
    const HttpReply raw = httpRequest("POST", baseUrl().resolved(QUrl(path)), all, encode(form));
    return {raw.status, QJsonDocument::fromJson(raw.body).object(), raw};
}

SandboxClient::Reply SandboxClient::del(const QString &path) const
{
    const HttpReply raw = httpRequest("DELETE", baseUrl().resolved(QUrl(path)), {{"Authorization", QByteArray("Bearer ") + kKey}});
    return {raw.status, QJsonDocument::fromJson(raw.body).object(), raw};
}

namespace {
template <typename Call>
SandboxClient::Reply patiently(Call call, int attempts)
{
    SandboxClient::Reply reply;
    for (int i = 0; i < attempts; ++i) {
        reply = call();
        if (reply.status != 0 && reply.status != 429 && reply.status < 500)
            break;
        QThread::msleep(100);
    }
    return reply;
}
} // namespace

SandboxClient::Reply SandboxClient::getPatiently(const QString &path, const QUrlQuery &query, int attempts) const
{
    return patiently([&] { return get(path, query); }, attempts);
}

SandboxClient::Reply SandboxClient::postPatiently(const QString &path, const QList<QPair<QString, QString>> &form, int attempts) const
{
    const QByteArray key = "test-" + QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
    return patiently([&] { return post(path, form, {{"Idempotency-Key", key}}); }, attempts);
}

QJsonArray SandboxClient::listAll(const QString &path, QUrlQuery filters) const
{
    QJsonArray all;
    filters.addQueryItem(QStringLiteral("limit"), QStringLiteral("100"));
    for (;;) {
        // Patient enough for --chaos 0.8 (a fault on 4 requests in 5): 0.8^60 ≈ 1e-6 per page.
        const Reply page = getPatiently(path, filters, 60);
        const QJsonArray data = page.body.value(QStringLiteral("data")).toArray();
        for (const QJsonValue &item : data)
            all.append(item);
        if (page.status != 200 || !page.body.value(QStringLiteral("has_more")).toBool() || data.isEmpty())
            return all;
        filters.removeAllQueryItems(QStringLiteral("starting_after"));
        filters.addQueryItem(QStringLiteral("starting_after"), data.last().toObject().value(QStringLiteral("id")).toString());
    }
}

QString SandboxClient::createPremiumPrice(const QString &interval, int amount) const
{
    const QString product = post(QStringLiteral("/v1/products"), {{QStringLiteral("name"), QStringLiteral("Premium")}}).id();
    return post(QStringLiteral("/v1/prices"), {{QStringLiteral("product"), product},
                                               {QStringLiteral("unit_amount"), QString::number(amount)},
                                               {QStringLiteral("currency"), QStringLiteral("usd")},
                                               {QStringLiteral("recurring[interval]"), interval}})
        .id();
}

SandboxClient::Reply SandboxClient::subscribe(const QString &priceId, const QString &email, const QString &card,
                                              const QList<QPair<QString, QString>> &extra) const
{
    QList<QPair<QString, QString>> form{{QStringLiteral("mode"), QStringLiteral("subscription")},
                                        {QStringLiteral("line_items[0][price]"), priceId},
                                        {QStringLiteral("line_items[0][quantity]"), QStringLiteral("1")},
                                        {QStringLiteral("customer_email"), email},
                                        {QStringLiteral("success_url"), QStringLiteral("https://chat.example/?payment=success")}};
    form += extra;
    const Reply session = post(QStringLiteral("/v1/checkout/sessions"), form);
    if (session.status != 200)
        return session;
    return post(QStringLiteral("/v1/test_helpers/checkout/sessions/%1/complete").arg(session.id()), {{QStringLiteral("card"), card}});
}

SandboxClient::Reply SandboxClient::advanceDays(int days) const
{
    return post(QStringLiteral("/v1/test_helpers/advance"), {{QStringLiteral("days"), QString::number(days)}});
}

} // namespace companion::test
