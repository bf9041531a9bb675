#include "ReconciliationModel.h"

#include "widgets/DisplayFormat.h"
#include "widgets/StatusPalette.h"

#include <QBrush>
#include <QDateTime>
#include <QLocale>

namespace companion::admin {

using billing::DriftKind;

namespace {
QString day(qint64 at)
{
    return DisplayFormat::current().date(at);
}
} // namespace

ReconciliationModel::ReconciliationModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void ReconciliationModel::setDrifts(const QList<billing::Drift> &drifts)
{
    beginResetModel();
    m_drifts = drifts;
    endResetModel();
}

const billing::Drift *ReconciliationModel::driftAt(int row) const
{
    return row >= 0 && row < m_drifts.size() ? &m_drifts.at(row) : nullptr;
}

int ReconciliationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_drifts.size());
}

int ReconciliationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ReconciliationModel::describe(DriftKind kind)
{
    switch (kind) {
    case DriftKind::PremiumWithoutSubscription: return tr("Premium here, no live subscription in Stripe");
    case DriftKind::PayingNotPremium: return tr("Pays in Stripe, not Premium here");
    case DriftKind::StatusMismatch: return tr("Subscription differs");
    case DriftKind::MissingSubscription: return tr("Subscription missing here");
    case DriftKind::UnknownToStripe: return tr("Subscription unknown to Stripe");
    case DriftKind::NoMatchingUser: return tr("Stripe subscription of no user");
    case DriftKind::DuplicateCustomers: return tr("Several Stripe customers for one user");
    }
    return QString();
}

QString ReconciliationModel::side(const billing::Drift &d, bool stripe) const
{
    switch (d.kind) {
    case DriftKind::PremiumWithoutSubscription:
    case DriftKind::PayingNotPremium:
        return (stripe ? d.stripePremium : d.ourPremium) ? tr("Premium") : tr("Free");
    case DriftKind::DuplicateCustomers:
        return stripe ? d.customerIds.join(QStringLiteral(", ")) : QString();
    default:
        break;
    }
    const QString status = stripe ? d.stripeStatus : d.ourStatus;
    if (status.isEmpty())
        return tr("(none)");
    QString text = status;
    if (const qint64 end = stripe ? d.stripePeriodEnd : d.ourPeriodEnd)
        text += tr(", period ends %1").arg(day(end));
    if (stripe ? d.stripeCancelPending : d.ourCancelPending)
        text += tr(", cancels at period end");
    return text;
}

QVariant ReconciliationModel::data(const QModelIndex &index, int role) const
{
    const billing::Drift *d = index.isValid() ? driftAt(index.row()) : nullptr;
    if (!d)
        return {};
    if (role == kUserRole)
        return d->userId;
    if (role == Qt::ForegroundRole && index.column() == Fix && !d->fixable())
        return StatusPalette::current().muted();
    if (role == Qt::ToolTipRole && index.column() == WebhookLog && d->lastWebhook)
        return tr("%1, received %2").arg(d->lastWebhook->eventId,
                                         DisplayFormat::current().dateTimeSeconds(d->lastWebhook->receivedAt));
    if (role != Qt::DisplayRole && role != kCsvRole)
        return {};
    const bool csv = role == kCsvRole;
    switch (Column(index.column())) {
    case What:
        return csv ? billing::Reconciliation::kindName(d->kind) : describe(d->kind);
    case User:
        return d->email.isEmpty() ? d->userId : d->email;
    case Subscription:
        return d->subscriptionId;
    case StripeSays:
        return side(*d, true);
    case WeSay:
        return side(*d, false);
    case WebhookLog:
        if (!d->lastWebhook)
            return d->kind == DriftKind::DuplicateCustomers ? QString() : tr("none received");
        return d->lastWebhook->error.isEmpty() ? tr("%1: %2").arg(d->lastWebhook->type, d->lastWebhook->outcome)
                                               : tr("%1: %2 (%3)").arg(d->lastWebhook->type, d->lastWebhook->outcome, d->lastWebhook->error);
    case Fix:
        return d->fixable() ? tr("Take Stripe's state") : tr("Needs a person");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ReconciliationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case What: return tr("Difference");
    case User: return tr("User");
    case Subscription: return tr("Subscription");
    case StripeSays: return tr("Stripe says");
    case WeSay: return tr("We say");
    case WebhookLog: return tr("Last webhook");
    case Fix: return tr("Fix");
    case ColumnCount: break;
    }
    return {};
}

} // namespace companion::admin
