#include "SubscriptionsPage.h"

#include "actions/ViewCsvSources.h"
#include "db/DatabaseThread.h"
#include "models/SubscriptionsModel.h"
#include "models/UsersModel.h"
#include "ui_SubscriptionsPage.h"
#include "widgets/EmptyState.h"
#include "widgets/CsvExportFlow.h"
#include "widgets/DebouncedSearch.h"
#include "widgets/TableViews.h"

#include <QHeaderView>
#include <QLocale>

namespace companion::admin {

SubscriptionsPage::SubscriptionsPage(db::DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SubscriptionsPage>())
    , m_model(new SubscriptionsModel(database, this))
    , m_database(database)
{
    m_ui->setupUi(this);
    m_export = new CsvExportFlow(CsvExportFlow::Kind::Subscriptions, database, this, m_ui->subscriptionsStatus, m_ui->exportCsv);
    connect(m_ui->exportCsv, &QToolButton::clicked, this, &SubscriptionsPage::startExport);
    m_ui->subscriptionsView->setModel(m_model);
    m_empty = EmptyState::attach(m_ui->subscriptionsView);
    makeDense(m_ui->subscriptionsView);
    enableCopy(m_ui->subscriptionsView);
    auto *header = m_ui->subscriptionsView->horizontalHeader();
    header->resizeSection(SubscriptionsModel::Email, 260);
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int column, Qt::SortOrder) {
        if (!SubscriptionsModel::isSortable(column))
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_ui->subscriptionsStatusFilter->addItem(tr("Any status"), QString());
    for (const QString &status : UsersModel::knownStatuses())
        m_ui->subscriptionsStatusFilter->addItem(UsersModel::statusText(status), status);
    m_ui->subscriptionsPlanFilter->addItem(tr("Any plan"), QString());
    m_ui->subscriptionsPlanFilter->addItem(tr("Monthly"), QStringLiteral("month"));
    m_ui->subscriptionsPlanFilter->addItem(tr("Yearly"), QStringLiteral("year"));
    for (auto *combo : {m_ui->subscriptionsStatusFilter, m_ui->subscriptionsPlanFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &SubscriptionsPage::applyFilter);
    connect(m_ui->subscriptionsCancelPendingFilter, &QCheckBox::toggled, this, &SubscriptionsPage::applyFilter);
    connect(new DebouncedSearch(m_ui->subscriptionsSearch), &DebouncedSearch::searchRequested, m_model, &SubscriptionsModel::setSearch);
    connect(m_ui->subscriptionsReload, &QToolButton::clicked, m_model, &SubscriptionsModel::reload);

    connect(m_ui->subscriptionsView, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString userId = index.siblingAtColumn(0).data(SubscriptionsModel::UserIdRole).toString();
        if (!userId.isEmpty())
            Q_EMIT userActivated(userId);
    });
    connect(m_model, &SubscriptionsModel::pageLoaded, this, &SubscriptionsPage::updateStatus);
    connect(m_model, &SubscriptionsModel::totalCounted, this,
            [this] { updateStatus(m_model->rowCount(), m_model->canFetchMore({}) || m_model->isLoading()); });
    connect(m_model, &SubscriptionsModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->rowCount() == 0) {
            m_ui->subscriptionsStatus->setText(tr("Loading…"));
            m_empty->clear();
        }
    });
    connect(m_model, &SubscriptionsModel::loadFailed, this, [this](const QString &message) {
        m_ui->subscriptionsStatus->setText(tr("Could not read subscriptions: %1").arg(message));
    });
    m_model->reload();
}

SubscriptionsPage::~SubscriptionsPage() = default;

QTableView *SubscriptionsPage::view() const
{
    return m_ui->subscriptionsView;
}

void SubscriptionsPage::applyFilter()
{
    billing::SubscriptionFilter filter;
    filter.status = m_ui->subscriptionsStatusFilter->currentData().toString();
    filter.interval = m_ui->subscriptionsPlanFilter->currentData().toString();
    filter.cancelPending = m_ui->subscriptionsCancelPendingFilter->isChecked();
    m_model->setFilter(filter);
}

void SubscriptionsPage::startExport()
{
    exportTo(m_export->choosePath());
}

void SubscriptionsPage::exportTo(const QString &path)
{
    m_export->exportTo(path, std::make_unique<SubscriptionsCsvSource>(*m_model, m_database->config().dialect));
}

void SubscriptionsPage::updateStatus(int rows, bool more)
{
    if (rows == 0) {
        m_ui->subscriptionsStatus->setText(tr("No subscription matches."));
        const billing::SubscriptionQuery &query = m_model->query();
        const bool narrowed = !query.search.isEmpty() || !query.filter.status.isEmpty() || !query.filter.interval.isEmpty()
                              || query.filter.cancelPending;
        if (narrowed)
            m_empty->say(tr("No subscription matches this search and these filters."), tr("Clear the search and filters"), [this] {
                const QSignalBlocker status(m_ui->subscriptionsStatusFilter), plan(m_ui->subscriptionsPlanFilter),
                    pending(m_ui->subscriptionsCancelPendingFilter);
                m_ui->subscriptionsStatusFilter->setCurrentIndex(0);
                m_ui->subscriptionsPlanFilter->setCurrentIndex(0);
                m_ui->subscriptionsCancelPendingFilter->setChecked(false);
                m_ui->subscriptionsSearch->clear();
                applyFilter();
            });
        else
            m_empty->say(tr("No subscriptions yet. A learner's subscription appears here once Stripe's webhook about their checkout "
                            "has reached the server."));
        return;
    }
    m_empty->clear();
    if (more && m_model->totalRows() >= 0)
        m_ui->subscriptionsStatus->setText(tr("%1 subscriptions · %2 listed, scroll for more")
                                               .arg(QLocale().toString(m_model->totalRows()), QLocale().toString(rows)));
    else
        m_ui->subscriptionsStatus->setText(more ? tr("%n subscription(s) shown, scroll for more", nullptr, rows)
                                                : tr("%n subscription(s)", nullptr, rows));
}

} // namespace companion::admin
