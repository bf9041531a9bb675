#pragma once

#include "billing/PayoutLedger.h"

#include <QAbstractTableModel>

namespace companion::admin {

// The balance transactions one payout carried, by category then date: what each
// brought in or took away (gross, fee, net), the invoice and the learner behind it.
class PayoutTransactionsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Date, Category, Description, Gross, Fee, Net, Invoice, Learner, ColumnCount };
    static constexpr int kUserRole = Qt::UserRole + 1;

    explicit PayoutTransactionsModel(QObject *parent = nullptr);

    void setTransactions(const QList<billing::PayoutTransaction> &transactions, const QString &currency);
    const billing::PayoutTransaction *transactionAt(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<billing::PayoutTransaction> m_transactions;
    QString m_currency;
};

} // namespace companion::admin
