#pragma once

#include "billing/PayoutLedger.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class CashCategoriesModel;
class EmptyState;
class PayoutTransactionsModel;
class PayoutsModel;

// The Payouts tab: every payout to the bank, and under it the one selected — its
// transactions grouped by reporting category with their sums, then each line with
// its invoice and learner. Read off the GUI thread (billing::PayoutLedger); a
// reload keeps the selected payout.
class PayoutListTab : public QWidget
{
    Q_OBJECT
public:
    PayoutListTab(db::DatabaseThread *database, QWidget *parent = nullptr);

    PayoutsModel *payoutsModel() const { return m_payouts; }
    CashCategoriesModel *categoriesModel() const { return m_categories; }
    PayoutTransactionsModel *transactionsModel() const { return m_transactions; }
    QTableView *payoutsView() const { return m_payoutsView; }
    QTableView *transactionsView() const { return m_transactionsView; }
    QString selectedPayout() const { return m_selected; }

public Q_SLOTS:
    void refresh();
    void selectPayout(const QString &payoutId);

Q_SIGNALS:
    void payoutsShown();
    void detailShown(const QString &payoutId);
    void userActivated(const QString &userId);

private:
    struct Loaded;
    void showPayouts(const Loaded &loaded);
    void loadDetail(const QString &payoutId);
    void showDetail(const billing::PayoutDetail &detail);
    void clearDetail(const QString &why);

    db::DatabaseThread *m_database;
    PayoutsModel *m_payouts;
    CashCategoriesModel *m_categories;
    PayoutTransactionsModel *m_transactions;
    QComboBox *m_currency;
    QLabel *m_currencyLabel;
    QLabel *m_status;
    QTableView *m_payoutsView;
    QWidget *m_detail;
    QLabel *m_detailTitle;
    QTableView *m_categoriesView;
    QTableView *m_transactionsView;
    EmptyState *m_empty;
    QString m_selected; // the payout shown below, kept across reloads
    int m_generation = 0;
    int m_detailGeneration = 0;
};

} // namespace companion::admin
