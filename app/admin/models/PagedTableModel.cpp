#include "PagedTableModel.h"

namespace companion::admin {

PagedTableModel::PagedTableModel(int columns, QObject *parent)
    : QAbstractTableModel(parent)
    , m_columns(columns)
{
}

int PagedTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : loadedRows();
}

int PagedTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : m_columns;
}

bool PagedTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && hasMorePages() && !m_loading;
}

void PagedTableModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        startPage();
}

void PagedTableModel::reload()
{
    beginResetModel();
    clearRows();
    m_total = -1;
    endResetModel();
    ++m_generation; // pages still in flight for the old criteria are dropped on arrival
    startPage();
}

void PagedTableModel::startPage()
{
    setLoading(true);
    requestPage(m_generation);
}

bool PagedTableModel::acceptPage(int generation, const QString &error)
{
    if (generation != m_generation)
        return false;
    setLoading(false);
    if (!error.isEmpty()) {
        Q_EMIT loadFailed(error);
        return false;
    }
    return true;
}

void PagedTableModel::appendRows(int count, const std::function<void()> &append)
{
    const int first = rowCount();
    if (count > 0) {
        beginInsertRows({}, first, first + count - 1);
        append();
        endInsertRows();
    } else {
        append();
    }
    Q_EMIT pageLoaded(rowCount(), hasMorePages());
    if (first == 0 && hasMorePages())
        requestCount(m_generation);
}

void PagedTableModel::acceptCount(int generation, qint64 total)
{
    if (generation != m_generation || total < 0)
        return; // read again since, or the count failed: the view says what is shown
    m_total = total;
    Q_EMIT totalCounted(total);
}

void PagedTableModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace companion::admin
