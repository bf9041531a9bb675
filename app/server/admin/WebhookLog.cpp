#include "WebhookLog.h"

#include "billing/BillingStore.h"
#include "db/Database.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

namespace companion::server {

namespace {
constexpr char kSummaryColumns[] = "id, event_id, type, outcome, error, user_id, object_id, created, livemode, api_version, "
                                   "received_at, last_received_at, delivery_count, processed_at";

QSqlQuery run(QSqlDatabase db, const QString &sql, const QVariantList &binds)
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw billing::StoreError(db::Database::errorText(q.lastError()));
    for (const QVariant &value : binds)
        q.addBindValue(value);
    if (!q.exec())
        throw billing::StoreError(db::Database::errorText(q.lastError()));
    return q;
}

QJsonValue nullable(const QVariant &value)
{
    if (value.isNull())
        return QJsonValue();
    return QJsonValue::fromVariant(value);
}

QJsonObject summary(const QSqlQuery &q)
{
    return {
        {QStringLiteral("id"), q.value(0).toLongLong()},
        {QStringLiteral("event_id"), nullable(q.value(1))},
        {QStringLiteral("type"), q.value(2).toString()},
        {QStringLiteral("outcome"), q.value(3).toString()},
        {QStringLiteral("error"), nullable(q.value(4))},
        {QStringLiteral("user_id"), nullable(q.value(5))},
        {QStringLiteral("object_id"), nullable(q.value(6))},
        {QStringLiteral("created"), q.value(7).isNull() ? QJsonValue() : QJsonValue(q.value(7).toLongLong())},
        {QStringLiteral("livemode"), q.value(8).toBool()},
        {QStringLiteral("api_version"), nullable(q.value(9))},
        {QStringLiteral("received_at"), q.value(10).toLongLong()},
        {QStringLiteral("last_received_at"), q.value(11).toLongLong()},
        {QStringLiteral("delivery_count"), q.value(12).toInt()},
        {QStringLiteral("processed_at"), q.value(13).isNull() ? QJsonValue() : QJsonValue(q.value(13).toLongLong())},
    };
}
} // namespace

WebhookLog::WebhookLog(QSqlDatabase db)
    : m_db(std::move(db))
{
}

const QStringList &WebhookLog::outcomes()
{
    static const QStringList list{QStringLiteral("applied"), QStringLiteral("duplicate"), QStringLiteral("stale"),
                                  QStringLiteral("ignored"), QStringLiteral("rejected"), QStringLiteral("failed"),
                                  QStringLiteral("pending")};
    return list;
}

QJsonObject WebhookLog::list(const WebhookLogFilter &filter) const
{
    QStringList where;
    QVariantList binds;
    if (filter.type.endsWith(QLatin1String(".*"))) {
        where << QStringLiteral("type LIKE ?");
        binds << QString(filter.type.chopped(1) + u'%');
    } else if (!filter.type.isEmpty()) {
        where << QStringLiteral("type = ?");
        binds << filter.type;
    }
    const std::pair<const char *, QVariant> conditions[] = {
        {"outcome = ?", filter.outcome.isEmpty() ? QVariant() : QVariant(filter.outcome)},
        {"user_id = ?", filter.userId.isEmpty() ? QVariant() : QVariant(filter.userId)},
        {"received_at >= ?", filter.since > 0 ? QVariant(filter.since) : QVariant()},
        {"received_at < ?", filter.until > 0 ? QVariant(filter.until) : QVariant()},
        {"id < ?", filter.before > 0 ? QVariant(filter.before) : QVariant()},
    };
    for (const auto &[sql, value] : conditions) {
        if (value.isValid()) {
            where << QString::fromLatin1(sql);
            binds << value;
        }
    }
    binds << filter.limit + 1; // one more tells whether there is a next page
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT %1 FROM webhook_events %2 ORDER BY id DESC LIMIT ?")
                          .arg(QLatin1String(kSummaryColumns),
                               where.isEmpty() ? QString() : QString(QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")))),
                      binds);
    QJsonArray rows;
    qint64 lastId = 0;
    bool hasMore = false;
    while (q.next()) {
        if (rows.size() == filter.limit) {
            hasMore = true;
            break;
        }
        rows.append(summary(q));
        lastId = q.value(0).toLongLong();
    }
    return {
        {QStringLiteral("object"), QStringLiteral("list")},
        {QStringLiteral("data"), rows},
        {QStringLiteral("has_more"), hasMore},
        {QStringLiteral("next_cursor"), hasMore ? QJsonValue(QString::number(lastId)) : QJsonValue()},
    };
}

std::optional<QJsonObject> WebhookLog::find(const QString &key) const
{
    bool numeric = false;
    const qint64 rowId = key.toLongLong(&numeric);
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT %1, payload FROM webhook_events WHERE %2")
                          .arg(QLatin1String(kSummaryColumns), numeric ? QStringLiteral("id = ?") : QStringLiteral("event_id = ?")),
                      {numeric ? QVariant(rowId) : QVariant(key)});
    if (!q.next())
        return std::nullopt;
    QJsonObject row = summary(q);
    const QString payload = q.value(14).toString();
    row.insert(QStringLiteral("payload"), payload);
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    row.insert(QStringLiteral("payload_json"), error.error == QJsonParseError::NoError ? QJsonValue(document.object()) : QJsonValue());
    return row;
}

QJsonObject WebhookLog::health(qint64 now) const
{
    const qint64 firstHour = (now / 3600 - 23) * 3600;
    QList<QJsonObject> hours;
    for (int i = 0; i < 24; ++i)
        hours.append({{QStringLiteral("hour_start"), firstHour + i * 3600}, {QStringLiteral("ok"), 0}, {QStringLiteral("failed"), 0}, {QStringLiteral("rejected"), 0}});
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT (received_at - ?) / 3600, outcome, COUNT(*) FROM webhook_events WHERE received_at >= ? GROUP BY 1, 2"),
                      {firstHour, firstHour});
    while (q.next()) {
        const int hour = q.value(0).toInt();
        if (hour < 0 || hour >= 24)
            continue;
        const QString outcome = q.value(1).toString();
        const QString column = outcome == QLatin1String("failed") || outcome == QLatin1String("rejected") ? outcome : QStringLiteral("ok");
        hours[hour].insert(column, hours[hour].value(column).toInteger() + q.value(2).toLongLong());
    }
    QJsonArray hourly;
    for (const QJsonObject &hour : std::as_const(hours))
        hourly.append(hour);
    const std::optional<qint64> last = newestDelivery();
    return {
        {QStringLiteral("generated_at"), now},
        {QStringLiteral("last_delivery_received_at"), last ? QJsonValue(*last) : QJsonValue()},
        {QStringLiteral("failed_events_open"), failedEventsOpen(now)},
        {QStringLiteral("deliveries_by_hour"), hourly},
    };
}

std::optional<qint64> WebhookLog::newestDelivery() const
{
    QSqlQuery newest = run(m_db, QStringLiteral("SELECT MAX(received_at) FROM webhook_events WHERE outcome <> 'rejected'"), {});
    if (!newest.next() || newest.value(0).isNull())
        return std::nullopt;
    return newest.value(0).toLongLong();
}

qint64 WebhookLog::failedEventsOpen(qint64 now) const
{
    QSqlQuery open = run(m_db, QStringLiteral("SELECT COUNT(*) FROM webhook_events WHERE received_at >= ? AND outcome = 'failed' AND event_id IS NOT NULL"),
                         {now - qint64(30) * 86400});
    return open.next() ? open.value(0).toLongLong() : 0;
}

QJsonObject WebhookLog::stats(qint64 since, qint64 now) const
{
    QJsonObject byOutcome;
    for (const QString &outcome : outcomes())
        byOutcome.insert(outcome, 0);
    QJsonObject byType;
    qint64 total = 0, failures = 0, duplicateDeliveries = 0;
    QSqlQuery q = run(m_db,
                      QStringLiteral("SELECT type, outcome, COUNT(*), SUM(delivery_count - 1) FROM webhook_events "
                                     "WHERE last_received_at >= ? GROUP BY type, outcome"),
                      {since});
    while (q.next()) {
        const QString type = q.value(0).toString().isEmpty() ? QStringLiteral("(unverified)") : q.value(0).toString();
        const QString outcome = q.value(1).toString();
        const qint64 count = q.value(2).toLongLong();
        total += count;
        duplicateDeliveries += q.value(3).toLongLong();
        if (outcome == QLatin1String("failed") || outcome == QLatin1String("rejected"))
            failures += count;
        byOutcome.insert(outcome, byOutcome.value(outcome).toInteger() + count);
        QJsonObject perType = byType.value(type).toObject();
        perType.insert(outcome, perType.value(outcome).toInteger() + count);
        perType.insert(QStringLiteral("total"), perType.value(QStringLiteral("total")).toInteger() + count);
        byType.insert(type, perType);
    }
    QSqlQuery last = run(m_db, QStringLiteral("SELECT MAX(last_received_at) FROM webhook_events"), {});
    const QVariant lastDelivery = last.next() ? last.value(0) : QVariant();
    // Duplicates are counted by delivery, on the first row of their event.
    byOutcome.insert(QStringLiteral("duplicate"), byOutcome.value(QStringLiteral("duplicate")).toInteger() + duplicateDeliveries);
    return {
        {QStringLiteral("since"), since},
        {QStringLiteral("until"), now},
        {QStringLiteral("total"), total},
        {QStringLiteral("by_outcome"), byOutcome},
        {QStringLiteral("by_type"), byType},
        {QStringLiteral("duplicate_deliveries"), duplicateDeliveries},
        {QStringLiteral("last_delivery_at"), lastDelivery.isNull() ? QJsonValue() : QJsonValue(lastDelivery.toLongLong())},
        {QStringLiteral("failure_rate"), total > 0 ? double(failures) / double(total) : 0.0},
    };
}

} // namespace companion::server
