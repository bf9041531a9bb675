#pragma once

#include <QObject>
#include <QPointer>

namespace companion::db {
class DatabaseThread;
}

namespace companion::admin {

class StripeAccess;

// Which learner a pasted Stripe id (cus_, sub_, in_, ch_, pi_, pm_, re_, evt_, cs_)
// belongs to: our own tables first, off the GUI thread; an id they do not know is
// asked of Stripe (which customer is it?) and that customer looked up here. Reports
// once per find(); a newer find() replaces an unfinished one.
class LearnerFinder : public QObject
{
    Q_OBJECT
public:
    LearnerFinder(db::DatabaseThread *database, StripeAccess *stripe, QObject *parent = nullptr);

    static bool looksLikeStripeId(const QString &text);
    void find(const QString &stripeId);

Q_SIGNALS:
    void progress(const QString &message);
    void found(const QString &userId);
    void notFound(const QString &message);

private:
    // Looks `id` up in our tables; `missing` runs when they do not know it.
    void lookUp(const QString &id, int generation, std::function<void()> missing);
    void askStripe(const QString &id, int generation);

    db::DatabaseThread *m_database;
    StripeAccess *m_stripe;
    int m_generation = 0;
};

} // namespace companion::admin
