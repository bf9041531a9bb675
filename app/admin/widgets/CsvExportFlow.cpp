#include "CsvExportFlow.h"

#include "actions/CsvExportSource.h"
#include "actions/CsvExporter.h"

#include <QAbstractButton>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>

#include <climits>

namespace companion::admin {

CsvExportFlow::CsvExportFlow(Kind kind, db::DatabaseThread *database, QWidget *page, QLabel *status, QAbstractButton *button)
    : QObject(page)
    , m_kind(kind)
    , m_page(page)
    , m_status(status)
    , m_button(button)
    , m_exporter(new CsvExporter(database, this))
    , m_chooser([](QWidget *parent, const QString &suggested) {
        return QFileDialog::getSaveFileName(parent, tr("Export CSV"), QDir::home().filePath(suggested),
                                            tr("CSV files (*.csv);;All files (*)"));
    })
{
    connect(m_exporter, &CsvExporter::started, this, [this](qint64 total) {
        if (!m_progress)
            return;
        m_progress->setMaximum(int(qBound(qint64(0), total, qint64(INT_MAX))));
        m_progress->setLabelText(progressText(0, total));
    });
    connect(m_exporter, &CsvExporter::progress, this, [this](qint64 rows, qint64 total) {
        if (!m_progress)
            return;
        m_progress->setLabelText(progressText(rows, total));
        m_progress->setValue(int(qBound(qint64(0), rows, qint64(m_progress->maximum()))));
    });
    connect(m_exporter, &CsvExporter::finished, this,
            [this](CsvExporter::Outcome outcome, qint64 rows, const QString &error) { finished(int(outcome), rows, error); });
}

CsvExportFlow::~CsvExportFlow() = default;

QProgressDialog *CsvExportFlow::progressDialog() const
{
    return m_progress;
}

QString CsvExportFlow::choosePath() const
{
    return m_chooser(m_page, m_kind == Kind::Users ? QStringLiteral("users.csv") : QStringLiteral("subscriptions.csv"));
}

void CsvExportFlow::exportTo(const QString &path, std::unique_ptr<CsvExportSource> source)
{
    if (path.isEmpty() || m_exporter->isRunning())
        return;
    m_fileName = QFileInfo(path).fileName();
    if (!m_exporter->start(std::move(source), path))
        return;
    m_button->setEnabled(false);
    auto *progress = new QProgressDialog(m_page);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export CSV"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    progress->setMinimumDuration(0);
    progress->setRange(0, 0); // busy until the count is known
    progress->setLabelText(tr("Counting…"));
    connect(progress, &QProgressDialog::canceled, this, [this] {
        m_exporter->cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });
    m_progress = progress;
    progress->show();
    m_status->setText(tr("Exporting to %1…").arg(m_fileName));
}

QString CsvExportFlow::progressText(qint64 rows, qint64 total) const
{
    const QLocale locale;
    if (m_kind == Kind::Users)
        return tr("Exporting %1 of %2 users…").arg(locale.toString(rows), locale.toString(total));
    return tr("Exporting %1 of %2 subscriptions…").arg(locale.toString(rows), locale.toString(total));
}

void CsvExportFlow::finished(int outcome, qint64 rows, const QString &error)
{
    if (m_progress) {
        m_progress->hide();
        m_progress->deleteLater();
        m_progress = nullptr;
    }
    m_button->setEnabled(true);
    const QString count = QLocale().toString(rows);
    switch (CsvExporter::Outcome(outcome)) {
    case CsvExporter::Outcome::Written:
        m_status->setText(m_kind == Kind::Users ? tr("Exported %1 users to %2").arg(count, m_fileName)
                                                : tr("Exported %1 subscriptions to %2").arg(count, m_fileName));
        break;
    case CsvExporter::Outcome::Cancelled:
        m_status->setText(tr("Export cancelled"));
        break;
    case CsvExporter::Outcome::Failed:
        m_status->setText(tr("Export failed: %1").arg(error));
        break;
    }
}

} // namespace companion::admin
