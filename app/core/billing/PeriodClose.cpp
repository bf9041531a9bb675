#include "PeriodClose.h"

#include "AuditLog.h"
#include "BillingStore.h"
#include "FiguresJson.h"
#include "MonthPackBuilder.h"
#include "db/Database.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QJsonDocument>
#include <QSqlQuery>

namespace companion::billing {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("companion::billing::PeriodClose", text);
}
} // namespace

QString modeKey(MrrMode mode)
{
    return mode == MrrMode::StripeCompatible ? QStringLiteral("stripe") : QStringLiteral("companion");
}

PeriodClose::PeriodClose(QSqlDatabase db, db::Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QJsonObject PeriodClose::figuresOf(const PeriodFigures &f)
{
    return figuresToJson(f);
}

QString PeriodClose::hashOf(const QJsonObject &content)
{
    return QString::fromLatin1(QCryptographicHash::hash(QJsonDocument(content).toJson(QJsonDocument::Compact), QCryptographicHash::Sha256).toHex());
}

bool ClosedPeriod::intact() const
{
    return PeriodClose::hashOf(pack.isEmpty() ? figures : pack) == contentHash;
}

std::optional<ClosedPeriod> PeriodClose::close(const QDate &month, MrrMode mode, const QString &currency, const QString &closedBy,
                                               qint64 now, QString *error) const
{
    const QDate first(month.year(), month.month(), 1);
    if (first.addMonths(1).startOfDay(Qt::UTC).toSecsSinceEpoch() > now) {
        *error = tr("%1 is not over yet: a month is closed once it has ended.").arg(first.toString(QStringLiteral("yyyy-MM")));
        return std::nullopt;
    }
    if (closed(mode, currency, error).contains(first)) {
        *error = tr("%1 is already closed; its figures stay as they were frozen.").arg(first.toString(QStringLiteral("yyyy-MM")));
        return std::nullopt;
    }
    const auto pack = MonthPackBuilder(m_db, m_dialect).build(first, mode, currency, now, error);
    if (!pack)
        return std::nullopt;
    ClosedPeriod out{first, closedBy, now, QString(), figuresOf(pack->figures), pack->toJson()};
    out.contentHash = hashOf(out.pack);
    BillingStore store(m_db, m_dialect);
    const bool stored = store.atomically([&] {
        store.query(QStringLiteral("INSERT INTO revenue_closes (period_start, mode, currency, closed_at, closed_by, figures, content_hash, pack) "
                                   "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                    {first.startOfDay(Qt::UTC).toSecsSinceEpoch(), modeKey(mode), currency, now, closedBy,
                     QString::fromUtf8(QJsonDocument(out.figures).toJson(QJsonDocument::Compact)), out.contentHash,
                     QString::fromUtf8(QJsonDocument(out.pack).toJson(QJsonDocument::Compact))});
        AuditEntry entry;
        entry.actor = closedBy;
        entry.source = QStringLiteral("admin-app");
        entry.action = QStringLiteral("revenue.close");
        entry.targetType = QStringLiteral("period");
        entry.targetId = first.toString(QStringLiteral("yyyy-MM")) + u'/' + modeKey(mode) + u'/' + currency;
        entry.after = out.figures;
        entry.after.insert(QStringLiteral("content_hash"), out.contentHash);
        AuditLog::record(m_db, entry, now);
    }, error);
    if (!stored)
        return std::nullopt;
    return out;
}

QHash<QDate, ClosedPeriod> PeriodClose::closed(MrrMode mode, const QString &currency, QString *error) const
{
    QHash<QDate, ClosedPeriod> out;
    QSqlQuery q(m_db);
    QString failure;
    if (!db::Database::exec(q, QStringLiteral("SELECT period_start, closed_by, closed_at, content_hash, figures, pack FROM revenue_closes "
                                              "WHERE mode = ? AND currency = ?"),
                            {modeKey(mode), currency}, &failure)) {
        if (error)
            *error = failure;
        return out;
    }
    while (q.next()) {
        const QDate month = QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong(), Qt::UTC).date();
        out.insert(month, {month, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                           QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object(),
                           QJsonDocument::fromJson(q.value(5).toString().toUtf8()).object()});
    }
    return out;
}

QHash<QString, QPair<qint64, qint64>> PeriodClose::restatement(const ClosedPeriod &closed, const PeriodFigures &now)
{
    QHash<QString, QPair<qint64, qint64>> out;
    const QJsonObject current = figuresOf(now);
    for (auto it = current.constBegin(); it != current.constEnd(); ++it) {
        if (!closed.figures.contains(it.key()))
            continue;
        const qint64 then = closed.figures.value(it.key()).toInteger();
        if (then != it.value().toInteger())
            out.insert(it.key(), {then, it.value().toInteger()});
    }
    return out;
}

} // namespace companion::billing
