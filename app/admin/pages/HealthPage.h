#pragma once

#include <QJsonObject>
#include <QWidget>

class QGridLayout;
class QLabel;
class QNetworkAccessManager;
class QPushButton;
class QSettings;
class QTableView;
class QTimer;

namespace companion::admin {

class DeliveriesChart;
class HealthAlertsModel;
class KeychainStore;
class ServerAccess;

// Problems seen before learners report them: companion-server's health report
// (GET /api/v1/admin/health) as tiles — the last delivery, failed events still
// open, the refresher's backlog, the missed-event recovery, the webhook endpoint
// check — the last 24 hours' deliveries as a chart, and the alerts Prometheus has
// active. Refreshed every minute while shown, without losing the selected alert.
class HealthPage : public QWidget
{
    Q_OBJECT
public:
    HealthPage(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QWidget *parent = nullptr);

    HealthAlertsModel *alertsModel() const { return m_alerts; }
    DeliveriesChart *chart() const { return m_chart; }
    static constexpr int kRefreshMs = 60 * 1000;

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    // A report was shown (tests, the status line).
    void refreshed();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    // One tile: a title, a value in a status colour, a line of detail.
    struct Tile {
        QLabel *value = nullptr;
        QLabel *detail = nullptr;
    };
    enum class Tone { Good, Warning, Bad, Neutral };
    Tile addTile(QGridLayout *grid, int column, const QString &objectName, const QString &title);
    static void setTile(const Tile &tile, const QString &value, const QString &detail, Tone tone);
    void showReport(const QJsonObject &report);
    void showReplica(const QJsonObject &replica);
    QString ago(qint64 seconds) const;

    ServerAccess *m_access;
    QLabel *m_status;
    QPushButton *m_refresh;
    Tile m_lastDelivery, m_failedOpen, m_refresher, m_recovery, m_endpoint, m_replica;
    DeliveriesChart *m_chart;
    HealthAlertsModel *m_alerts;
    QTableView *m_alertsView;
    QLabel *m_alertsNote;
    QTimer *m_timer;
    bool m_loading = false;
};

} // namespace companion::admin
