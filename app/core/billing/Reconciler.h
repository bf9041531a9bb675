#pragma once

#include "MissedEvents.h"
#include "Reconciliation.h"
#include "db/Database.h"
#include "db/DatabaseConfig.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;

namespace companion::stripe {
class StripeClient;
class StripeSync;
} // namespace companion::stripe

namespace companion::billing {

struct FixSummary {
    QString job;   // "fix" (differences) or "recover" (missed events)
    int fixed = 0;
    int failed = 0;
    int total = 0;
    QStringList errors;  // one line per failure
    bool cancelled = false;
    // A recovery that applied payout.* events reads what the final ones carried
    // afterwards (as the server does on a delivered one): how many were read.
    int payoutsRead = 0;
};

// Reconciliation's network and database work for a GUI: reads Stripe's
// subscriptions and customers (the concurrent StripeSync), compares, and fixes
// drifts one after another, each re-reading its subscriptions from Stripe first
// (one request at a time: far inside Stripe's rate limit). Meant to live on a
// worker thread of its own: it makes its HTTP client and database connection
// there. A cancelled "fix all" stops between two fixes; every fix is complete
// and audited on its own, so comparing again shows what is left to do.
class Reconciler : public QObject
{
    Q_OBJECT
public:
    // Gives the Stripe client, with a network access manager of its own, for the
    // reconciler's thread; called there, once. (The admin app hands over a copy of
    // its client made with StripeClient::withNetwork: the key stays inside clients.)
    using ClientFactory = std::function<stripe::StripeClient *(QObject *parent)>;
    struct Config {
        ClientFactory makeClient;
        db::DatabaseConfig database;
        // What "now" is when Stripe's state is read and fixes are applied (tests move it).
        std::function<qint64()> clock = [] { return QDateTime::currentSecsSinceEpoch(); };
        // Who the audit rows of fixes and recoveries say did them: admin-app, cli or server.
        QString auditSource = QStringLiteral("admin-app");
    };
    // A client for `base` with `key` (tests, the command line).
    static ClientFactory clientFor(const QUrl &base, const QString &key);
    explicit Reconciler(Config config, QObject *parent = nullptr);
    ~Reconciler() override;

public Q_SLOTS:
    void compare();
    void fix(const QList<companion::billing::Drift> &drifts, const QString &actor);
    // Stripe's events created at or after `since` (0: the last 30 days, all Stripe
    // keeps) that our webhook log lacks or failed to apply.
    void listMissed(qint64 since = 0);
    void recover(const QList<companion::billing::MissedEvent> &events, const QString &actor);
    void cancel();

Q_SIGNALS:
    // stage: "stripe" (objects read so far; total unknown: 0), "fix" or "recover" (items done of total).
    void progress(const QString &stage, int done, int total);
    void compared(const QList<companion::billing::Drift> &drifts, const QString &error);
    void missedListed(const QList<companion::billing::MissedEvent> &events, const QString &error);
    void fixed(const companion::billing::FixSummary &summary);

private:
    // One fix or recovery: Stripe's objects to read again, then the database step
    // (returns an error, or empty when done).
    struct WorkItem {
        QString label; // for the error list: e-mail, user or event id
        QStringList subscriptions;
        QStringList invoices;
        std::function<QString(db::Connection &, const QList<QJsonObject> &, const QList<QJsonObject> &)> apply;
        bool movesAPayout = false; // a payout.* event: what payouts carried is read after the last item
    };
    stripe::StripeClient *client();
    void readLists(const QList<QPair<QString, QJsonObject>> &lists, int windows, std::function<void(const QString &error)> done);
    void runItems(const QString &job, QList<WorkItem> items);
    void nextItem();
    void fetchNext();
    void applyItem();
    // The balance transactions of payouts now final and not read yet (StripeImport), then `fixed`.
    void readPayoutsThenFinish();

    Config m_config;
    stripe::StripeClient *m_client = nullptr;
    QPointer<stripe::StripeSync> m_sync;
    StripeSnapshot m_snapshot;
    QList<QJsonObject> m_events;
    // Fixing and recovering.
    QList<WorkItem> m_queue;
    FixSummary m_summary;
    bool m_cancelled = false;
    QList<QPair<QString, QString>> m_toFetch; // (kind, id)
    QList<QJsonObject> m_freshSubscriptions;
    QList<QJsonObject> m_freshInvoices;
    bool m_payoutMoved = false; // an item with movesAPayout was applied
};

} // namespace companion::billing

Q_DECLARE_METATYPE(companion::billing::FixSummary)
