#pragma once

#include <QList>
#include <QStringList>

namespace companion::db {
struct Connection;
}

namespace companion::admin {

// One page of an export's rows, as CSV fields.
struct CsvExportPage {
    QList<QStringList> rows;
    bool more = false; // more pages follow
    QString error;
};

// What a streamed CSV export reads: a view's criteria, copied when the export
// starts, read page by page. Made on the GUI thread; count() and nextPage() run
// on the database thread, one call after another.
class CsvExportSource
{
public:
    virtual ~CsvExportSource() = default;
    virtual QStringList header() const = 0;
    // How many rows the export will have in all; -1 (and *error) on failure.
    virtual qint64 count(db::Connection &connection, QString *error) = 0;
    // The next `rows` rows after those already read.
    virtual CsvExportPage nextPage(db::Connection &connection, int rows) = 0;
};

} // namespace companion::admin
