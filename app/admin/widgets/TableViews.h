#pragma once

class QTableView;

namespace companion::admin {

// Dense rows, as in a spreadsheet: support staff scan many at once; each column at least
// as wide as its title. Call after setModel().
void makeDense(QTableView *view);
// Ctrl+C on `view` copies the selected cells, one row a line, tab-separated: ready for a ticket.
void enableCopy(QTableView *view);

} // namespace companion::admin
