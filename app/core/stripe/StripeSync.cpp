#include "StripeSync.h"

#include "RequestPacer.h"
#include "StripeListStream.h"

#include "StripeClient.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace companion::stripe {

StripeSync::StripeSync(StripeClient *client, QList<List> lists, Settings settings, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_lists(std::move(lists))
    , m_settings(settings)
    , m_pacer(new RequestPacer(settings.requestsPerSecond, settings.inFlight, this))
{
}

int StripeSync::requests() const
{
    int total = 0;
    for (const StripeListStream *stream : m_streams)
        total += stream->pages();
    return total;
}

void StripeSync::start()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const qint64 from = m_settings.historyStart > 0 ? m_settings.historyStart : now - qint64(3 * 366) * 24 * 3600;
    const int windows = qMax(1, m_settings.windowsPerList);
    const qint64 width = qMax<qint64>(1, (now - from) / windows);
    QList<StripeClient *> clients{m_client};
    for (int i = 1; i < m_settings.connectionPools; ++i)
        clients << m_client->withNetwork(new QNetworkAccessManager(this), this);
    for (int index = 0; index < m_lists.size(); ++index) {
        const List &list = m_lists.at(index);
        for (int w = 0; w < windows; ++w) {
            // The first window reaches back to the beginning, the last forward without end
            // (a sandbox clock may run ahead), so every object is in exactly one window.
            QJsonObject created;
            if (w > 0)
                created.insert(QStringLiteral("gte"), from + w * width);
            if (w < windows - 1)
                created.insert(QStringLiteral("lt"), from + (w + 1) * width);
            QJsonObject params = list.params;
            if (!created.isEmpty())
                params.insert(QStringLiteral("created"), created);
            auto *stream = new StripeListStream(clients.at(int(m_streams.size()) % clients.size()), list.path, params, this);
            stream->setPacer(m_pacer);
            connect(stream, &StripeListStream::page, this, [this, index, path = list.path](const QJsonArray &items) {
                m_received += int(items.size());
                Q_EMIT objects(path, items);
                Q_EMIT listPage(index, items);
                Q_EMIT progress(m_received, m_windowsDone, int(m_streams.size()));
            });
            connect(stream, &StripeListStream::finished, this, &StripeSync::windowFinished);
            m_streams.append(stream);
        }
    }
    for (StripeListStream *stream : std::as_const(m_streams))
        stream->start(); // the pacer decides how many run at once
}

void StripeSync::cancel()
{
    if (m_done)
        return;
    m_pacer->clear();
    for (StripeListStream *stream : std::as_const(m_streams))
        stream->cancel();
}

void StripeSync::windowFinished(const std::optional<StripeError> &error)
{
    if (m_done)
        return;
    ++m_windowsDone;
    Q_EMIT progress(m_received, m_windowsDone, int(m_streams.size()));
    if (error) {
        m_done = true;
        m_pacer->clear();
        for (StripeListStream *stream : std::as_const(m_streams))
            stream->cancel();
        Q_EMIT finished(error);
        return;
    }
    if (m_windowsDone == m_streams.size()) {
        m_done = true;
        Q_EMIT finished(std::nullopt);
    }
}

} // namespace companion::stripe
