#include "LearnerFinder.h"

#include "billing/StripeIdResolver.h"
#include "db/DatabaseThread.h"
#include "db/StripeIdLookup.h"
#include "settings/StripeAccess.h"

namespace companion::admin {

namespace {
struct Lookup {
    QString userId;
    QString error;
};
} // namespace

LearnerFinder::LearnerFinder(db::DatabaseThread *database, StripeAccess *stripe, QObject *parent)
    : QObject(parent)
    , m_database(database)
    , m_stripe(stripe)
{
}

bool LearnerFinder::looksLikeStripeId(const QString &text)
{
    return billing::StripeIdResolver::looksLikeStripeId(text.trimmed());
}

void LearnerFinder::find(const QString &stripeId)
{
    const QString id = stripeId.trimmed();
    const int generation = ++m_generation;
    Q_EMIT progress(tr("Looking for %1…").arg(id));
    lookUp(id, generation, [this, id, generation] { askStripe(id, generation); });
}

void LearnerFinder::lookUp(const QString &id, int generation, std::function<void()> missing)
{
    m_database->run<Lookup>(
        this,
        [id](db::Connection &connection) {
            if (!connection.ok())
                return Lookup{{}, connection.error};
            QString error;
            const auto userId = db::StripeIdLookup(connection.db).userIdFor(id, &error);
            return Lookup{userId.value_or(QString()), error};
        },
        [this, generation, id, missing](const Lookup &lookup) {
            if (generation != m_generation)
                return;
            if (!lookup.error.isEmpty())
                return Q_EMIT notFound(tr("Could not look %1 up in our database: %2").arg(id, lookup.error));
            if (!lookup.userId.isEmpty())
                return Q_EMIT found(lookup.userId);
            missing();
        });
}

void LearnerFinder::askStripe(const QString &id, int generation)
{
    Q_EMIT progress(tr("%1 is not in our copy; asking Stripe whose it is…").arg(id));
    m_stripe->withClient(
        this,
        [this, id, generation](stripe::StripeClient *client) {
            auto *resolver = new billing::StripeIdResolver(client, this);
            connect(resolver, &billing::StripeIdResolver::resolved, this, [this, resolver, id, generation](const QString &customerId) {
                resolver->deleteLater();
                if (generation != m_generation)
                    return;
                lookUp(customerId, generation, [this, id, customerId] {
                    Q_EMIT notFound(tr("Stripe says %1 belongs to customer %2, who is not one of our learners.").arg(id, customerId));
                });
            }, Qt::QueuedConnection); // a resolver answers at once when its client goes away, maybe mid-teardown
            connect(resolver, &billing::StripeIdResolver::failed, this, [this, resolver, generation](const QString &message) {
                resolver->deleteLater();
                if (generation == m_generation)
                    Q_EMIT notFound(message);
            }, Qt::QueuedConnection);
            resolver->resolve(id);
        },
        [this, id, generation](const QString &message) {
            if (generation == m_generation)
                Q_EMIT notFound(tr("%1 is not in our copy, and Stripe cannot be asked: %2").arg(id, message));
        });
}

} // namespace companion::admin
