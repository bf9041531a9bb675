#include "RowContextMenu.h"

#include <QAbstractItemView>
#include <QClipboard>
#include <QGuiApplication>
#include <QMenu>

namespace companion::admin {

namespace {
constexpr int kCellPreview = 40; // characters of a cell named in "Copy “…”"

QString rowText(const QModelIndex &index)
{
    QStringList cells;
    const QAbstractItemModel *model = index.model();
    for (int column = 0; column < model->columnCount(index.parent()); ++column)
        cells << index.siblingAtColumn(column).data().toString();
    return cells.join(u'\t');
}
} // namespace

RowContextMenu *RowContextMenu::install(QAbstractItemView *view, Filler fill)
{
    return new RowContextMenu(view, std::move(fill));
}

RowContextMenu::RowContextMenu(QAbstractItemView *view, Filler fill)
    : QObject(view)
    , m_view(view)
    , m_fill(std::move(fill))
{
    setObjectName(QStringLiteral("rowContextMenu"));
    view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        QModelIndex index = m_view->indexAt(pos);
        QPoint at = pos;
        if (!index.isValid()) { // the Menu key: the current row, where it is on screen
            index = m_view->currentIndex();
            if (index.isValid())
                at = m_view->visualRect(index).center();
        }
        if (!index.isValid())
            return;
        m_view->setCurrentIndex(index);
        const std::unique_ptr<QMenu> menu = menuFor(index);
        menu->exec(m_view->viewport()->mapToGlobal(at));
    });
}

std::unique_ptr<QMenu> RowContextMenu::menuFor(const QModelIndex &index) const
{
    auto menu = std::make_unique<QMenu>(m_view);
    if (m_fill) {
        m_fill(menu.get(), index);
        if (!menu->isEmpty())
            menu->addSeparator();
    }
    QAction *copyRow = menu->addAction(tr("Copy row"), m_view, [index] {
        if (index.isValid())
            QGuiApplication::clipboard()->setText(rowText(index));
    });
    copyRow->setObjectName(QStringLiteral("copyRow"));
    const QString cell = index.data().toString();
    if (!cell.isEmpty()) {
        const QString shown = cell.size() > kCellPreview ? cell.left(kCellPreview - 1) + QChar(0x2026) : cell;
        QAction *copyCell = menu->addAction(tr("Copy “%1”").arg(shown), m_view, [cell] { QGuiApplication::clipboard()->setText(cell); });
        copyCell->setObjectName(QStringLiteral("copyCell"));
    }
    return menu;
}

} // namespace companion::admin
