#pragma once

class QAbstractItemModel;
class QString;
class QTableView;
class QWidget;

namespace companion::admin {

// Dense rows, as in a spreadsheet: support staff scan many at once; each column at least
// as wide as its title. Call after setModel().
void makeDense(QTableView *view);
// Ctrl+C on `view` copies the selected cells, one row a line, tab-separated: ready for a ticket.
void enableCopy(QTableView *view);
// A read-only table of whole rows showing `model`: named for tests and screen readers,
// dense, copyable, its last column stretched.
QTableView *makeReadOnlyTable(const QString &objectName, const QString &accessibleName, QAbstractItemModel *model, QWidget *parent);

} // namespace companion::admin
