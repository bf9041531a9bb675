#pragma once

#include "actions/LearnerRow.h"

#include <QWidget>

#include <functional>

class QModelIndex;
class QTabWidget;
class QTableView;

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class CashReconciliationTab;
class PayoutListTab;

// Finance follows the money to the bank: the payouts Stripe sent with the
// transactions each carried, and a month's cash reconciliation (two tabs). Read
// from the mirrored payouts and balance transactions, off the GUI thread.
class PayoutsPage : public QWidget
{
    Q_OBJECT
public:
    PayoutsPage(db::DatabaseThread *database, QWidget *parent = nullptr);

    PayoutListTab *payoutsTab() const { return m_payouts; }
    CashReconciliationTab *cashTab() const { return m_cash; }
    // The rows the Learner menu acts on (the selected payout's transactions), and who a row is.
    QTableView *learnerView() const;
    LearnerRow learnerAt(const QModelIndex &index) const;

    using PathChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;
    void setPathChooser(PathChooser chooser);

public Q_SLOTS:
    // Both tabs read again; the selected payout stays selected.
    void refresh();
    // The month's itemized lines as CSV (File ▸ Export CSV… on this page).
    void exportCsv();

Q_SIGNALS:
    void userActivated(const QString &userId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QTabWidget *m_tabs;
    PayoutListTab *m_payouts;
    CashReconciliationTab *m_cash;
    bool m_loadedOnce = false;
};

} // namespace companion::admin
