#include "MonthPack.h"

#include "FiguresJson.h"
#include "PeriodClose.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace companion::billing {

namespace {

constexpr int kVersion = 1;

QString tr(const char *text)
{
    return QCoreApplication::translate("companion::billing::MonthPack", text);
}

QString monthKey(const QDate &month)
{
    return month.toString(QStringLiteral("yyyy-MM"));
}

QDate monthFrom(const QJsonValue &value)
{
    return QDate::fromString(value.toString() + QStringLiteral("-01"), Qt::ISODate);
}

template <typename T, typename F>
QJsonArray arrayOf(const QList<T> &items, F toJson)
{
    QJsonArray out;
    for (const T &item : items)
        out.append(toJson(item));
    return out;
}

template <typename T, typename F>
QList<T> listOf(const QJsonValue &array, F fromJson)
{
    QList<T> out;
    for (const QJsonValue &item : array.toArray())
        out.append(fromJson(item.toObject()));
    return out;
}

// The JSON names of the enums: the ones the CSV exports already use.
std::optional<Movement> movementNamed(const QString &name)
{
    for (Movement m : {Movement::New, Movement::Expansion, Movement::Contraction, Movement::Churn, Movement::Reactivation})
        if (movementName(m) == name)
            return m;
    return std::nullopt;
}

std::optional<CashDifference::Kind> differenceNamed(const QString &name)
{
    using K = CashDifference::Kind;
    for (K k : {K::InvoiceWithoutCharge, K::ChargeWithoutInvoice, K::AmountDiffers, K::FeeDiffers, K::RefundDiffers, K::DisputeDiffers,
                K::PayoutDoesNotAddUp})
        if (CashReconciliation::kindName(k) == name)
            return k;
    return std::nullopt;
}

QJsonObject categoryJson(const CashCategory &c)
{
    return {{QStringLiteral("category"), c.category}, {QStringLiteral("count"), c.count}, {QStringLiteral("gross"), c.gross},
            {QStringLiteral("fee"), c.fee},           {QStringLiteral("net"), c.net}};
}

CashCategory categoryFrom(const QJsonObject &o)
{
    return {o.value(QLatin1String("category")).toString(), int(o.value(QLatin1String("count")).toInteger()),
            o.value(QLatin1String("gross")).toInteger(), o.value(QLatin1String("fee")).toInteger(), o.value(QLatin1String("net")).toInteger()};
}

QJsonObject settlementJson(const CashSettlement &s)
{
    return {{QStringLiteral("payout"), s.payoutId},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("arrival_date"), s.arrivalDate},
            {QStringLiteral("payout_amount"), s.payoutAmount},
            {QStringLiteral("amount"), s.amount},
            {QStringLiteral("transactions"), s.transactions},
            {QStringLiteral("failure_message"), s.failureMessage},
            {QStringLiteral("settled_by"), s.settledBy},
            {QStringLiteral("settled_by_status"), s.settledByStatus}};
}

CashSettlement settlementFrom(const QJsonObject &o)
{
    CashSettlement s;
    s.payoutId = o.value(QLatin1String("payout")).toString();
    s.status = o.value(QLatin1String("status")).toString();
    s.arrivalDate = o.value(QLatin1String("arrival_date")).toInteger();
    s.payoutAmount = o.value(QLatin1String("payout_amount")).toInteger();
    s.amount = o.value(QLatin1String("amount")).toInteger();
    s.transactions = int(o.value(QLatin1String("transactions")).toInteger());
    s.failureMessage = o.value(QLatin1String("failure_message")).toString();
    s.settledBy = o.value(QLatin1String("settled_by")).toString();
    s.settledByStatus = o.value(QLatin1String("settled_by_status")).toString();
    return s;
}

QJsonObject differenceJson(const CashDifference &d)
{
    return {{QStringLiteral("kind"), CashReconciliation::kindName(d.kind)},
            {QStringLiteral("object"), d.objectId},
            {QStringLiteral("invoice"), d.invoiceId},
            {QStringLiteral("user"), d.userId},
            {QStringLiteral("expected"), d.expected},
            {QStringLiteral("actual"), d.actual},
            {QStringLiteral("cause"), d.cause}}; // in the closer's language: the pack is a document
}

QJsonObject payoutJson(const PayoutRow &p)
{
    return {{QStringLiteral("id"), p.id},
            {QStringLiteral("amount"), p.amount},
            {QStringLiteral("currency"), p.currency},
            {QStringLiteral("status"), p.status},
            {QStringLiteral("automatic"), p.automatic},
            {QStringLiteral("created"), p.created},
            {QStringLiteral("arrival_date"), p.arrivalDate},
            {QStringLiteral("failure_code"), p.failureCode},
            {QStringLiteral("failure_message"), p.failureMessage},
            {QStringLiteral("transactions"), p.transactions},
            {QStringLiteral("transactions_net"), p.transactionsNet},
            {QStringLiteral("transactions_read"), p.transactionsRead}};
}

PayoutRow payoutFrom(const QJsonObject &o)
{
    PayoutRow p;
    p.id = o.value(QLatin1String("id")).toString();
    p.amount = o.value(QLatin1String("amount")).toInteger();
    p.currency = o.value(QLatin1String("currency")).toString();
    p.status = o.value(QLatin1String("status")).toString();
    p.automatic = o.value(QLatin1String("automatic")).toBool();
    p.created = o.value(QLatin1String("created")).toInteger();
    p.arrivalDate = o.value(QLatin1String("arrival_date")).toInteger();
    p.failureCode = o.value(QLatin1String("failure_code")).toString();
    p.failureMessage = o.value(QLatin1String("failure_message")).toString();
    p.transactions = int(o.value(QLatin1String("transactions")).toInteger());
    p.transactionsNet = o.value(QLatin1String("transactions_net")).toInteger();
    p.transactionsRead = o.value(QLatin1String("transactions_read")).toBool();
    return p;
}

QJsonObject moverJson(const MovementLine &m)
{
    return {{QStringLiteral("customer"), m.customer}, {QStringLiteral("email"), m.email},   {QStringLiteral("name"), m.name},
            {QStringLiteral("before"), m.before},     {QStringLiteral("after"), m.after}, {QStringLiteral("movement"), movementName(m.movement)}};
}

QJsonObject periodJson(const PeriodFigures &p)
{
    QJsonObject out = figuresToJson(p);
    out.insert(QStringLiteral("month"), monthKey(p.start));
    return out;
}

} // namespace

QJsonObject MonthPack::toJson() const
{
    const CashReport &c = cash;
    const QJsonObject cashJson{
        {QStringLiteral("complete"), c.complete},
        {QStringLiteral("transactions"), c.transactions},
        {QStringLiteral("charges"), c.charges},
        {QStringLiteral("refunds"), c.refunds},
        {QStringLiteral("disputes"), c.disputes},
        {QStringLiteral("fees"), c.fees},
        {QStringLiteral("other"), c.other},
        {QStringLiteral("net"), c.net},
        {QStringLiteral("paid_out"), c.paidOut},
        {QStringLiteral("in_transit"), c.inTransit},
        {QStringLiteral("in_balance"), c.inBalance},
        {QStringLiteral("categories"), arrayOf(c.categories, categoryJson)},
        {QStringLiteral("settlements"), arrayOf(c.settlements, settlementJson)},
        {QStringLiteral("differences"), arrayOf(c.differences, differenceJson)},
    };
    return {
        {QStringLiteral("version"), kVersion},
        {QStringLiteral("month"), monthKey(month)},
        {QStringLiteral("mode"), modeKey(mode)},
        {QStringLiteral("currency"), currency},
        {QStringLiteral("computed_at"), computedAt},
        {QStringLiteral("figures"), figuresToJson(figures)},
        {QStringLiteral("trend"), arrayOf(trend, periodJson)},
        {QStringLiteral("movers"), arrayOf(movers, moverJson)},
        {QStringLiteral("cash"), cashJson},
        {QStringLiteral("payouts"), arrayOf(payouts, payoutJson)},
    };
}

std::optional<MonthPack> MonthPack::fromJson(const QJsonObject &json, QString *error)
{
    MonthPack pack;
    pack.month = monthFrom(json.value(QLatin1String("month")));
    const QString mode = json.value(QLatin1String("mode")).toString();
    if (json.value(QLatin1String("version")).toInt() != kVersion || !pack.month.isValid() || (mode != modeKey(MrrMode::Companion) && mode != modeKey(MrrMode::StripeCompatible))) {
        *error = tr("The stored month-end pack is not one this version can read.");
        return std::nullopt;
    }
    pack.mode = mode == modeKey(MrrMode::StripeCompatible) ? MrrMode::StripeCompatible : MrrMode::Companion;
    pack.currency = json.value(QLatin1String("currency")).toString();
    pack.computedAt = json.value(QLatin1String("computed_at")).toInteger();
    pack.figures = figuresFromJson(json.value(QLatin1String("figures")).toObject(), pack.month, pack.month.addMonths(1));
    pack.trend = listOf<PeriodFigures>(json.value(QLatin1String("trend")), [](const QJsonObject &o) {
        const QDate start = monthFrom(o.value(QLatin1String("month")));
        return figuresFromJson(o, start, start.addMonths(1));
    });
    for (const QJsonValue &value : json.value(QLatin1String("movers")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto movement = movementNamed(o.value(QLatin1String("movement")).toString());
        if (!movement) {
            *error = tr("The stored month-end pack names an unknown movement.");
            return std::nullopt;
        }
        MovementLine m;
        m.customer = o.value(QLatin1String("customer")).toString();
        m.email = o.value(QLatin1String("email")).toString();
        m.name = o.value(QLatin1String("name")).toString();
        m.before = o.value(QLatin1String("before")).toInteger();
        m.after = o.value(QLatin1String("after")).toInteger();
        m.movement = *movement;
        pack.movers.append(m);
    }
    const QJsonObject c = json.value(QLatin1String("cash")).toObject();
    CashReport &cash = pack.cash;
    cash.request = {pack.month, pack.currency};
    cash.start = pack.month;
    cash.end = pack.month.addMonths(1);
    cash.complete = c.value(QLatin1String("complete")).toBool();
    cash.transactions = int(c.value(QLatin1String("transactions")).toInteger());
    cash.charges = c.value(QLatin1String("charges")).toInteger();
    cash.refunds = c.value(QLatin1String("refunds")).toInteger();
    cash.disputes = c.value(QLatin1String("disputes")).toInteger();
    cash.fees = c.value(QLatin1String("fees")).toInteger();
    cash.other = c.value(QLatin1String("other")).toInteger();
    cash.net = c.value(QLatin1String("net")).toInteger();
    cash.paidOut = c.value(QLatin1String("paid_out")).toInteger();
    cash.inTransit = c.value(QLatin1String("in_transit")).toInteger();
    cash.inBalance = c.value(QLatin1String("in_balance")).toInteger();
    cash.categories = listOf<CashCategory>(c.value(QLatin1String("categories")), categoryFrom);
    cash.settlements = listOf<CashSettlement>(c.value(QLatin1String("settlements")), settlementFrom);
    for (const QJsonValue &value : c.value(QLatin1String("differences")).toArray()) {
        const QJsonObject o = value.toObject();
        const auto kind = differenceNamed(o.value(QLatin1String("kind")).toString());
        if (!kind) {
            *error = tr("The stored month-end pack names an unknown kind of difference.");
            return std::nullopt;
        }
        CashDifference d;
        d.kind = *kind;
        d.objectId = o.value(QLatin1String("object")).toString();
        d.invoiceId = o.value(QLatin1String("invoice")).toString();
        d.userId = o.value(QLatin1String("user")).toString();
        d.expected = o.value(QLatin1String("expected")).toInteger();
        d.actual = o.value(QLatin1String("actual")).toInteger();
        d.cause = o.value(QLatin1String("cause")).toString();
        cash.differences.append(d);
    }
    pack.payouts = listOf<PayoutRow>(json.value(QLatin1String("payouts")), payoutFrom);
    return pack;
}

} // namespace companion::billing
