#pragma once

#include <QObject>
#include <QPointer>
#include <QString>

#include <memory>

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class CsvExportSource;

// Writes a view's whole result as CSV without holding it: pages of rows are read
// and written on the database thread, one job per page so the desk's own queries
// take turns with it, through a QSaveFile (the file appears only when complete;
// a cancel or an error leaves none). Progress comes back on the GUI thread.
class CsvExporter : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Written, Cancelled, Failed };
    Q_ENUM(Outcome)

    static constexpr int kPageRows = 1000; // the directories' largest page

    explicit CsvExporter(db::DatabaseThread *database, QObject *parent = nullptr);
    ~CsvExporter() override; // cancels a running export: no file is left

    bool isRunning() const { return bool(m_run); }
    // Starts writing `source` to `path`; false when an export is already running.
    bool start(std::unique_ptr<CsvExportSource> source, const QString &path);
    // Stops at the next page; finished(Cancelled) follows.
    void cancel();

Q_SIGNALS:
    void started(qint64 total); // total rows; -1 when unknown
    void progress(qint64 rows, qint64 total);
    void finished(companion::admin::CsvExporter::Outcome outcome, qint64 rows, const QString &error);

private:
    struct Run;
    struct Step;
    void nextPage();
    void stepDone(const Step &step);
    void finish(Outcome outcome, qint64 rows, const QString &error);

    QPointer<db::DatabaseThread> m_database; // the main window may delete it first
    std::shared_ptr<Run> m_run;
};

} // namespace companion::admin
