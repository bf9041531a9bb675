#include "LearnerPayments.h"

#include "stripe/StripeClient.h"

namespace companion::billing {

bool CardView::expired(const QDate &) const { return false; }
bool CardView::expiresSoon(const QDate &) const { return false; }

struct LearnerPaymentsReader::Read {};

LearnerPaymentsReader::LearnerPaymentsReader(stripe::StripeClient *client, QObject *parent)
    : QObject(parent), m_client(client)
{
}

LearnerPaymentsReader::~LearnerPaymentsReader() = default;

void LearnerPaymentsReader::read(const QString &customerId, const QString &)
{
    LearnerPayments payments;
    payments.customerId = customerId;
    payments.error = QStringLiteral("not implemented yet");
    Q_EMIT done(payments);
}

void LearnerPaymentsReader::finishIfDone(Read *) {}

QString declineExplanation(const QString &, const QString &, const QString &stripeMessage)
{
    return stripeMessage;
}

} // namespace companion::billing
