#include "StripeListStream.h"

#include "RequestPacer.h"

namespace companion::stripe {

StripeListStream::StripeListStream(StripeClient *client, QString path, QJsonObject params, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_path(std::move(path))
    , m_params(std::move(params))
{
    if (!m_params.contains(QStringLiteral("limit")))
        m_params.insert(QStringLiteral("limit"), 100); // Stripe's largest page
}

void StripeListStream::start()
{
    requestNext();
}

void StripeListStream::cancel()
{
    if (m_done)
        return;
    if (m_call)
        m_call->cancel(); // reports through onPage as Canceled
    else {
        m_done = true;
        StripeError error;
        error.kind = StripeError::Kind::Canceled;
        Q_EMIT finished(error);
    }
}

void StripeListStream::requestNext()
{
    auto send = [this] {
        if (m_done) {
            if (m_pacer)
                m_pacer->release();
            return;
        }
        QJsonObject params = m_params;
        if (!m_after.isEmpty())
            params.insert(QStringLiteral("starting_after"), m_after);
        RequestOptions options;
        options.retryRateLimits = true;
        m_call = m_client->get(m_path, params, options);
        connect(m_call, &StripeCall::finished, this, &StripeListStream::onPage);
    };
    if (m_pacer)
        m_pacer->acquire(send);
    else
        send();
}

void StripeListStream::onPage(const StripeResult &result)
{
    m_call = nullptr;
    if (m_pacer)
        m_pacer->release();
    if (m_done)
        return;
    if (!result.ok()) {
        m_done = true;
        Q_EMIT finished(result.error);
        return;
    }
    const QJsonArray data = result.body.value(QStringLiteral("data")).toArray();
    ++m_pages;
    m_received += int(data.size());
    if (!data.isEmpty()) {
        m_after = data.last().toObject().value(QStringLiteral("id")).toString();
        Q_EMIT page(data);
        if (m_done)
            return; // canceled from a page handler: finished() has been reported
    }
    if (result.body.value(QStringLiteral("has_more")).toBool() && !data.isEmpty()) {
        requestNext();
        return;
    }
    m_done = true;
    Q_EMIT finished(std::nullopt);
}

} // namespace companion::stripe
