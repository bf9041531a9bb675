#pragma once

#include "billing/CashReconciliation.h"

#include <QAbstractTableModel>

namespace companion::admin {

// Where a month's net went: a row per payout that carried part of it (its status,
// arrival, the part of this month and the whole payout), and what is still in
// Stripe's balance.
class CashSettlementsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Payout, Status, Arrival, ThisMonth, WholePayout, Transactions, ColumnCount };

    explicit CashSettlementsModel(QObject *parent = nullptr);

    void setSettlements(const QList<billing::CashSettlement> &settlements, const QString &currency);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<billing::CashSettlement> m_settlements;
    QString m_currency;
};

} // namespace companion::admin
