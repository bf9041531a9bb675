#pragma once

#include "ApiRouter.h"

#include <QJsonArray>
#include <QJsonObject>

namespace sandbox {

struct SandboxContext;

// POST /v1/invoices/create_preview: the invoice a subscription (or a customer) would
// get next, with nothing saved and no id but "upcoming_in_…". A subscription's next
// invoice is dated at its period end and bills the next period, its pending invoice
// items and the request's invoice_items; subscription_details[items] changes prices
// or quantities (with proration lines for the time left, unless proration_behavior=none)
// and cancel_at_period_end=true leaves no next invoice (Stripe's invoice_upcoming_none).
class InvoicePreview
{
public:
    static const Params kParams;

    explicit InvoicePreview(const SandboxContext &context);
    QJsonObject build(const ApiRequest &request) const;

private:
    struct Item {
        QString id;          // si_… (a new item has none yet)
        QJsonObject price;
        qint64 quantity = 1;
        QJsonObject was;     // the item before the request changed it; empty for a new one
        bool deleted = false;
    };
    QList<Item> itemsAfterChanges(const QJsonObject &subscription, const QJsonObject &details) const;
    QJsonObject itemLine(const Item &item, const QString &subscriptionId, const QString &invoiceId, qint64 start, qint64 end,
                         qint64 amount, const QString &description, bool proration) const;

    const SandboxContext &m_ctx;
};

} // namespace sandbox
