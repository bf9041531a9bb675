#include "UsersPage.h"

#include "actions/LearnerFinder.h"
#include "actions/ViewCsvSources.h"
#include "db/DatabaseThread.h"
#include "models/UsersModel.h"
#include "ui_UsersPage.h"
#include "widgets/CsvExportFlow.h"
#include "widgets/DebouncedSearch.h"
#include "widgets/EmptyState.h"
#include "widgets/TableViews.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLineEdit>
#include <QLocale>

namespace companion::admin {

UsersPage::UsersPage(db::DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::UsersPage>())
    , m_model(new UsersModel(database, this))
    , m_database(database)
{
    m_ui->setupUi(this);
    m_export = new CsvExportFlow(CsvExportFlow::Kind::Users, database, this, m_ui->usersStatus, m_ui->exportCsv);
    connect(m_ui->exportCsv, &QToolButton::clicked, this, &UsersPage::startExport);
    m_ui->usersView->setModel(m_model);
    m_empty = EmptyState::attach(m_ui->usersView);
    makeDense(m_ui->usersView);
    enableCopy(m_ui->usersView);
    m_ui->usersView->horizontalHeader()->resizeSection(UsersModel::Email, 260);
    m_ui->usersView->horizontalHeader()->resizeSection(UsersModel::Name, 180);
    m_ui->usersView->horizontalHeader()->resizeSection(UsersModel::Plan, 200);
    // The database sorts; only columns with an index behind them take a click.
    m_ui->usersView->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    connect(m_ui->usersView->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder) {
        if (!UsersModel::isSortable(column))
            m_ui->usersView->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    });

    m_ui->usersTierFilter->addItem(tr("All tiers"), QString());
    m_ui->usersTierFilter->addItem(tr("Free"), QStringLiteral("free"));
    m_ui->usersTierFilter->addItem(tr("Premium"), QStringLiteral("premium"));
    m_ui->usersStatusFilter->addItem(tr("Any subscription"), QString());
    for (const QString &status : UsersModel::knownStatuses())
        m_ui->usersStatusFilter->addItem(UsersModel::statusText(status), status);
    m_ui->usersStatusFilter->addItem(tr("Never subscribed"), QStringLiteral("none"));
    for (auto *combo : {m_ui->usersTierFilter, m_ui->usersStatusFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &UsersPage::applyFilter);
    for (auto *box : {m_ui->usersAtRiskFilter, m_ui->usersCancelPendingFilter, m_ui->usersGrantFilter})
        connect(box, &QCheckBox::toggled, this, &UsersPage::applyFilter);

    connect(m_ui->usersView, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT userActivated(index.siblingAtColumn(0).data(UsersModel::UserIdRole).toString());
    });

    // Enter on a Stripe id opens its learner; on a search with one match, that learner.
    connect(m_ui->usersSearch, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_ui->usersSearch->text().trimmed();
        if (LearnerFinder::looksLikeStripeId(text))
            Q_EMIT stripeIdEntered(text);
        else if (m_model->rowCount() == 1 && m_model->search() == text)
            Q_EMIT userActivated(m_model->index(0, 0).data(UsersModel::UserIdRole).toString());
    });
    // After the line above: Enter also searches at once, which reloads the rows it looked at.
    connect(new DebouncedSearch(m_ui->usersSearch), &DebouncedSearch::searchRequested, m_model, &UsersModel::setSearch);
    connect(m_ui->usersReload, &QToolButton::clicked, m_model, &UsersModel::reload);

    connect(m_model, &UsersModel::pageLoaded, this, &UsersPage::updateStatus);
    connect(m_model, &UsersModel::totalCounted, this, [this] { updateStatus(m_model->rowCount(), m_model->canFetchMore({}) || m_model->isLoading()); });
    connect(m_model, &UsersModel::loadingChanged, this, [this](bool loading) {
        if (loading && m_model->rowCount() == 0) {
            m_ui->usersStatus->setText(tr("Loading…"));
            m_empty->clear();
        }
    });
    connect(m_model, &UsersModel::loadFailed, this, [this](const QString &message) {
        m_ui->usersStatus->setText(tr("Could not read users: %1").arg(message));
        m_empty->say(tr("Could not read users: %1").arg(message), tr("Try again"), [this] { m_model->reload(); });
    });


    m_model->reload();
}

UsersPage::~UsersPage() = default;

QTableView *UsersPage::view() const
{
    return m_ui->usersView;
}

void UsersPage::clearFilters()
{
    const QSignalBlocker tier(m_ui->usersTierFilter), status(m_ui->usersStatusFilter), atRisk(m_ui->usersAtRiskFilter),
        cancelPending(m_ui->usersCancelPendingFilter), grant(m_ui->usersGrantFilter);
    m_ui->usersTierFilter->setCurrentIndex(0);
    m_ui->usersStatusFilter->setCurrentIndex(0);
    for (auto *box : {m_ui->usersAtRiskFilter, m_ui->usersCancelPendingFilter, m_ui->usersGrantFilter})
        box->setChecked(false);
    applyFilter();
}

void UsersPage::applyFilter()
{
    db::UserFilter filter;
    filter.tier = m_ui->usersTierFilter->currentData().toString();
    filter.subscriptionStatus = m_ui->usersStatusFilter->currentData().toString();
    filter.paymentAtRisk = m_ui->usersAtRiskFilter->isChecked();
    filter.cancelPending = m_ui->usersCancelPendingFilter->isChecked();
    filter.manualGrant = m_ui->usersGrantFilter->isChecked();
    m_model->setFilter(filter);
}

void UsersPage::startExport()
{
    exportTo(m_export->choosePath());
}

void UsersPage::exportTo(const QString &path)
{
    m_export->exportTo(path, std::make_unique<UsersCsvSource>(*m_model, m_database->config().dialect));
}

QString UsersPage::currentUserId() const
{
    const QModelIndex current = m_ui->usersView->currentIndex();
    return current.isValid() ? current.siblingAtColumn(0).data(UsersModel::UserIdRole).toString() : QString();
}

void UsersPage::focusSearch()
{
    m_ui->usersSearch->setFocus(Qt::ShortcutFocusReason);
    m_ui->usersSearch->selectAll();
}

void UsersPage::showLookup(const QString &message)
{
    // Kept for the search it was about: the list's own "no match" must not hide it.
    m_lookupFor = m_ui->usersSearch->text().trimmed();
    m_lookupMessage = message;
    m_ui->usersStatus->setText(message);
}

void UsersPage::updateStatus(int rows, bool more)
{
    if (rows == 0) {
        if (!m_lookupMessage.isEmpty() && m_model->search() == m_lookupFor) {
            m_ui->usersStatus->setText(m_lookupMessage);
            m_empty->say(m_lookupMessage);
        } else if (!m_model->search().isEmpty()) {
            m_ui->usersStatus->setText(tr("No user matches \"%1\".").arg(m_model->search()));
            m_empty->say(tr("No learner's e-mail or name contains “%1”. Any part of either works, as does a Stripe id (cus_…, in_…, ch_…).")
                             .arg(m_model->search()),
                         tr("Clear the search"), [this] { m_ui->usersSearch->clear(); });
        } else if (!m_model->filter().isEmpty()) {
            m_ui->usersStatus->setText(tr("No user matches these filters."));
            m_empty->say(tr("No learner matches these filters."), tr("Clear the filters"), [this] { clearFilters(); });
        } else {
            m_ui->usersStatus->setText(tr("No users yet."));
            m_empty->say(tr("No learners yet. They appear here when they sign up in the course."));
        }
        return;
    }
    m_empty->clear();
    if (more && m_model->totalRows() >= 0)
        m_ui->usersStatus->setText(tr("%1 users · %2 listed, scroll for more")
                                       .arg(QLocale().toString(m_model->totalRows()), QLocale().toString(rows)));
    else
        m_ui->usersStatus->setText(more ? tr("%n user(s) shown, scroll for more", nullptr, rows) : tr("%n user(s)", nullptr, rows));
}

} // namespace companion::admin
