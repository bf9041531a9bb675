#include "CsvExport.h"

#include "util/Csv.h"

#include <QAbstractItemModel>
#include <QSaveFile>

namespace companion::admin {

bool writeCsv(const QAbstractItemModel &model, const QString &path, int csvRole, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    QStringList header;
    for (int c = 0; c < model.columnCount(); ++c)
        header << model.headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    file.write(util::csvLine(header));
    for (int r = 0; r < model.rowCount(); ++r) {
        QStringList row;
        for (int c = 0; c < model.columnCount(); ++c) {
            const QModelIndex index = model.index(r, c);
            const QVariant csv = model.data(index, csvRole);
            row << (csv.isValid() ? csv.toString() : model.data(index, Qt::DisplayRole).toString());
        }
        file.write(util::csvLine(row));
    }
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace companion::admin
