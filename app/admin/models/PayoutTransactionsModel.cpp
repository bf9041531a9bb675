#include "PayoutTransactionsModel.h"

#include "PayoutWords.h"
#include "widgets/DisplayFormat.h"
#include "widgets/StatusPalette.h"

namespace companion::admin {

namespace {
bool isMoney(int column)
{
    return column == PayoutTransactionsModel::Gross || column == PayoutTransactionsModel::Fee || column == PayoutTransactionsModel::Net;
}
} // namespace

PayoutTransactionsModel::PayoutTransactionsModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void PayoutTransactionsModel::setTransactions(const QList<billing::PayoutTransaction> &transactions, const QString &currency)
{
    beginResetModel();
    m_transactions = transactions;
    m_currency = currency;
    endResetModel();
}

const billing::PayoutTransaction *PayoutTransactionsModel::transactionAt(int row) const
{
    return row >= 0 && row < m_transactions.size() ? &m_transactions.at(row) : nullptr;
}

int PayoutTransactionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_transactions.size());
}

int PayoutTransactionsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PayoutTransactionsModel::data(const QModelIndex &index, int role) const
{
    const billing::PayoutTransaction *t = index.isValid() ? transactionAt(index.row()) : nullptr;
    if (!t)
        return {};
    const DisplayFormat format = DisplayFormat::current();
    switch (role) {
    case kUserRole:
        return t->userId;
    case Qt::TextAlignmentRole:
        return isMoney(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return isMoney(index.column()) && index.column() != Fee && (index.column() == Gross ? t->gross : t->net) < 0
                   ? QVariant(StatusPalette::current().danger())
                   : QVariant();
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Date: return format.dateTimeWithZone(t->created);
        case Category: return t->id;
        case Description: return t->sourceId;
        case Learner: return t->userId;
        default: return {};
        }
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Date: return format.date(t->created);
        case Category: return PayoutWords::category(t->reportingCategory);
        case Description: return t->description;
        case Gross: return format.money(t->gross, m_currency);
        case Fee: return format.money(t->fee, m_currency);
        case Net: return format.money(t->net, m_currency);
        case Invoice: return t->invoiceId;
        case Learner: return t->email.isEmpty() ? t->userId : t->email;
        case ColumnCount: break;
        }
        return {};
    default:
        return {};
    }
}

QVariant PayoutTransactionsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isMoney(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Date: return DisplayFormat::current().zoneNote();
        case Gross: return tr("What the transaction moved before Stripe's fee (money in is positive).");
        case Fee: return tr("Stripe's fee on it.");
        case Net: return tr("Gross less the fee: what reached the balance.");
        case Learner: return tr("Double-click to open the learner.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Date: return tr("Date");
    case Category: return tr("Category");
    case Description: return tr("Description");
    case Gross: return tr("Gross");
    case Fee: return tr("Fee");
    case Net: return tr("Net");
    case Invoice: return tr("Invoice");
    case Learner: return tr("Learner");
    case ColumnCount: break;
    }
    return {};
}

} // namespace companion::admin
