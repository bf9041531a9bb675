#include "CashSettlementsModel.h"

#include "PayoutWords.h"
#include "widgets/DisplayFormat.h"
#include "widgets/StatusPalette.h"

namespace companion::admin {

namespace {
bool isNumber(int column)
{
    return column == CashSettlementsModel::ThisMonth || column == CashSettlementsModel::WholePayout
        || column == CashSettlementsModel::Transactions;
}
bool isFailed(const billing::CashSettlement &s)
{
    return s.status == QLatin1String("failed") || s.status == QLatin1String("canceled");
}
} // namespace

CashSettlementsModel::CashSettlementsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CashSettlementsModel::setSettlements(const QList<billing::CashSettlement> &settlements, const QString &currency)
{
    beginResetModel();
    m_settlements = settlements;
    m_currency = currency;
    endResetModel();
}

int CashSettlementsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_settlements.size());
}

int CashSettlementsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashSettlementsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_settlements.size())
        return {};
    const billing::CashSettlement &s = m_settlements.at(index.row());
    const bool inBalance = s.payoutId.isEmpty();
    switch (role) {
    case Qt::TextAlignmentRole:
        return isNumber(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        if (index.column() == Status && isFailed(s))
            return StatusPalette::current().danger();
        if (index.column() == Status && (s.status == QLatin1String("in_transit") || s.status == QLatin1String("pending")))
            return StatusPalette::current().muted();
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Status && isFailed(s) && !s.failureMessage.isEmpty())
            return s.failureMessage;
        return {};
    case Qt::DisplayRole: {
        const DisplayFormat format = DisplayFormat::current();
        switch (Column(index.column())) {
        case Payout: return inBalance ? tr("Still in the Stripe balance") : s.payoutId;
        case Status:
            if (inBalance)
                return QString();
            if (isFailed(s))
                return s.settledBy.isEmpty() ? tr("%1, back in the balance").arg(PayoutWords::status(s.status))
                                             : tr("%1, sent again with %2 (%3)").arg(PayoutWords::status(s.status), s.settledBy,
                                                                                     PayoutWords::status(s.settledByStatus));
            return PayoutWords::status(s.status);
        case Arrival: return inBalance ? QString() : format.date(s.arrivalDate);
        case ThisMonth: return format.money(s.amount, m_currency);
        case WholePayout: return inBalance ? QString() : format.money(s.payoutAmount, m_currency);
        case Transactions: return format.number(s.transactions);
        case ColumnCount: break;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant CashSettlementsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isNumber(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case ThisMonth: return tr("The part of this month's net the payout carried.");
        case WholePayout: return tr("What the payout sent in all, this month's transactions and others'.");
        case Transactions: return tr("This month's transactions it carried.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Payout: return tr("Payout");
    case Status: return tr("Status");
    case Arrival: return tr("Arrives");
    case ThisMonth: return tr("This month");
    case WholePayout: return tr("Whole payout");
    case Transactions: return tr("Transactions");
    case ColumnCount: break;
    }
    return {};
}

} // namespace companion::admin
