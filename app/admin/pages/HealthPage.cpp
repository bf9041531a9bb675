#include "HealthPage.h"

#include "models/HealthAlertsModel.h"
#include "serverapi/AdminApiClient.h"
#include "settings/ServerAccess.h"
#include "widgets/DeliveriesChart.h"
#include "widgets/ReadOriginText.h"
#include "widgets/StatusPalette.h"
#include "widgets/TableViews.h"

#include <QDateTime>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpression>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace companion::admin {

HealthPage::HealthPage(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_access(new ServerAccess(settings, keychain, network, this))
    , m_chart(new DeliveriesChart(this))
    , m_alerts(new HealthAlertsModel(this))
    , m_timer(new QTimer(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refresh"));
    m_refresh->setToolTip(tr("Read the server's health report now (it refreshes every minute while this page is open)."));
    top->addWidget(m_status, 1);
    top->addWidget(m_refresh);
    layout->addLayout(top);

    auto *tiles = new QGridLayout;
    m_lastDelivery = addTile(tiles, 0, QStringLiteral("lastDelivery"), tr("Last webhook"));
    m_failedOpen = addTile(tiles, 1, QStringLiteral("failedOpen"), tr("Failed events open"));
    m_refresher = addTile(tiles, 2, QStringLiteral("refresher"), tr("Asking Stripe"));
    m_recovery = addTile(tiles, 3, QStringLiteral("recovery"), tr("Missed events"));
    m_endpoint = addTile(tiles, 4, QStringLiteral("endpoint"), tr("Webhook endpoint"));
    m_replica = addTile(tiles, 5, QStringLiteral("replica"), tr("Read replica"));
    m_replica.value->parentWidget()->hide(); // shown when the server has one (DATABASE_READ_URL)
    layout->addLayout(tiles);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->setObjectName(QStringLiteral("healthSplitter"));
    m_chart->setObjectName(QStringLiteral("deliveriesChart"));
    splitter->addWidget(m_chart);
    auto *alertsBox = new QWidget(splitter);
    auto *alertsLayout = new QVBoxLayout(alertsBox);
    alertsLayout->setContentsMargins(0, 0, 0, 0);
    auto *alertsTitle = new QLabel(tr("<b>Alerts</b>"), alertsBox);
    m_alertsNote = new QLabel(alertsBox);
    m_alertsNote->setObjectName(QStringLiteral("alertsNote"));
    m_alertsNote->setWordWrap(true);
    m_alertsView = makeReadOnlyTable(QStringLiteral("alerts"), tr("Alerts"), m_alerts, alertsBox);
    alertsTitle->setBuddy(m_alertsView);
    alertsLayout->addWidget(alertsTitle);
    alertsLayout->addWidget(m_alertsNote);
    alertsLayout->addWidget(m_alertsView);
    splitter->addWidget(alertsBox);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    // Reading order: Refresh, the chart, the alerts (the chart was made first).
    setTabOrder(m_refresh, m_chart);
    setTabOrder(m_chart, m_alertsView);

    m_timer->setInterval(kRefreshMs);
    connect(m_timer, &QTimer::timeout, this, &HealthPage::refresh);
    connect(m_refresh, &QPushButton::clicked, this, &HealthPage::refresh);
}

HealthPage::Tile HealthPage::addTile(QGridLayout *grid, int column, const QString &objectName, const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setObjectName(objectName);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    auto *name = new QLabel(title, frame);
    Tile tile{new QLabel(QStringLiteral("—"), frame), new QLabel(frame)};
    tile.value->setObjectName(objectName + QStringLiteral("Value"));
    tile.detail->setObjectName(objectName + QStringLiteral("Detail"));
    QFont big = tile.value->font();
    big.setPointSizeF(big.pointSizeF() * 1.5);
    big.setBold(true);
    tile.value->setFont(big);
    tile.detail->setWordWrap(true);
    tile.detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    frame->setAccessibleName(title);
    tile.value->setAccessibleName(title);
    tile.detail->setAccessibleName(tr("%1: details").arg(title));
    box->addWidget(name);
    box->addWidget(tile.value);
    box->addWidget(tile.detail, 1, Qt::AlignTop);
    grid->addWidget(frame, 0, column);
    grid->setColumnStretch(column, 1);
    return tile;
}

void HealthPage::setTile(const Tile &tile, const QString &value, const QString &detail, Tone tone)
{
    const StatusPalette palette = StatusPalette::current();
    tile.value->setText(value);
    tile.detail->setText(detail);
    switch (tone) {
    case Tone::Good: tile.value->setStyleSheet(StatusPalette::textStyleSheet(palette.success())); break;
    case Tone::Warning: tile.value->setStyleSheet(StatusPalette::textStyleSheet(palette.warning())); break;
    case Tone::Bad: tile.value->setStyleSheet(StatusPalette::textStyleSheet(palette.danger())); break;
    case Tone::Neutral: tile.value->setStyleSheet(QString()); break;
    }
    // A screen reader reads the tile's figure with what it means.
    tile.value->setAccessibleDescription(detail);
}

void HealthPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer->start();
    refresh();
}

void HealthPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer->stop();
}

void HealthPage::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_status->setText(tr("Reading the server's health…"));
    m_access->withClient(
        [this](serverapi::AdminApiClient *client) {
            client->health(this, [this](const serverapi::AdminApiResult &result) {
                m_loading = false;
                if (!result.ok()) {
                    m_status->setText(tr("The server's health could not be read: %1").arg(result.message));
                    return;
                }
                showReport(result.body);
                m_status->setText(tr("Updated %1 from %2.")
                                      .arg(QLocale().toString(QDateTime::currentDateTime().time(), QLocale::ShortFormat),
                                           m_access->client()->baseUrl().toString()));
                Q_EMIT refreshed();
            });
        },
        [this](const QString &message) {
            m_loading = false;
            m_status->setText(message.isEmpty() ? tr("Set the server's address and admin token in Settings to see its health.") : message);
        });
}

QString HealthPage::ago(qint64 seconds) const
{
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n minute(s) ago", nullptr, int(seconds / 60));
    if (seconds < 2 * 86400)
        return tr("%n hour(s) ago", nullptr, int(seconds / 3600));
    return tr("%n day(s) ago", nullptr, int(seconds / 86400));
}

void HealthPage::showReplica(const QJsonObject &replica)
{
    const bool configured = replica.value(QStringLiteral("configured")).toBool();
    m_replica.value->parentWidget()->setVisible(configured);
    if (!configured)
        return;
    const double bound = replica.value(QStringLiteral("max_lag_seconds")).toDouble();
    const QJsonValue lag = replica.value(QStringLiteral("lag_seconds"));
    const QString boundText = tr("The webhook log and this page are read from it while it is at most %1 s behind the primary.")
                                  .arg(QLocale().toString(bound, 'f', bound < 10 ? 1 : 0));
    if (replica.value(QStringLiteral("reads_from")).isNull()) {
        setTile(m_replica, tr("not used yet"), boundText, Tone::Neutral);
        return;
    }
    const QString readsFrom = replica.value(QStringLiteral("reads_from")).toString();
    const QString reason = replica.value(QStringLiteral("reason")).toString();
    const bool inUse = readsFrom == QLatin1String("replica");
    const QString where = inUse ? tr("Reads go to the replica.")
        : reason == QLatin1String("lagging")       ? tr("Reads go to the primary: the replica is further behind than allowed.")
        : reason == QLatin1String("not_receiving") ? tr("Reads go to the primary: the replica follows no primary.")
                                                   : tr("Reads go to the primary: the replica cannot be reached.");
    setTile(m_replica, lag.isNull() ? tr("unreachable") : ReadOriginText::lag(lag.toDouble()), where + u' ' + boundText,
            inUse ? Tone::Good : Tone::Warning);
}

void HealthPage::showReport(const QJsonObject &report)
{
    const qint64 now = report.value(QStringLiteral("generated_at")).toInteger();
    const QJsonValue last = report.value(QStringLiteral("last_delivery_received_at"));
    if (last.isNull()) {
        setTile(m_lastDelivery, tr("never"), tr("No signed webhook has reached the server yet."), Tone::Warning);
    } else {
        const qint64 age = qMax<qint64>(0, now - last.toInteger());
        const QDateTime at = QDateTime::fromSecsSinceEpoch(last.toInteger());
        setTile(m_lastDelivery, ago(age), tr("Received %1.").arg(QLocale().toString(at, QLocale::ShortFormat)),
                age > 12 * 3600 ? Tone::Warning : Tone::Good);
    }
    const int failed = report.value(QStringLiteral("failed_events_open")).toInt();
    setTile(m_failedOpen, QLocale().toString(failed),
            failed > 0 ? tr("Stored but not applied (usually an unknown learner): open the Webhook log, filter failed, and reprocess.")
                       : tr("Every event of the last 30 days was applied."),
            failed > 0 ? Tone::Bad : Tone::Good);

    const QJsonObject refresher = report.value(QStringLiteral("refresher")).toObject();
    const int pending = refresher.value(QStringLiteral("pending")).toInt();
    const int gaveUp = int(refresher.value(QStringLiteral("gave_up_total")).toDouble());
    setTile(m_refresher, QLocale().toString(pending),
            gaveUp > 0 ? tr("Subscriptions being asked about again. Gave up on %n since the server started: Reconciliation reads them again.",
                            nullptr, gaveUp)
                       : tr("Subscriptions being asked about again after an out-of-order event or a paid invoice."),
            gaveUp > 0 ? Tone::Warning : (pending > 0 ? Tone::Neutral : Tone::Good));

    const QJsonObject recovery = report.value(QStringLiteral("recovery")).toObject();
    if (!recovery.value(QStringLiteral("enabled")).toBool()) {
        setTile(m_recovery, tr("off"), tr("The scheduled recovery is turned off (MISSED_EVENT_RECOVERY_SECONDS=0)."), Tone::Warning);
    } else if (recovery.value(QStringLiteral("last_run_at")).isNull()) {
        setTile(m_recovery, tr("waiting"), tr("The first run is a minute after the server starts."), Tone::Neutral);
    } else {
        const int missedPending = recovery.value(QStringLiteral("pending")).toInt();
        const QString result = recovery.value(QStringLiteral("last_result")).toString();
        const qint64 runAge = qMax<qint64>(0, now - recovery.value(QStringLiteral("last_run_at")).toInteger());
        QString detail = result == QLatin1String("failed")
            ? tr("The last run, %1, could not read Stripe: %2").arg(ago(runAge), recovery.value(QStringLiteral("error")).toString())
            : result == QLatin1String("skipped") ? tr("Last run %1: another server instance was recovering.").arg(ago(runAge))
                                                 : tr("Last run %1: %2 found, %3 recovered.")
                                                       .arg(ago(runAge))
                                                       .arg(recovery.value(QStringLiteral("last_found")).toInt())
                                                       .arg(recovery.value(QStringLiteral("last_recovered")).toInt());
        detail += u' ' + tr("%n recovered since the server started.", nullptr, recovery.value(QStringLiteral("recovered_since_start")).toInt());
        setTile(m_recovery, missedPending > 0 ? tr("%n pending", nullptr, missedPending) : tr("none pending"), detail,
                result == QLatin1String("failed") ? Tone::Warning : (missedPending > 0 ? Tone::Bad : Tone::Good));
    }

    const QJsonObject endpoint = report.value(QStringLiteral("webhook_endpoint")).toObject();
    const QString endpointStatus = endpoint.value(QStringLiteral("status")).toString();
    if (endpointStatus == QLatin1String("off"))
        setTile(m_endpoint, tr("not checked"), tr("The server's endpoint check is off (ENDPOINT_CHECK_SECONDS=0)."), Tone::Neutral);
    else if (endpointStatus == QLatin1String("unchecked"))
        setTile(m_endpoint, tr("not checked yet"), endpoint.value(QStringLiteral("error")).toString(), Tone::Neutral);
    else {
        // The server's message names every event to add: the tile shows its first sentence, the tooltip all of it.
        const QString message = endpoint.value(QStringLiteral("message")).toString();
        const qsizetype stop = message.indexOf(QRegularExpression(QStringLiteral("[:.](\\s|$)")));
        setTile(m_endpoint, endpointStatus == QLatin1String("ok") ? tr("OK") : endpointStatus.toUpper().replace(u'_', u' '),
                stop > 0 ? message.left(stop) + u'.' : message, endpointStatus == QLatin1String("ok") ? Tone::Good : Tone::Bad);
        m_endpoint.detail->setToolTip(message);
        m_endpoint.detail->setAccessibleDescription(message);
    }

    showReplica(report.value(QStringLiteral("read_replica")).toObject());

    m_chart->setHours(report.value(QStringLiteral("deliveries_by_hour")).toArray());

    const QJsonObject alerts = report.value(QStringLiteral("alerts")).toObject();
    const QJsonArray active = alerts.value(QStringLiteral("active")).toArray();
    m_alerts->setAlerts(active);
    m_alertsView->resizeColumnToContents(HealthAlertsModel::Alert);
    m_alertsView->resizeColumnToContents(HealthAlertsModel::Since);
    if (alerts.value(QStringLiteral("source")).isNull())
        m_alertsNote->setText(tr("The server has no PROMETHEUS_URL: alerts are not shown here (docs/operations.md)."));
    else if (alerts.contains(QStringLiteral("error")))
        m_alertsNote->setText(alerts.value(QStringLiteral("error")).toString());
    else if (active.isEmpty())
        m_alertsNote->setText(tr("No alert is pending or firing."));
    else
        m_alertsNote->setText(tr("%n alert(s) pending or firing; the Summary column's tooltip says what to do.", nullptr, int(active.size())));
}

} // namespace companion::admin
