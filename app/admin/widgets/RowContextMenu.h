#pragma once

#include <QObject>

#include <functional>
#include <memory>

class QAbstractItemView;
class QMenu;
class QModelIndex;

namespace companion::admin {

// Right-click, Shift+F10 or the Menu key on a row of a list: the commands for that
// row (what `fill` adds, e.g. the Learner menu's), then Copy row and Copy of the
// cell. Lives as a child of its view.
class RowContextMenu : public QObject
{
    Q_OBJECT
public:
    using Filler = std::function<void(QMenu *menu, const QModelIndex &index)>;
    static RowContextMenu *install(QAbstractItemView *view, Filler fill = {});

    // The menu a right-click on `index` shows; tests read it instead of clicking.
    std::unique_ptr<QMenu> menuFor(const QModelIndex &index) const;

private:
    RowContextMenu(QAbstractItemView *view, Filler fill);

    QAbstractItemView *m_view;
    Filler m_fill;
};

} // namespace companion::admin
