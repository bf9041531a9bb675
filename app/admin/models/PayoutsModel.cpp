#include "PayoutsModel.h"

#include "PayoutWords.h"
#include "widgets/DisplayFormat.h"
#include "widgets/StatusPalette.h"

namespace companion::admin {

PayoutsModel::PayoutsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PayoutsModel::setPayouts(const QList<billing::PayoutRow> &payouts)
{
    beginResetModel();
    m_payouts = payouts;
    endResetModel();
}

const billing::PayoutRow *PayoutsModel::payoutAt(int row) const
{
    return row >= 0 && row < m_payouts.size() ? &m_payouts.at(row) : nullptr;
}

int PayoutsModel::rowOf(const QString &payoutId) const
{
    for (int row = 0; row < m_payouts.size(); ++row)
        if (m_payouts.at(row).id == payoutId)
            return row;
    return -1;
}

int PayoutsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_payouts.size());
}

int PayoutsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutsModel::display(const billing::PayoutRow &p, int column) const
{
    const DisplayFormat format = DisplayFormat::current();
    switch (Column(column)) {
    case Created: return format.date(p.created);
    case Arrival: return format.date(p.arrivalDate);
    case Amount: return format.money(p.amount, p.currency);
    case Status: return PayoutWords::status(p.status);
    case Transactions: return p.automatic ? format.number(p.transactions) : QString();
    case AddsUp:
        if (!p.automatic || !p.transactionsRead)
            return QStringLiteral("—");
        return p.addsUp() ? QStringLiteral("✓") : format.money(p.transactionsNet - p.amount, p.currency);
    case Payout: return p.id;
    case ColumnCount: break;
    }
    return {};
}

QString PayoutsModel::toolTip(const billing::PayoutRow &p, int column) const
{
    const DisplayFormat format = DisplayFormat::current();
    switch (Column(column)) {
    case Status:
        if (p.failed())
            return p.failureMessage.isEmpty() ? p.failureCode : p.failureMessage;
        if (p.status == QLatin1String("in_transit") || p.status == QLatin1String("pending"))
            return tr("On its way: expected at the bank on %1.").arg(format.longDate(p.arrivalDate));
        return {};
    case AddsUp:
        if (!p.automatic)
            return tr("A manual payout: Stripe does not say which transactions it carried.");
        if (!p.transactionsRead)
            return tr("Its transactions are read once the payout is final.");
        if (!p.addsUp())
            return tr("Its transactions add up to %1, but it sent %2.")
                .arg(format.money(p.transactionsNet, p.currency), format.money(p.amount, p.currency));
        return tr("Its transactions add up to what it sent.");
    default:
        return {};
    }
}

QVariant PayoutsModel::data(const QModelIndex &index, int role) const
{
    const billing::PayoutRow *p = index.isValid() ? payoutAt(index.row()) : nullptr;
    if (!p)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return display(*p, index.column());
    case kPayoutIdRole:
        return p->id;
    case Qt::ToolTipRole:
        if (const QString tip = toolTip(*p, index.column()); !tip.isEmpty())
            return tip;
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Status && p->failed())
            return StatusPalette::current().danger();
        if (index.column() == Status && (p->status == QLatin1String("in_transit") || p->status == QLatin1String("pending")))
            return StatusPalette::current().muted();
        if (index.column() == AddsUp && !p->addsUp())
            return StatusPalette::current().danger();
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Transactions || index.column() == AddsUp)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QVariant PayoutsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Created:
        case Arrival: return DisplayFormat::current().zoneNote();
        case Transactions: return tr("The balance transactions it carried to the bank.");
        case AddsUp: return tr("Whether the net of its transactions equals what it sent.");
        default: return {};
        }
    }
    if (role == Qt::TextAlignmentRole && (section == Amount || section == Transactions || section == AddsUp))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Created: return tr("Created");
    case Arrival: return tr("Arrives");
    case Amount: return tr("Amount");
    case Status: return tr("Status");
    case Transactions: return tr("Transactions");
    case AddsUp: return tr("Adds up");
    case Payout: return tr("Payout");
    case ColumnCount: break;
    }
    return {};
}

} // namespace companion::admin
