#pragma once

#include "billing/CashReconciliation.h"

#include <QAbstractTableModel>

namespace companion::admin {

// Every place where a month's money and our records disagree, a row each: what
// kind of difference, the object it is about, the invoice and learner behind it,
// what our records expected, what the balance says, the difference and its cause.
class CashDifferencesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Object, Invoice, Learner, Expected, Actual, Difference, Cause, ColumnCount };
    static constexpr int kUserRole = Qt::UserRole + 1;

    explicit CashDifferencesModel(QObject *parent = nullptr);

    void setDifferences(const QList<billing::CashDifference> &differences, const QString &currency);
    const QList<billing::CashDifference> &differences() const { return m_differences; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<billing::CashDifference> m_differences;
    QString m_currency;
};

} // namespace companion::admin
