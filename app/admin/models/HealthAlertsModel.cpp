#include "HealthAlertsModel.h"

#include "widgets/StatusPalette.h"

#include <QDateTime>
#include <QJsonObject>
#include <QLocale>

namespace companion::admin {

bool HealthAlertsModel::Entry::operator==(const Entry &o) const
{
    return name == o.name && state == o.state && severity == o.severity && instance == o.instance && summary == o.summary
        && description == o.description && activeAt == o.activeAt;
}

HealthAlertsModel::HealthAlertsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HealthAlertsModel::setAlerts(const QJsonArray &alerts)
{
    QList<Entry> incoming;
    for (const QJsonValue &v : alerts) {
        const QJsonObject o = v.toObject();
        incoming.append({o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("state")).toString(),
                         o.value(QStringLiteral("severity")).toString(), o.value(QStringLiteral("instance")).toString(),
                         o.value(QStringLiteral("summary")).toString(), o.value(QStringLiteral("description")).toString(),
                         QDateTime::fromString(o.value(QStringLiteral("active_at")).toString(), Qt::ISODateWithMs)});
    }
    // Gone first (from the bottom), then changed in place, then new at the end.
    for (int row = int(m_alerts.size()) - 1; row >= 0; --row) {
        const QString key = m_alerts.at(row).key();
        if (std::none_of(incoming.cbegin(), incoming.cend(), [&key](const Entry &a) { return a.key() == key; })) {
            beginRemoveRows({}, row, row);
            m_alerts.removeAt(row);
            endRemoveRows();
        }
    }
    for (const Entry &alert : std::as_const(incoming)) {
        const auto existing = std::find_if(m_alerts.begin(), m_alerts.end(), [&alert](const Entry &a) { return a.key() == alert.key(); });
        if (existing != m_alerts.end()) {
            if (!(*existing == alert)) {
                *existing = alert;
                const int row = int(existing - m_alerts.begin());
                Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
            }
            continue;
        }
        beginInsertRows({}, int(m_alerts.size()), int(m_alerts.size()));
        m_alerts.append(alert);
        endInsertRows();
    }
}

int HealthAlertsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int HealthAlertsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HealthAlertsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Entry &a = m_alerts.at(index.row());
    if (role == DescriptionRole || (role == Qt::ToolTipRole && index.column() == Summary))
        return a.description;
    if (role == Qt::ForegroundRole && index.column() == State)
        return a.state == QLatin1String("firing") ? StatusPalette::current().danger() : StatusPalette::current().warning();
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case State: return a.state == QLatin1String("firing") ? tr("firing") : tr("pending");
    case Alert: return a.name;
    case Severity: return a.severity;
    case Instance: return a.instance;
    case Since: return a.activeAt.isValid() ? QLocale().toString(a.activeAt.toLocalTime(), QLocale::ShortFormat) : QString();
    case Summary: return a.summary;
    case ColumnCount: break;
    }
    return {};
}

QVariant HealthAlertsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case State: return tr("State");
    case Alert: return tr("Alert");
    case Severity: return tr("Severity");
    case Instance: return tr("Instance");
    case Since: return tr("Since");
    case Summary: return tr("Summary");
    case ColumnCount: break;
    }
    return {};
}

} // namespace companion::admin
