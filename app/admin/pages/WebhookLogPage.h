#pragma once

#include <QWidget>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QSettings;
class QTimer;

namespace Ui {
class WebhookLogPage;
}

namespace companion::serverapi {
class AdminApiClient;
}

namespace companion::admin {

class KeychainStore;
class ServerAccess;
class WebhookEventsModel;

// Why a payment did not unlock Premium: companion-server's webhook log, read page
// by page from its admin API with the token from the keychain; filters, the
// delivery's JSON, Reprocess, auto-refresh and the last 24 hours' counts.
class WebhookLogPage : public QWidget
{
    Q_OBJECT
public:
    WebhookLogPage(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QWidget *parent = nullptr);
    ~WebhookLogPage() override;

    WebhookEventsModel *model() const { return m_model; }

public Q_SLOTS:
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    // Runs `then` with a client for the configured server, or says why there is none.
    void withClient(std::function<void(serverapi::AdminApiClient *)> then);
    void showSelected();
    void forgetSelected();
    void reprocessSelected();
    void showCounts(serverapi::AdminApiClient *client);

    std::unique_ptr<Ui::WebhookLogPage> m_ui;
    ServerAccess *m_access;
    WebhookEventsModel *m_model;
    QTimer *m_autoRefresh;
    bool m_loadedOnce = false;
    bool m_sized = false;
    QString m_shownKey; // the delivery whose payload is shown
    QString m_notice; // the result of an action, shown with the next page
};

} // namespace companion::admin
