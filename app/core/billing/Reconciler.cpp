#include "Reconciler.h"

#include "Rules.h"
#include "StripeImport.h"
#include "db/Database.h"
#include "stripe/StripeClient.h"
#include "stripe/StripeSync.h"

#include <QDateTime>
#include <QNetworkAccessManager>

namespace companion::billing {

Reconciler::Reconciler(Config config, QObject *parent)
    : QObject(parent)
    , m_config(std::move(config))
{
}

Reconciler::~Reconciler() = default;

Reconciler::ClientFactory Reconciler::clientFor(const QUrl &base, const QString &key)
{
    return [base, key](QObject *parent) {
        auto *network = new QNetworkAccessManager;
        auto *client = new stripe::StripeClient(network, base, key, parent);
        network->setParent(client);
        return client;
    };
}

stripe::StripeClient *Reconciler::client()
{
    if (!m_client)
        m_client = m_config.makeClient(this);
    return m_client;
}

void Reconciler::readLists(const QList<QPair<QString, QJsonObject>> &lists, int windows, std::function<void(const QString &error)> done)
{
    m_cancelled = false;
    QList<stripe::StripeSync::List> wanted;
    for (const auto &list : lists)
        wanted.append({list.first, list.second});
    stripe::StripeSync::Settings settings;
    if (windows > 0)
        settings.windowsPerList = windows;
    m_sync = new stripe::StripeSync(client(), wanted, settings, this);
    connect(m_sync, &stripe::StripeSync::objects, this, [this](const QString &path, const QJsonArray &items) {
        QList<QJsonObject> &into = path == QLatin1String("/v1/customers")  ? m_snapshot.customers
                                   : path == QLatin1String("/v1/events") ? m_events
                                                                          : m_snapshot.subscriptions;
        for (const QJsonValue &item : items)
            into << item.toObject();
    });
    connect(m_sync, &stripe::StripeSync::progress, this, [this](int received, int, int) { Q_EMIT progress(QStringLiteral("stripe"), received, 0); });
    connect(m_sync, &stripe::StripeSync::finished, this, [this, done = std::move(done)](const std::optional<stripe::StripeError> &error) {
        m_sync->deleteLater();
        if (m_cancelled)
            return done(tr("Stopped."));
        done(error ? error->userMessage() : QString());
    });
    m_sync->start();
}

void Reconciler::compare()
{
    m_snapshot = StripeSnapshot{};
    readLists({{QStringLiteral("/v1/subscriptions"), {{QStringLiteral("status"), QStringLiteral("all")}}}, {QStringLiteral("/v1/customers"), {}}}, 0,
              [this](const QString &error) {
                  if (!error.isEmpty())
                      return Q_EMIT compared({}, error);
                  m_snapshot.readAt = m_config.clock();
                  db::Connection connection = db::Database::connection(m_config.database);
                  if (!connection.ok())
                      return Q_EMIT compared({}, connection.error);
                  QString failure;
                  const QList<Drift> drifts = Reconciliation::compare(connection.db, m_config.database.dialect, m_snapshot, m_snapshot.readAt, &failure);
                  Q_EMIT compared(drifts, failure);
              });
}

void Reconciler::listMissed(qint64 since)
{
    m_events.clear();
    if (since <= 0)
        since = m_config.clock() - qint64(30) * 86400;
    // One window: the list is short (Stripe keeps 30 days) and filtered by creation already.
    const QJsonObject created{{QStringLiteral("gte"), since}};
    readLists({{QStringLiteral("/v1/events"), {{QStringLiteral("created"), created}}}}, 1, [this](const QString &error) {
        if (!error.isEmpty())
            return Q_EMIT missedListed({}, error);
        db::Connection connection = db::Database::connection(m_config.database);
        if (!connection.ok())
            return Q_EMIT missedListed({}, connection.error);
        QString failure;
        const QList<MissedEvent> missed = MissedEvents::compare(connection.db, m_config.database.dialect, m_events, &failure);
        Q_EMIT missedListed(missed, failure);
    });
}

void Reconciler::cancel()
{
    m_cancelled = true;
    if (m_sync)
        m_sync->cancel();
}

void Reconciler::fix(const QList<Drift> &drifts, const QString &actor)
{
    QList<WorkItem> items;
    for (const Drift &d : drifts) {
        if (!d.fixable())
            continue;
        items.append({d.email.isEmpty() ? d.userId : d.email, d.refetch, {},
                      [d, actor, source = m_config.auditSource, dialect = m_config.database.dialect, clock = m_config.clock](db::Connection &c, const QList<QJsonObject> &subs, const QList<QJsonObject> &) {
                          const FixResult r = Reconciliation::apply(c.db, dialect, d, subs, actor, source, clock());
                          return r.ok ? QString() : r.error;
                      }});
    }
    runItems(QStringLiteral("fix"), items);
}

void Reconciler::recover(const QList<MissedEvent> &events, const QString &actor)
{
    QList<WorkItem> items;
    for (const MissedEvent &m : events) {
        const Refetch refetch = MissedEvents::refetchFor(m);
        items.append({m.id, refetch.subscriptions, refetch.invoices,
                      [m, actor, source = m_config.auditSource, dialect = m_config.database.dialect, clock = m_config.clock](db::Connection &c, const QList<QJsonObject> &subs,
                                                                        const QList<QJsonObject> &invoices) {
                          const RecoverResult r = MissedEvents::apply(c.db, dialect, m, subs, invoices, actor, source, clock());
                          return r.ok ? QString() : r.error;
                      },
                      Rules::kindOf(m.type) == EventKind::Payout});
    }
    runItems(QStringLiteral("recover"), items);
}

void Reconciler::runItems(const QString &job, QList<WorkItem> items)
{
    m_queue = std::move(items);
    m_cancelled = false;
    m_summary = FixSummary{};
    m_summary.job = job;
    m_summary.total = int(m_queue.size());
    m_payoutMoved = false;
    nextItem();
}

void Reconciler::nextItem()
{
    Q_EMIT progress(m_summary.job, m_summary.fixed + m_summary.failed, m_summary.total);
    if (m_queue.isEmpty() || m_cancelled) {
        m_summary.cancelled = m_cancelled && !m_queue.isEmpty();
        if (m_payoutMoved && !m_cancelled)
            return readPayoutsThenFinish();
        return Q_EMIT fixed(m_summary);
    }
    m_toFetch.clear();
    for (const QString &id : std::as_const(m_queue.first().subscriptions))
        m_toFetch.append({QStringLiteral("/v1/subscriptions/"), id});
    for (const QString &id : std::as_const(m_queue.first().invoices))
        m_toFetch.append({QStringLiteral("/v1/invoices/"), id});
    m_freshSubscriptions.clear();
    m_freshInvoices.clear();
    fetchNext();
}

// Stripe's current object, not the comparison's copy: minutes may have passed.
// One request at a time: far inside Stripe's rate limit.
void Reconciler::fetchNext()
{
    if (m_toFetch.isEmpty())
        return applyItem();
    const auto [path, id] = m_toFetch.takeFirst();
    client()->get(path + id)->then(this, [this, path = path](const stripe::StripeResult &result) {
        if (result.ok()) {
            (path.startsWith(QLatin1String("/v1/invoices")) ? m_freshInvoices : m_freshSubscriptions) << result.body;
        } else if (result.error->httpStatus != 404) { // gone from Stripe: nothing to apply for it
            const WorkItem item = m_queue.takeFirst();
            ++m_summary.failed;
            m_summary.errors << QStringLiteral("%1: %2").arg(item.label, result.error->userMessage());
            return nextItem();
        }
        fetchNext();
    });
}

void Reconciler::applyItem()
{
    const WorkItem item = m_queue.takeFirst();
    db::Connection connection = db::Database::connection(m_config.database);
    const QString error = connection.ok() ? item.apply(connection, m_freshSubscriptions, m_freshInvoices) : connection.error;
    if (error.isEmpty()) {
        ++m_summary.fixed;
        m_payoutMoved = m_payoutMoved || item.movesAPayout;
    } else {
        ++m_summary.failed;
        m_summary.errors << QStringLiteral("%1: %2").arg(item.label, error);
    }
    nextItem();
}

// A paid payout's event tells its amount, not what it carried: without this, the
// month's cash reconciliation would wait for the next full sync-stripe.
void Reconciler::readPayoutsThenFinish()
{
    m_payoutMoved = false;
    auto *import = new StripeImport(client(), m_config.database, this);
    connect(import, &StripeImport::finished, this, [this, import](const StripeImport::Summary &summary) {
        import->deleteLater();
        m_summary.payoutsRead = summary.payoutsReconciled;
        if (!summary.ok()) // the events are applied; sync-stripe reads the rest later
            m_summary.errors << QStringLiteral("payouts: %1").arg(summary.error);
        Q_EMIT fixed(m_summary);
    });
    import->startPayoutTransactions();
}

} // namespace companion::billing
