#pragma once

#include <QAbstractTableModel>
#include <QJsonArray>
#include <QList>

namespace companion::admin {

// The alerts Prometheus has active, as the server's health report lists them.
// A refresh updates rows in place (same alert and instance: same row), inserting
// and removing only what changed, so the operator's selection survives it.
class HealthAlertsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { State, Alert, Severity, Instance, Since, Summary, ColumnCount };
    enum Role { DescriptionRole = Qt::UserRole + 1 };

    struct Entry {
        QString name, state, severity, instance, summary, description;
        QDateTime activeAt;
        QString key() const { return name + u'\x1f' + instance; }
        bool operator==(const Entry &o) const;
    };

    explicit HealthAlertsModel(QObject *parent = nullptr);

    void setAlerts(const QJsonArray &alerts);
    const Entry &alert(int row) const { return m_alerts.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Entry> m_alerts;
};

} // namespace companion::admin
