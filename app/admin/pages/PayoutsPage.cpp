#include "PayoutsPage.h"

#include "CashReconciliationTab.h"
#include "PayoutListTab.h"
#include "models/PayoutTransactionsModel.h"

#include <QBoxLayout>
#include <QTabWidget>
#include <QTableView>

namespace companion::admin {

PayoutsPage::PayoutsPage(db::DatabaseThread *database, QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_payouts(new PayoutListTab(database, m_tabs))
    , m_cash(new CashReconciliationTab(database, m_tabs))
{
    auto *layout = new QVBoxLayout(this);
    m_tabs->setObjectName(QStringLiteral("payoutsTabs"));
    m_tabs->setAccessibleName(tr("Payouts and cash reconciliation"));
    m_payouts->setObjectName(QStringLiteral("payoutsTab"));
    m_cash->setObjectName(QStringLiteral("cashTab"));
    m_tabs->addTab(m_payouts, tr("&Payouts"));
    m_tabs->addTab(m_cash, tr("Cash &reconciliation"));
    layout->addWidget(m_tabs);
    connect(m_payouts, &PayoutListTab::userActivated, this, &PayoutsPage::userActivated);
    connect(m_cash, &CashReconciliationTab::userActivated, this, &PayoutsPage::userActivated);
}

QTableView *PayoutsPage::learnerView() const
{
    return m_payouts->transactionsView();
}

LearnerRow PayoutsPage::learnerAt(const QModelIndex &index) const
{
    const billing::PayoutTransaction *t = m_payouts->transactionsModel()->transactionAt(index.row());
    return t ? LearnerRow{t->userId, t->email, {}, {}} : LearnerRow{};
}

void PayoutsPage::setPathChooser(PathChooser chooser)
{
    m_cash->setPathChooser(std::move(chooser));
}

void PayoutsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
    }
}

void PayoutsPage::refresh()
{
    m_loadedOnce = true;
    m_payouts->refresh();
    m_cash->refresh();
}

void PayoutsPage::exportCsv()
{
    m_tabs->setCurrentWidget(m_cash);
    m_cash->exportCsv();
}

} // namespace companion::admin
