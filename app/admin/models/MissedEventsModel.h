#pragma once

#include "billing/MissedEvents.h"

#include <QAbstractTableModel>

namespace companion::admin {

// Stripe's events companion-server never received or failed to apply, a row
// each: when, what, on which object, how many endpoints Stripe still waits on,
// and what our log says.
class MissedEventsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Created, Type, Object, Pending, OurLog, Event, ColumnCount };
    static constexpr int kCsvRole = Qt::UserRole + 1;
    static constexpr int kUserRole = Qt::UserRole + 2;

    explicit MissedEventsModel(QObject *parent = nullptr);

    void setEvents(const QList<billing::MissedEvent> &events);
    const QList<billing::MissedEvent> &events() const { return m_events; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<billing::MissedEvent> m_events;
};

} // namespace companion::admin
