#pragma once

#include "StripeError.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QObject>

#include <optional>

namespace companion::stripe {

class RequestPacer;
class StripeClient;
class StripeListStream;

// A full read of several Stripe lists (customers, subscriptions, invoices, balance
// transactions) with several requests in flight. Stripe lists are cursor pages, so
// each list is cut into creation-time windows (created[gte]/created[lt]) read side by
// side; a shared pacer keeps the whole sync under the account's rate limit.
class StripeSync : public QObject
{
    Q_OBJECT
public:
    struct List {
        QString path;       // "/v1/customers"
        QJsonObject params; // e.g. {"status": "all"} for subscriptions
    };
    struct Settings {
        int windowsPerList = 8;
        int requestsPerSecond = 25; // Stripe test mode; 100 for live keys
        int inFlight = 12;
        int connectionPools = 3;    // QNetworkAccessManagers: six HTTP/1.1 connections each
        qint64 historyStart = 0;    // windows cover [historyStart, now]; 0: three years back
    };

    StripeSync(StripeClient *client, QList<List> lists, Settings settings, QObject *parent = nullptr);

    void start();
    void cancel();
    int received() const { return m_received; }
    int requests() const;

Q_SIGNALS:
    void objects(const QString &path, const QJsonArray &items);
    // The same page, by the index of its list in the constructor's (lists of one path
    // with different parameters: each payout's transactions).
    void listPage(int list, const QJsonArray &items);
    void progress(int received, int windowsDone, int windowsTotal);
    void finished(const std::optional<companion::stripe::StripeError> &error);

private:
    void windowFinished(const std::optional<StripeError> &error);

    StripeClient *m_client;
    QList<List> m_lists;
    Settings m_settings;
    RequestPacer *m_pacer;
    QList<StripeListStream *> m_streams;
    int m_received = 0;
    int m_windowsDone = 0;
    bool m_done = false;
};

} // namespace companion::stripe
