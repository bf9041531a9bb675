#include "CashLinesExport.h"

#include "db/DatabaseThread.h"
#include "util/Csv.h"
#include "util/Money.h"
#include "widgets/DisplayFormat.h"

#include <QSaveFile>

#include <atomic>

namespace companion::admin {

struct CashLinesExport::Run {
    std::atomic_bool cancelled{false};
    std::atomic<qint64> lines{0};
};

namespace {
struct Result {
    CashLinesExport::Outcome outcome = CashLinesExport::Outcome::Failed;
    qint64 lines = 0;
    QString error;
};
} // namespace

CashLinesExport::CashLinesExport(db::DatabaseThread *database, QObject *parent)
    : QObject(parent)
    , m_database(database)
{
}

CashLinesExport::~CashLinesExport()
{
    if (m_run)
        m_run->cancelled = true; // the job sees it at its next line and drops the file
}

QStringList CashLinesExport::header()
{
    return {QStringLiteral("balance_transaction_id"), QStringLiteral("created_utc"), QStringLiteral("available_on_utc"),
            QStringLiteral("currency"), QStringLiteral("gross"), QStringLiteral("fee"), QStringLiteral("net"),
            QStringLiteral("reporting_category"), QStringLiteral("source_id"), QStringLiteral("charge_id"),
            QStringLiteral("invoice_id"), QStringLiteral("customer_user_id"), QStringLiteral("customer_email"),
            QStringLiteral("automatic_payout_id"), QStringLiteral("automatic_payout_status"),
            QStringLiteral("automatic_payout_effective_at"), QStringLiteral("description")};
}

QStringList CashLinesExport::fields(const billing::CashLine &l)
{
    return {l.balanceTransactionId,
            DisplayFormat::isoUtc(l.created),
            DisplayFormat::isoUtc(l.availableOn),
            l.currency,
            util::plainAmount(l.gross, l.currency),
            util::plainAmount(l.fee, l.currency),
            util::plainAmount(l.net, l.currency),
            l.reportingCategory,
            l.sourceId,
            l.chargeId,
            l.invoiceId,
            l.userId,
            l.email,
            l.payoutId,
            l.payoutStatus,
            DisplayFormat::isoUtc(l.payoutArrivalDate),
            l.description};
}

bool CashLinesExport::start(const billing::CashRequest &request, const QString &path)
{
    if (m_run || !m_database)
        return false;
    auto run = std::make_shared<Run>();
    m_run = run;
    m_database->run<Result>(
        this,
        [run, request, path, dialect = m_database->config().dialect](db::Connection &connection) {
            Result result;
            if (!connection.ok()) {
                result.error = connection.error;
                return result;
            }
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly)) {
                result.error = file.errorString();
                return result;
            }
            bool writeFailed = file.write(util::csvLine(header())) < 0;
            QString error;
            const bool read = billing::CashReconciliation(connection.db, dialect).lines(
                request,
                [&](const billing::CashLine &line) {
                    if (run->cancelled || writeFailed)
                        return false;
                    writeFailed = file.write(util::csvLine(fields(line))) < 0;
                    ++run->lines;
                    return !writeFailed;
                },
                &error);
            result.lines = run->lines;
            if (run->cancelled) {
                file.cancelWriting();
                result.outcome = Outcome::Cancelled;
            } else if (writeFailed) {
                result.error = file.errorString();
                file.cancelWriting();
            } else if (!read) {
                result.error = error;
                file.cancelWriting();
            } else if (!file.commit()) {
                result.error = file.errorString();
            } else {
                result.outcome = Outcome::Written;
            }
            return result;
        },
        [this](const Result &result) {
            m_run.reset();
            Q_EMIT finished(result.outcome, result.lines, result.error);
        });
    return true;
}

void CashLinesExport::cancel()
{
    if (m_run)
        m_run->cancelled = true;
}

qint64 CashLinesExport::written() const
{
    return m_run ? m_run->lines.load() : 0;
}

} // namespace companion::admin
