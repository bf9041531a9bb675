#pragma once

#include "actions/Confirmer.h"

#include <QList>
#include <QString>

namespace companion::admin {
class KeychainStore;
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

// The Stripe key into (or out of) the real keychain, waiting for its answer.
bool storeStripeKey(admin::KeychainStore &keychain, const QString &key);
bool removeStripeKey(admin::KeychainStore &keychain);

} // namespace companion::test
