#include "CsvExporter.h"

#include "CsvExportSource.h"
#include "db/DatabaseThread.h"
#include "util/Csv.h"

#include <QSaveFile>

#include <atomic>

namespace companion::admin {

// One export's state. Everything but `cancelled` is touched only by jobs on the
// database thread, which run one after another.
struct CsvExporter::Run {
    std::unique_ptr<CsvExportSource> source;
    QString path;
    std::unique_ptr<QSaveFile> file;
    std::atomic_bool cancelled{false};
    qint64 rows = 0;
    qint64 total = -1;

    // Drops the half-written file (QSaveFile never renames it into place).
    void discard()
    {
        if (file) {
            file->cancelWriting();
            file.reset();
        }
    }
};

struct CsvExporter::Step {
    qint64 rows = 0;
    qint64 total = -1;
    bool more = false;
    bool cancelled = false;
    QString error;
    bool first = false;
};

CsvExporter::CsvExporter(db::DatabaseThread *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

CsvExporter::~CsvExporter()
{
    if (!m_run || !m_database)
        return; // without the thread, its queued jobs (and the file they hold) are gone already
    // The page jobs stop being chained once this object is gone; this one
    // closes the file on the thread that opened it, leaving nothing behind.
    m_run->cancelled = true;
    m_database->run<bool>(m_database, [run = m_run](db::Connection &) {
        run->discard();
        return true;
    }, [](bool) {});
}

bool CsvExporter::start(std::unique_ptr<CsvExportSource> source, const QString &path)
{
    if (m_run || !m_database)
        return false;
    auto run = std::make_shared<Run>();
    run->source = std::move(source);
    run->path = path;
    m_run = run;
    m_database->run<Step>(this, [run](db::Connection &connection) {
        Step step;
        step.first = true;
        if (!connection.ok()) {
            step.error = connection.error;
            return step;
        }
        run->file = std::make_unique<QSaveFile>(run->path);
        if (!run->file->open(QIODevice::WriteOnly)) {
            step.error = run->file->errorString();
            run->discard();
            return step;
        }
        QString error;
        run->total = run->source->count(connection, &error);
        if (run->total < 0) {
            step.error = error;
            run->discard();
            return step;
        }
        if (run->file->write(util::csvLine(run->source->header())) < 0) {
            step.error = run->file->errorString();
            run->discard();
            return step;
        }
        step.total = run->total;
        step.more = true;
        return step;
    }, [this](const Step &step) { stepDone(step); });
    return true;
}

void CsvExporter::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

void CsvExporter::nextPage()
{
    m_database->run<Step>(this, [run = m_run](db::Connection &connection) {
        Step step;
        step.total = run->total;
        if (run->cancelled) {
            run->discard();
            step.rows = run->rows;
            step.cancelled = true;
            return step;
        }
        const CsvExportPage page = connection.ok() ? run->source->nextPage(connection, kPageRows)
                                                   : CsvExportPage{{}, false, connection.error};
        if (!page.error.isEmpty()) {
            run->discard();
            step.error = page.error;
            return step;
        }
        QByteArray bytes;
        for (const QStringList &row : page.rows)
            bytes += util::csvLine(row);
        if (run->file->write(bytes) != bytes.size()) {
            step.error = run->file->errorString();
            run->discard();
            return step;
        }
        run->rows += page.rows.size();
        step.rows = run->rows;
        step.more = page.more;
        if (!page.more) {
            // The last page: a cancel that came meanwhile still wins.
            if (run->cancelled) {
                run->discard();
                step.cancelled = true;
                return step;
            }
            if (!run->file->commit())
                step.error = run->file->errorString();
            run->file.reset();
        }
        return step;
    }, [this](const Step &step) { stepDone(step); });
}

void CsvExporter::stepDone(const Step &step)
{
    if (!step.error.isEmpty()) {
        finish(Outcome::Failed, step.rows, step.error);
        return;
    }
    if (step.cancelled) {
        finish(Outcome::Cancelled, step.rows, QString());
        return;
    }
    if (step.first)
        Q_EMIT started(step.total);
    else
        Q_EMIT progress(step.rows, step.total);
    if (step.more)
        nextPage(); // a cancel from the progress signal is seen by this job
    else
        finish(Outcome::Written, step.rows, QString());
}

void CsvExporter::finish(Outcome outcome, qint64 rows, const QString &error)
{
    m_run.reset();
    Q_EMIT finished(outcome, rows, error);
}

} // namespace companion::admin
