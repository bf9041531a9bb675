#pragma once

#include "billing/RevenueFigures.h"

#include <QDialog>

#include <functional>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace companion::db {
struct Connection;
class DatabaseThread;
} // namespace companion::db

namespace companion::admin {

// The customers behind a figure (a movement of a period, or the difference
// between the two MRR modes), loaded off the GUI thread; Enter or a double
// click opens the customer, and the list exports as CSV.
class MovementLinesDialog : public QDialog
{
    Q_OBJECT
public:
    using Loader = std::function<QList<billing::MovementLine>(db::Connection &, QString *error)>;
    enum class Kind { Movement, ModeDifference };

    MovementLinesDialog(db::DatabaseThread *database, const QString &title, Kind kind, const QString &currency, Loader loader,
                        QWidget *parent = nullptr);

    QStandardItemModel *model() const { return m_model; }

Q_SIGNALS:
    void userActivated(const QString &userId);
    void loaded();

private:
    void showLines(const QList<billing::MovementLine> &lines, const QString &error);
    void exportCsv();

    Kind m_kind;
    QString m_currency;
    QLabel *m_status;
    QTableView *m_view;
    QStandardItemModel *m_model;
};

} // namespace companion::admin
