#include "CashDifferencesModel.h"

#include "PayoutWords.h"
#include "widgets/DisplayFormat.h"
#include "widgets/StatusPalette.h"

namespace companion::admin {

namespace {
bool isMoney(int column)
{
    return column == CashDifferencesModel::Expected || column == CashDifferencesModel::Actual
        || column == CashDifferencesModel::Difference;
}
} // namespace

CashDifferencesModel::CashDifferencesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CashDifferencesModel::setDifferences(const QList<billing::CashDifference> &differences, const QString &currency)
{
    beginResetModel();
    m_differences = differences;
    m_currency = currency;
    endResetModel();
}

int CashDifferencesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_differences.size());
}

int CashDifferencesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashDifferencesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_differences.size())
        return {};
    const billing::CashDifference &d = m_differences.at(index.row());
    switch (role) {
    case kUserRole:
        return d.userId;
    case Qt::TextAlignmentRole:
        return isMoney(index.column()) ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ForegroundRole:
        return index.column() == Difference && d.difference() != 0 ? QVariant(StatusPalette::current().danger()) : QVariant();
    case Qt::ToolTipRole:
        return index.column() == Cause || index.column() == Kind ? d.cause : QString();
    case Qt::DisplayRole: {
        const DisplayFormat format = DisplayFormat::current();
        switch (Column(index.column())) {
        case Kind: return PayoutWords::differenceKind(d.kind);
        case Object: return d.objectId;
        case Invoice: return d.invoiceId;
        case Learner: return d.userId;
        case Expected: return format.money(d.expected, m_currency);
        case Actual: return format.money(d.actual, m_currency);
        case Difference: return format.money(d.difference(), m_currency);
        case Cause: return d.cause;
        case ColumnCount: break;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant CashDifferencesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && isMoney(section))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Expected: return tr("What our records (or the payout) say.");
        case Actual: return tr("What Stripe's balance transactions say.");
        case Difference: return tr("Actual less expected.");
        default: return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Kind: return tr("Difference");
    case Object: return tr("Object");
    case Invoice: return tr("Invoice");
    case Learner: return tr("Learner");
    case Expected: return tr("Expected");
    case Actual: return tr("Actual");
    case Difference: return tr("Amount");
    case Cause: return tr("Cause");
    case ColumnCount: break;
    }
    return {};
}

} // namespace companion::admin
