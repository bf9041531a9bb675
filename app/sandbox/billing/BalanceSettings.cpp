#include "BalanceSettings.h"

#include "ApiTypes.h"
#include "SandboxContext.h"
#include "SandboxStore.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace sandbox {

namespace {
const QString kStateKey = QStringLiteral("balance_settings");
const QStringList kIntervals{QStringLiteral("daily"), QStringLiteral("manual"), QStringLiteral("monthly"), QStringLiteral("weekly")};
const QStringList kWeekdays{QStringLiteral("monday"), QStringLiteral("tuesday"), QStringLiteral("wednesday"), QStringLiteral("thursday"),
                            QStringLiteral("friday")}; // Stripe pays out on business days only

QJsonArray arrayParam(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    // Indexed form (weekly_payout_days[0]=monday) decodes to an object keyed by index.
    QJsonArray out;
    const QJsonObject indexed = value.toObject();
    for (auto it = indexed.begin(); it != indexed.end(); ++it)
        out.append(it.value());
    return out;
}
} // namespace

BalanceSettings::BalanceSettings(const SandboxContext &context)
    : m_ctx(context)
{
}

QJsonObject BalanceSettings::stored() const
{
    return QJsonDocument::fromJson(m_ctx.store.state(kStateKey).toUtf8()).object();
}

int BalanceSettings::delayDays() const
{
    const QJsonValue override = stored().value(QStringLiteral("delay_days_override"));
    return override.isDouble() ? override.toInt() : kDelayDays;
}

bool BalanceSettings::automaticPayouts() const
{
    return stored().value(QStringLiteral("interval")).toString(QStringLiteral("daily")) != QLatin1String("manual");
}

bool BalanceSettings::isPayoutDay(const QDate &day) const
{
    const QJsonObject s = stored();
    const QString interval = s.value(QStringLiteral("interval")).toString(QStringLiteral("daily"));
    if (interval == QLatin1String("weekly")) {
        const QJsonArray days = s.value(QStringLiteral("weekly_payout_days")).toArray(QJsonArray{QStringLiteral("monday")});
        return day.dayOfWeek() <= 5 && days.contains(kWeekdays.at(day.dayOfWeek() - 1));
    }
    if (interval == QLatin1String("monthly")) {
        // A day past the month's end (31 in April) pays out on its last day.
        for (const QJsonValue &d : s.value(QStringLiteral("monthly_payout_days")).toArray(QJsonArray{1})) {
            if (qMin(d.toInt(), day.daysInMonth()) == day.day())
                return true;
        }
        return false;
    }
    return interval == QLatin1String("daily");
}

QString BalanceSettings::statementDescriptor() const
{
    return stored().value(QStringLiteral("statement_descriptor")).toString();
}

QJsonObject BalanceSettings::object() const
{
    const QJsonObject s = stored();
    const QString interval = s.value(QStringLiteral("interval")).toString(QStringLiteral("daily"));
    QJsonObject schedule{{QStringLiteral("interval"), interval}};
    if (interval == QLatin1String("weekly"))
        schedule.insert(QStringLiteral("weekly_payout_days"), s.value(QStringLiteral("weekly_payout_days")).toArray(QJsonArray{QStringLiteral("monday")}));
    if (interval == QLatin1String("monthly"))
        schedule.insert(QStringLiteral("monthly_payout_days"), s.value(QStringLiteral("monthly_payout_days")).toArray(QJsonArray{1}));
    const QString descriptor = statementDescriptor();
    QJsonObject timing{{QStringLiteral("delay_days"), delayDays()}, {QStringLiteral("start_of_day"), QJsonValue()}};
    if (s.contains(QStringLiteral("delay_days_override")))
        timing.insert(QStringLiteral("delay_days_override"), s.value(QStringLiteral("delay_days_override")));
    return {
        {QStringLiteral("object"), QStringLiteral("balance_settings")},
        {QStringLiteral("payments"),
         QJsonObject{{QStringLiteral("debit_negative_balances"), s.value(QStringLiteral("debit_negative_balances")).toBool(true)},
                     {QStringLiteral("payouts"),
                      QJsonObject{{QStringLiteral("automatic_transfer_rules_by_currency"), QJsonValue()},
                                  {QStringLiteral("minimum_balance_by_currency"), QJsonValue()},
                                  {QStringLiteral("schedule"), schedule},
                                  {QStringLiteral("statement_descriptor"), descriptor.isEmpty() ? QJsonValue() : QJsonValue(descriptor)},
                                  {QStringLiteral("status"), QStringLiteral("enabled")}}},
                     {QStringLiteral("settlement_timing"), timing}}},
    };
}

QJsonObject BalanceSettings::update(const ApiRequest &request) const
{
    QJsonObject s = stored();
    const QJsonObject payments = request.object(QStringLiteral("payments"));
    if (payments.contains(QStringLiteral("debit_negative_balances"))) {
        const QString flag = payments.value(QStringLiteral("debit_negative_balances")).toString();
        if (flag != QLatin1String("true") && flag != QLatin1String("false"))
            throw StripeException::invalid(QStringLiteral("Invalid boolean: %1").arg(flag), QStringLiteral("payments[debit_negative_balances]"));
        s.insert(QStringLiteral("debit_negative_balances"), flag == QLatin1String("true"));
    }
    const QJsonObject payouts = payments.value(QStringLiteral("payouts")).toObject();
    if (payouts.contains(QStringLiteral("statement_descriptor"))) {
        const QString descriptor = payouts.value(QStringLiteral("statement_descriptor")).toString();
        if (descriptor.size() > 22)
            throw StripeException::invalid(QStringLiteral("The statement descriptor must be at most 22 characters."),
                                           QStringLiteral("payments[payouts][statement_descriptor]"));
        s.insert(QStringLiteral("statement_descriptor"), descriptor);
    }
    const QJsonObject schedule = payouts.value(QStringLiteral("schedule")).toObject();
    if (schedule.contains(QStringLiteral("interval"))) {
        const QString interval = schedule.value(QStringLiteral("interval")).toString();
        if (!kIntervals.contains(interval))
            throw StripeException::invalid(QStringLiteral("Invalid payments[payouts][schedule][interval]: must be one of daily, manual, monthly, or weekly"),
                                           QStringLiteral("payments[payouts][schedule][interval]"));
        s.insert(QStringLiteral("interval"), interval);
    }
    if (schedule.contains(QStringLiteral("weekly_payout_days"))) {
        QJsonArray days;
        for (const QJsonValue &d : arrayParam(schedule.value(QStringLiteral("weekly_payout_days")))) {
            if (!kWeekdays.contains(d.toString()))
                throw StripeException::invalid(QStringLiteral("Invalid payments[payouts][schedule][weekly_payout_days][]: must be one of "
                                                              "friday, monday, thursday, tuesday, or wednesday"),
                                               QStringLiteral("payments[payouts][schedule][weekly_payout_days]"));
            days.append(d);
        }
        s.insert(QStringLiteral("weekly_payout_days"), days);
    }
    if (schedule.contains(QStringLiteral("monthly_payout_days"))) {
        QJsonArray days;
        for (const QJsonValue &d : arrayParam(schedule.value(QStringLiteral("monthly_payout_days")))) {
            bool ok = false;
            const int n = d.toString().toInt(&ok);
            if (!ok || n < 1 || n > 31)
                throw StripeException::invalid(QStringLiteral("Monthly payout days must be between 1 and 31."),
                                               QStringLiteral("payments[payouts][schedule][monthly_payout_days]"));
            days.append(n);
        }
        s.insert(QStringLiteral("monthly_payout_days"), days);
    }
    const QJsonObject timing = payments.value(QStringLiteral("settlement_timing")).toObject();
    if (timing.contains(QStringLiteral("delay_days_override"))) {
        const QString text = timing.value(QStringLiteral("delay_days_override")).toString();
        bool ok = false;
        const int days = text.toInt(&ok);
        if (text.isEmpty())
            s.remove(QStringLiteral("delay_days_override"));
        else if (!ok || days < kDelayDays || days > 31)
            throw StripeException::invalid(QStringLiteral("The settlement delay must be between %1 and 31 days.").arg(kDelayDays),
                                           QStringLiteral("payments[settlement_timing][delay_days_override]"));
        else
            s.insert(QStringLiteral("delay_days_override"), days);
    }
    m_ctx.store.setState(kStateKey, QString::fromUtf8(QJsonDocument(s).toJson(QJsonDocument::Compact)));
    return object();
}

} // namespace sandbox
