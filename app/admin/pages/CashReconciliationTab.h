#pragma once

#include "billing/CashReconciliation.h"

#include <QHash>
#include <QPointer>
#include <QProgressDialog>
#include <QWidget>

#include <functional>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;
class QTimer;

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class CashDifferencesModel;
class EmptyState;
class CashLinesExport;
class CashSettlementsModel;

// The Cash reconciliation tab: a month's money followed to the bank. What was
// charged, refunded, disputed and kept as fees adds up to the month's net; the net
// is split by the payouts that carried it and what is still in the balance; every
// difference with our records is listed with its cause, and the month says whether
// it matches to the cent. Export CSV… writes the itemized lines. Computed off the
// GUI thread (billing::CashReconciliation).
class CashReconciliationTab : public QWidget
{
    Q_OBJECT
public:
    CashReconciliationTab(db::DatabaseThread *database, QWidget *parent = nullptr);
    ~CashReconciliationTab() override;

    CashSettlementsModel *settlementsModel() const { return m_settlements; }
    CashDifferencesModel *differencesModel() const { return m_differences; }
    const billing::CashReport &report() const { return m_report; }
    billing::CashRequest request() const;
    void setMonth(const QDate &month);

    using PathChooser = std::function<QString(const QString &title, const QString &suggested, const QString &filter)>;
    void setPathChooser(PathChooser chooser) { m_choosePath = std::move(chooser); }
    QProgressDialog *progressDialog() const { return m_progress; } // while an export runs

public Q_SLOTS:
    void refresh();
    void exportCsv();

Q_SIGNALS:
    void reportShown();
    void exportFinished(bool written);
    void userActivated(const QString &userId);

private:
    struct Loaded;
    void showReport(const Loaded &loaded);
    void showFigures(const billing::CashReport &report);
    void exportDone(int outcome, qint64 lines, const QString &error);
    QLabel *figure(const QString &name, const QString &label, int row, int column, bool strong = false);

    db::DatabaseThread *m_database;
    CashSettlementsModel *m_settlements;
    CashDifferencesModel *m_differences;
    CashLinesExport *m_export;
    QDateEdit *m_month;
    QLabel *m_currencyLabel;
    QComboBox *m_currency;
    QPushButton *m_exportButton;
    QLabel *m_verdict;
    QLabel *m_incomplete;
    QLabel *m_status;
    QGridLayout *m_figures;
    QHash<QString, QLabel *> m_values;
    QTableView *m_settlementsView;
    QTableView *m_differencesView;
    QLabel *m_differencesCaption;
    EmptyState *m_noSettlements;
    EmptyState *m_noDifferences;
    QPointer<QProgressDialog> m_progress;
    QTimer *m_progressTimer;
    PathChooser m_choosePath;
    billing::CashReport m_report;
    QString m_exportFile;
    int m_generation = 0;
};

} // namespace companion::admin
