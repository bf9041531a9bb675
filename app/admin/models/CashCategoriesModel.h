#pragma once

#include "billing/CashReconciliation.h"

#include <QAbstractTableModel>

namespace companion::admin {

// Transactions grouped by Stripe's reporting category — how many, and their
// gross, fee and net — with a last row that adds them up.
class CashCategoriesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Category, Count, Gross, Fee, Net, ColumnCount };

    explicit CashCategoriesModel(QObject *parent = nullptr);

    void setCategories(const QList<billing::CashCategory> &categories, const QString &currency);
    // The total row's figures (category empty).
    billing::CashCategory total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<billing::CashCategory> m_categories;
    QString m_currency;
};

} // namespace companion::admin
