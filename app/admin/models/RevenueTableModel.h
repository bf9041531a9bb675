#pragma once

#include "billing/PeriodClose.h"
#include "billing/RevenueFigures.h"

#include <QAbstractTableModel>
#include <QHash>

namespace companion::admin {

// One of the Revenue page's tables over a RevenueReport: a row per period.
// Qt::DisplayRole is for people; kCsvRole is plain text for a spreadsheet
// (amounts in major units with a dot, rates as fractions, ISO dates).
class RevenueTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Table { Mrr, Movements, Cash };
    static constexpr int kCsvRole = Qt::UserRole + 1;
    static constexpr int kMovementRole = Qt::UserRole + 2; // int(billing::Movement) of a movement column, else invalid
    static constexpr int kChartLabelRole = Qt::UserRole + 3; // the period's short label for a chart axis ("12 Mar"), "*" when not over

    explicit RevenueTableModel(Table table, QObject *parent = nullptr);

    void setReport(const billing::RevenueReport &report, const QHash<QDate, billing::ClosedPeriod> &closed = {});
    const billing::RevenueReport &report() const { return m_report; }
    const billing::PeriodFigures *periodAt(int row) const;
    // The day (UTC) whose period is "not over yet"; today unless a test says otherwise.
    void setToday(const QDate &today);
    // The row of the period containing today, or -1.
    int incompleteRow() const;

    // What a column means: the header's tooltip and the page's definitions.
    QString definition(int column) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    enum Column {
        // Mrr
        Period, StartMrr, EndMrr, NetNew, Scheduled, AtRisk, Arr, Subscribers, Arpu, CustomerChurn, GrossChurn, NetChurn, Ltv, Closed,
        // Movements
        New, Expansion, Reactivation, Contraction, Churn, QuickRatio, NewCustomers, ChurnedCustomers,
        // Cash
        Gross, Fees, Refunds, Disputes, Net, Failed, Recovered, RecoveryRate,
    };

private:
    Column columnAt(int section) const { return m_columns.at(section); }
    QString periodLabel(const billing::PeriodFigures &f) const;

    Table m_table;
    QList<Column> m_columns;
    billing::RevenueReport m_report;
    QHash<QDate, billing::ClosedPeriod> m_closed;
    QDate m_today;
};

} // namespace companion::admin
