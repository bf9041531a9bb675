#pragma once

#include "StripeClient.h"

#include <QJsonArray>
#include <QObject>

#include <optional>

namespace companion::stripe {

class RequestPacer;

// A Stripe list read to the end, page after page (starting_after = last id), as a
// stream: each page is reported as it arrives, so callers can show progress, store
// incrementally and cancel. Bulk work: rate limits are waited out, not failed.
class StripeListStream : public QObject
{
    Q_OBJECT
public:
    StripeListStream(StripeClient *client, QString path, QJsonObject params = {}, QObject *parent = nullptr);

    void setPacer(RequestPacer *pacer) { m_pacer = pacer; } // shared by concurrent streams
    void start();
    void cancel();
    int received() const { return m_received; }
    int pages() const { return m_pages; }

Q_SIGNALS:
    void page(const QJsonArray &items);
    void finished(const std::optional<companion::stripe::StripeError> &error);

private:
    void requestNext();
    void onPage(const StripeResult &result);

    StripeClient *m_client;
    QString m_path;
    QJsonObject m_params;
    QString m_after;
    RequestPacer *m_pacer = nullptr;
    QPointer<StripeCall> m_call;
    int m_received = 0;
    int m_pages = 0;
    bool m_done = false;
};

} // namespace companion::stripe
