#include "MovementLinesDialog.h"

#include "db/DatabaseThread.h"
#include "util/Money.h"
#include "widgets/CsvExport.h"
#include "widgets/DisplayFormat.h"
#include "widgets/TableViews.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace companion::admin {

namespace {
constexpr int kUserRole = Qt::UserRole + 10;
constexpr int kCsvRole = Qt::UserRole + 11;

QStandardItem *item(const QString &text, const QVariant &csv = {})
{
    auto *it = new QStandardItem(text);
    it->setEditable(false);
    it->setData(csv.isValid() ? csv : QVariant(text), kCsvRole);
    return it;
}

// Shown in the user's locale; ISO 8601 in the CSV.
QStandardItem *day(qint64 at)
{
    if (at <= 0)
        return item(QString());
    const QDate date = QDateTime::fromSecsSinceEpoch(at, Qt::UTC).date();
    // Revenue's days are UTC days, like its months.
    return item(DisplayFormat(QLocale(), QTimeZone::utc()).date(date), date.toString(Qt::ISODate));
}
} // namespace

MovementLinesDialog::MovementLinesDialog(db::DatabaseThread *database, const QString &title, Kind kind, const QString &currency,
                                         Loader loader, QWidget *parent)
    : QDialog(parent)
    , m_kind(kind)
    , m_currency(currency)
    , m_status(new QLabel(tr("Loading…"), this))
    , m_view(new QTableView(this))
    , m_model(new QStandardItemModel(this))
{
    setWindowTitle(title);
    setAttribute(Qt::WA_DeleteOnClose);
    resize(760, 420);
    m_view->setObjectName(QStringLiteral("movementLines"));
    m_view->setAccessibleName(title);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    makeDense(m_view);
    enableCopy(m_view);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *csv = buttons->addButton(tr("Export CSV…"), QDialogButtonBox::ActionRole);
    connect(csv, &QPushButton::clicked, this, &MovementLinesDialog::exportCsv);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(m_view);
    layout->addWidget(buttons);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        const QString user = m_model->data(m_model->index(index.row(), 0), kUserRole).toString();
        if (!user.isEmpty())
            Q_EMIT userActivated(user);
    });

    struct Result {
        QList<billing::MovementLine> lines;
        QString error;
    };
    database->run<Result>(
        this,
        [loader = std::move(loader)](db::Connection &connection) {
            Result r;
            if (!connection.ok())
                r.error = connection.error;
            else
                r.lines = loader(connection, &r.error);
            return r;
        },
        [this](const Result &r) { showLines(r.lines, r.error); });
}

void MovementLinesDialog::showLines(const QList<billing::MovementLine> &lines, const QString &error)
{
    if (!error.isEmpty()) {
        m_status->setText(tr("Could not load the customers: %1").arg(error));
        Q_EMIT loaded();
        return;
    }
    QStringList headers{tr("E-mail"), tr("Name"), tr("Customer")};
    if (m_kind == Kind::Movement)
        headers << tr("MRR before") << tr("MRR after") << tr("Change");
    else
        headers << tr("MRR") << tr("Cancel asked") << tr("Ends") << tr("Subscription");
    m_model->setHorizontalHeaderLabels(headers);
    qint64 total = 0;
    const auto money = [this](qint64 amount) {
        return item(util::formatMoney(amount, m_currency), util::plainAmount(amount, m_currency));
    };
    for (const billing::MovementLine &line : lines) {
        QList<QStandardItem *> row{item(line.email), item(line.name), item(line.customer)};
        row.first()->setData(line.email.isEmpty() ? QString() : line.customer, kUserRole);
        if (m_kind == Kind::Movement) {
            row << money(line.before) << money(line.after) << money(line.after - line.before);
            total += line.after - line.before;
        } else {
            row << money(line.before) << day(line.cancelRequestedAt) << day(line.endsAt) << item(line.subscriptionId);
            total += line.before;
        }
        m_model->appendRow(row);
    }
    m_view->resizeColumnsToContents();
    m_status->setText(tr("%n customer(s), %1 in all.", nullptr, int(lines.size())).arg(util::formatMoney(total, m_currency)));
    Q_EMIT loaded();
}

void MovementLinesDialog::exportCsv()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export CSV"), windowTitle() + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!writeCsv(*m_model, path, kCsvRole, &error))
        QMessageBox::warning(this, tr("Export CSV"), tr("Could not write %1: %2").arg(path, error));
}

} // namespace companion::admin
