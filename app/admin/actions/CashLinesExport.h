#pragma once

#include "billing/CashReconciliation.h"

#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

// Writes a month's itemized cash lines (billing::CashReconciliation::lines) as
// CSV in the columns of Stripe's "itemized payout reconciliation" report, on the
// database thread, through a QSaveFile: the file appears only when complete; a
// cancel or an error leaves none. The lines are streamed in one job (a month may
// hold a hundred thousand) rather than paged, as CashReconciliation reads them in
// one pass; written() can be polled from the GUI thread meanwhile.
class CashLinesExport : public QObject
{
    Q_OBJECT
public:
    enum class Outcome { Written, Cancelled, Failed };
    Q_ENUM(Outcome)

    explicit CashLinesExport(db::DatabaseThread *database, QObject *parent = nullptr);
    ~CashLinesExport() override; // cancels a running export: no file is left

    bool isRunning() const { return bool(m_run); }
    // False when one is already running.
    bool start(const billing::CashRequest &request, const QString &path);
    // Stops at the next line; finished(Cancelled) follows.
    void cancel();
    // Lines written so far by the running export.
    qint64 written() const;

    static QStringList header();
    static QStringList fields(const billing::CashLine &line);

Q_SIGNALS:
    void finished(companion::admin::CashLinesExport::Outcome outcome, qint64 lines, const QString &error);

private:
    struct Run;
    QPointer<db::DatabaseThread> m_database;
    std::shared_ptr<Run> m_run;
};

} // namespace companion::admin
