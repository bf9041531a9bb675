#include "WebhookLogPage.h"

#include "models/WebhookEventsModel.h"
#include "secrets/KeychainStore.h"
#include "serverapi/AdminApiClient.h"
#include "settings/ServerAccess.h"
#include "settings/ServerConnection.h"
#include "ui_WebhookLogPage.h"
#include "widgets/LayoutMemory.h"
#include "widgets/ReadOriginText.h"
#include "widgets/SelectionKeeper.h"

#include <QDateTime>
#include <QFontDatabase>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLocale>
#include <QSettings>
#include <QTimer>

namespace companion::admin {

namespace {
constexpr int kAutoRefreshMs = 10000;
const QStringList kOutcomes{QStringLiteral("applied"), QStringLiteral("duplicate"), QStringLiteral("stale"), QStringLiteral("ignored"),
                            QStringLiteral("rejected"), QStringLiteral("failed"), QStringLiteral("pending")};
} // namespace

WebhookLogPage::WebhookLogPage(QSettings *settings, KeychainStore *keychain, QNetworkAccessManager *network, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::WebhookLogPage>())
    , m_access(new ServerAccess(settings, keychain, network, this))
    , m_model(new WebhookEventsModel(this))
    , m_autoRefresh(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->outcomeFilter->addItem(tr("All outcomes"), QString());
    for (const QString &outcome : kOutcomes)
        m_ui->outcomeFilter->addItem(outcome, outcome);
    m_ui->events->setModel(m_model);
    m_ui->events->horizontalHeader()->setStretchLastSection(true);
    m_ui->events->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->reprocess->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_ui->events->verticalHeader()->hide();
    m_ui->payload->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->payload->setPlaceholderText(tr("Select a delivery to see what Stripe sent."));
    m_autoRefresh->setInterval(kAutoRefreshMs);

    connect(m_ui->refresh, &QPushButton::clicked, this, &WebhookLogPage::reload);
    connect(m_ui->outcomeFilter, &QComboBox::currentIndexChanged, this, &WebhookLogPage::reload); // after it was filled
    connect(m_ui->typeFilter, &QLineEdit::returnPressed, this, &WebhookLogPage::reload);
    connect(m_ui->userFilter, &QLineEdit::returnPressed, this, &WebhookLogPage::reload);
    connect(m_ui->autoRefresh, &QCheckBox::toggled, this, [this](bool on) { on ? m_autoRefresh->start() : m_autoRefresh->stop(); });
    connect(m_autoRefresh, &QTimer::timeout, this, &WebhookLogPage::reload);
    connect(m_ui->events->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &WebhookLogPage::showSelected);
    connect(m_ui->reprocess, &QPushButton::clicked, this, &WebhookLogPage::reprocessSelected);
    connect(m_model, &WebhookEventsModel::loadFailed, m_ui->status, &QLabel::setText);
    connect(m_model, &WebhookEventsModel::pageLoaded, this, [this](int rows, bool more) {
        QString shown = more ? tr("%1 deliveries shown, scroll for more").arg(QLocale().toString(rows))
                             : tr("%1 deliveries").arg(QLocale().toString(rows));
        // With a read replica, how old the list may be.
        if (const QString origin = ReadOriginText::describe(m_model->readOrigin()); !origin.isEmpty())
            shown += QStringLiteral(" · ") + origin;
        m_ui->status->setText(m_notice.isEmpty() ? shown : m_notice + QStringLiteral(" · ") + shown);
        m_notice.clear();
        if (rows == 0)
            forgetSelected();
        // Fitted to the first rows once, unless the operator's own widths were remembered.
        if (!m_sized && rows > 0 && !LayoutMemory::wasRestored(m_ui->events->horizontalHeader())) {
            m_ui->events->resizeColumnsToContents();
            m_sized = true;
        }
    });
    // Auto-refresh every 10 s must not take the delivery being read away: the row stays
    // current and its payload stays shown; only a delivery no longer listed is let go.
    auto *keeper = SelectionKeeper::keep(m_ui->events, WebhookEventsModel::KeyRole);
    connect(keeper, &SelectionKeeper::lost, this, &WebhookLogPage::forgetSelected);
}

void WebhookLogPage::forgetSelected()
{
    m_shownKey.clear();
    m_ui->payload->clear();
    m_ui->reprocess->setEnabled(false);
}

WebhookLogPage::~WebhookLogPage() = default;

void WebhookLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) { // the first look fetches; later ones keep what is shown
        m_loadedOnce = true;
        reload();
    }
}

void WebhookLogPage::withClient(std::function<void(serverapi::AdminApiClient *)> then)
{
    m_access->withClient(std::move(then), [this](const QString &message) {
        m_ui->status->setText(message.isEmpty() ? tr("Set the server's address and admin token in Settings to see its webhook log.") : message);
    });
}

void WebhookLogPage::reload()
{
    serverapi::WebhookEventQuery query;
    query.outcome = m_ui->outcomeFilter->currentData().toString();
    query.type = m_ui->typeFilter->text().trimmed();
    query.userId = m_ui->userFilter->text().trimmed();
    m_ui->status->setText(tr("Loading…"));
    withClient([this, query](serverapi::AdminApiClient *client) {
        m_model->load(client, query);
        showCounts(client);
    });
}

void WebhookLogPage::showCounts(serverapi::AdminApiClient *client)
{
    client->webhookStats(QDateTime::currentSecsSinceEpoch() - 24 * 3600, this, [this](const serverapi::AdminApiResult &result) {
        if (!result.ok()) {
            m_ui->counts->clear();
            return;
        }
        const QJsonObject byOutcome = result.body.value(QStringLiteral("by_outcome")).toObject();
        QStringList parts;
        for (const QString &outcome : kOutcomes) {
            const qint64 count = byOutcome.value(outcome).toInteger();
            if (count > 0)
                parts << QStringLiteral("%1 %2").arg(QLocale().toString(count), outcome);
        }
        m_ui->counts->setText(tr("Last 24 hours: %1").arg(parts.isEmpty() ? tr("no deliveries") : parts.join(QStringLiteral(" · "))));
    });
}

void WebhookLogPage::showSelected()
{
    const QModelIndex current = m_ui->events->currentIndex();
    if (!current.isValid())
        return; // a reload in progress; the keeper finds the row again or lets it go
    const QString key = current.data(WebhookEventsModel::KeyRole).toString();
    if (key == m_shownKey)
        return; // the same delivery again after a refresh: its payload is on screen
    m_ui->reprocess->setEnabled(false);
    if (!m_access->client()) {
        forgetSelected();
        return;
    }
    m_shownKey = key;
    m_ui->payload->setPlainText(tr("Loading %1…").arg(key));
    m_access->client()->webhookEvent(key, this, [this, key](const serverapi::AdminApiResult &result) {
        if (m_ui->events->currentIndex().data(WebhookEventsModel::KeyRole).toString() != key)
            return; // the selection moved on
        if (!result.ok()) {
            m_ui->payload->setPlainText(result.message);
            m_shownKey.clear(); // asked again next time
            return;
        }
        const QJsonObject payload = result.body.value(QStringLiteral("payload_json")).toObject();
        m_ui->payload->setPlainText(payload.isEmpty() ? result.body.value(QStringLiteral("payload")).toString()
                                                      : QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Indented)));
        // Only verified events can be applied again; rejected bodies were never trusted.
        m_ui->reprocess->setEnabled(result.body.value(QStringLiteral("event_id")).isString());
    });
}

void WebhookLogPage::reprocessSelected()
{
    const QString key = m_ui->events->currentIndex().data(WebhookEventsModel::KeyRole).toString();
    if (key.isEmpty() || !m_access->client())
        return;
    m_ui->reprocess->setEnabled(false);
    m_ui->status->setText(tr("Reprocessing %1…").arg(key));
    m_access->client()->reprocess(key, this, [this, key](const serverapi::AdminApiResult &result) {
        if (!result.ok()) {
            m_ui->status->setText(result.message);
            m_ui->reprocess->setEnabled(true);
            return;
        }
        const QString outcome = result.body.value(QStringLiteral("outcome")).toString();
        const QString error = result.body.value(QStringLiteral("error")).toString();
        // Said again once the log has reloaded with the new outcome.
        m_notice = error.isEmpty() ? tr("%1 reprocessed: %2").arg(key, outcome) : tr("%1 reprocessed: %2 (%3)").arg(key, outcome, error);
        reload();
    });
}

} // namespace companion::admin
