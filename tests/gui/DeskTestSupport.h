#pragma once

#include "actions/Confirmer.h"
#include "db/SqlDialect.h"

#include <QList>
#include <QString>

class QSettings;
class QSqlDatabase;
class QUrl;

namespace companion::admin {
class KeychainStore;
class MainWindow;
class UserDetailDialog;
}

namespace companion::test {

// Answers the app's confirmations the way the test says, and keeps what was asked.
class ScriptedConfirmer : public admin::Confirmer
{
public:
    bool answer = true;
    QList<admin::Confirmation> asked;
    bool confirm(QWidget *, const admin::Confirmation &confirmation) override
    {
        asked << confirmation;
        return answer;
    }
};

// A desk profile of the test's own: keychain entries named for `test` and the
// database (parallel runs never share secrets), talking to Stripe at `stripeApiBase`.
void deskProfile(QSettings &settings, const QString &test, db::Dialect dialect, const QUrl &stripeApiBase);
// The window asks this confirmer instead of a message box; it is returned to script and inspect.
ScriptedConfirmer *scriptConfirmations(admin::MainWindow &window);

// A Premium learner `userId` (name and e-mail from `email`) with an active monthly
// subscription in our copy: customer cus_<userId>, subscription sub_<userId>.
bool addSubscriber(const QSqlDatabase &db, const QString &userId, const QString &email, bool livemode);

// Ends a subscription the way support does: the learner page's "Cancel subscription…",
// then in its dialog `when` (cancelAtPeriodEnd, cancelNow, cancelOnDate), `refund`
// (refundNone, refundLastPayment, refundProrated), the note and, in live mode, the typed
// e-mail; then "Cancel subscription". False (the dialog left open, `why` said) when the
// dialog would not let it.
bool cancelThroughDialog(admin::UserDetailDialog *detail, const QString &when, const QString &refund, const QString &note,
                         const QString &typed = {}, QString *why = nullptr);

// The Stripe key into (or out of) the real keychain, waiting for its answer.
bool storeStripeKey(admin::KeychainStore &keychain, const QString &key);
bool removeStripeKey(admin::KeychainStore &keychain);

} // namespace companion::test
