#pragma once

#include "billing/Reconciliation.h"

#include <QAbstractTableModel>

namespace companion::admin {

// The differences one comparison with Stripe found, a row each, in words
// support reads ("Pays in Stripe, not Premium here") with both sides and the
// webhook log's last word on the object.
class ReconciliationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { What, User, Subscription, StripeSays, WeSay, WebhookLog, Fix, ColumnCount };
    static constexpr int kCsvRole = Qt::UserRole + 1;
    static constexpr int kUserRole = Qt::UserRole + 2;

    explicit ReconciliationModel(QObject *parent = nullptr);

    void setDrifts(const QList<billing::Drift> &drifts);
    const QList<billing::Drift> &drifts() const { return m_drifts; }
    const billing::Drift *driftAt(int row) const;

    static QString describe(billing::DriftKind kind);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString side(const billing::Drift &d, bool stripe) const;

    QList<billing::Drift> m_drifts;
};

} // namespace companion::admin
