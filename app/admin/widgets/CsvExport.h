#pragma once

#include <QString>

class QAbstractItemModel;

namespace companion::admin {

// Writes every row and column of `model` as CSV (util::csvLine): the header's
// text, then each cell's `csvRole` text where the model gives one, else its
// display text. Atomic (QSaveFile): a failed export leaves no half file.
bool writeCsv(const QAbstractItemModel &model, const QString &path, int csvRole, QString *error);

} // namespace companion::admin
