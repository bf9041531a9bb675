#include "TableViews.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QMap>
#include <QShortcut>
#include <QTableView>

namespace companion::admin {

void makeDense(QTableView *view)
{
    QHeaderView *header = view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 6);
    // No column starts narrower than its title: a cut "tripe custome" helps nobody.
    for (int section = 0; section < header->count(); ++section)
        header->resizeSection(section, qMax(header->sectionSize(section), header->sectionSizeHint(section)));
}

void enableCopy(QTableView *view)
{
    auto *copy = new QShortcut(QKeySequence::Copy, view, nullptr, nullptr, Qt::WidgetShortcut);
    QObject::connect(copy, &QShortcut::activated, view, [view] {
        const QModelIndexList selected = view->selectionModel()->selectedIndexes();
        if (selected.isEmpty())
            return;
        QMap<int, QMap<int, QString>> rows; // row -> column -> text, both in view order
        for (const QModelIndex &index : selected)
            rows[index.row()][index.column()] = index.data().toString();
        QStringList lines;
        for (const auto &cells : std::as_const(rows))
            lines << QStringList(cells.values()).join(u'\t');
        QGuiApplication::clipboard()->setText(lines.join(u'\n'));
    });
}

QTableView *makeReadOnlyTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(objectName);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    makeDense(view);
    enableCopy(view);
    return view;
}

} // namespace companion::admin
