#include "CashCategoriesModel.h"

#include "PayoutWords.h"
#include "widgets/DisplayFormat.h"

#include <QFont>

namespace companion::admin {

CashCategoriesModel::CashCategoriesModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void CashCategoriesModel::setCategories(const QList<billing::CashCategory> &categories, const QString &currency)
{
    beginResetModel();
    m_categories = categories;
    m_currency = currency;
    endResetModel();
}

billing::CashCategory CashCategoriesModel::total() const
{
    billing::CashCategory sum;
    for (const billing::CashCategory &c : m_categories) {
        sum.count += c.count;
        sum.gross += c.gross;
        sum.fee += c.fee;
        sum.net += c.net;
    }
    return sum;
}

int CashCategoriesModel::rowCount(const QModelIndex &parent) const
{
    // The categories and their total; nothing at all without categories.
    return parent.isValid() || m_categories.isEmpty() ? 0 : int(m_categories.size()) + 1;
}

int CashCategoriesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CashCategoriesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const bool isTotal = index.row() == m_categories.size();
    const billing::CashCategory c = isTotal ? total() : m_categories.at(index.row());
    switch (role) {
    case Qt::TextAlignmentRole:
        return index.column() == Category ? QVariant() : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    case Qt::DisplayRole: {
        const DisplayFormat format = DisplayFormat::current();
        switch (Column(index.column())) {
        case Category: return isTotal ? tr("Total") : PayoutWords::category(c.category);
        case Count: return format.number(c.count);
        case Gross: return format.money(c.gross, m_currency);
        case Fee: return format.money(c.fee, m_currency);
        case Net: return format.money(c.net, m_currency);
        case ColumnCount: break;
        }
        return {};
    }
    default:
        return {};
    }
}

QVariant CashCategoriesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal)
        return {};
    if (role == Qt::TextAlignmentRole && section != Category)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Category: return tr("Category");
    case Count: return tr("Count");
    case Gross: return tr("Gross");
    case Fee: return tr("Fee");
    case Net: return tr("Net");
    case ColumnCount: break;
    }
    return {};
}

} // namespace companion::admin
