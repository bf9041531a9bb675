#include "SelectionKeeper.h"

#include <QAbstractItemView>
#include <QScrollBar>

namespace companion::admin {

SelectionKeeper *SelectionKeeper::keep(QAbstractItemView *view, int keyRole, int keyColumn)
{
    return new SelectionKeeper(view, keyRole, keyColumn);
}

SelectionKeeper::SelectionKeeper(QAbstractItemView *view, int keyRole, int keyColumn)
    : QObject(view)
    , m_view(view)
    , m_keyRole(keyRole)
    , m_keyColumn(keyColumn)
{
    QAbstractItemModel *model = view->model();
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &SelectionKeeper::remember);
    // Models that answer at once have their rows back at modelReset; paged ones append them.
    connect(model, &QAbstractItemModel::modelReset, this, [this] { lookFor(0, m_view->model()->rowCount() - 1); });
    connect(model, &QAbstractItemModel::rowsInserted, this, [this](const QModelIndex &parent, int first, int last) {
        if (!parent.isValid())
            lookFor(first, last);
    });
    // Once the operator chooses a row, an older wish must not take it away again.
    connect(view->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &current) {
        if (current.isValid() && !m_restoring)
            m_pending = QVariant();
    });
}

void SelectionKeeper::remember()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return; // nothing chosen: a reload finds nothing to keep (an earlier wish stays)
    m_pending = current.siblingAtColumn(m_keyColumn).data(m_keyRole);
    m_column = current.column();
    m_scroll = m_view->verticalScrollBar()->value();
}

void SelectionKeeper::lookFor(int first, int last)
{
    if (!m_pending.isValid() || last < first)
        return;
    QAbstractItemModel *model = m_view->model();
    for (int row = first; row <= last; ++row) {
        const QModelIndex key = model->index(row, m_keyColumn);
        if (key.data(m_keyRole) != m_pending)
            continue;
        const QVariant found = std::exchange(m_pending, QVariant());
        // The row as it was: current and selected, without moving the list.
        m_restoring = true;
        m_view->selectionModel()->setCurrentIndex(key.siblingAtColumn(m_column),
                                                  QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        m_view->verticalScrollBar()->setValue(m_scroll);
        m_restoring = false;
        Q_EMIT restored(found);
        return;
    }
    // Further pages may still bring it (the view asks for them as it scrolls back).
    if (!model->canFetchMore({}))
        giveUp();
}

void SelectionKeeper::giveUp()
{
    Q_EMIT lost(std::exchange(m_pending, QVariant()));
}

} // namespace companion::admin
