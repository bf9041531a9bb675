#pragma once

#include "billing/PayoutLedger.h"

#include <QAbstractTableModel>

namespace companion::admin {

// Every mirrored payout to the bank, a row each, newest arrival first: when it
// was made and arrives, what it sent, its status (a failed or canceled one in the
// danger colour, Stripe's reason as its tooltip) and whether the transactions it
// carried add up to what it sent.
class PayoutsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Created, Arrival, Amount, Status, Transactions, AddsUp, Payout, ColumnCount };
    static constexpr int kPayoutIdRole = Qt::UserRole + 1;

    explicit PayoutsModel(QObject *parent = nullptr);

    void setPayouts(const QList<billing::PayoutRow> &payouts);
    const QList<billing::PayoutRow> &payouts() const { return m_payouts; }
    const billing::PayoutRow *payoutAt(int row) const;
    int rowOf(const QString &payoutId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVariant display(const billing::PayoutRow &p, int column) const;
    QString toolTip(const billing::PayoutRow &p, int column) const;

    QList<billing::PayoutRow> m_payouts;
};

} // namespace companion::admin
