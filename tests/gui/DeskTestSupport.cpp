#include "DeskTestSupport.h"

#include "secrets/KeychainStore.h"
#include "settings/StripeConnection.h"

#include <QtTest>

namespace companion::test {

bool storeStripeKey(admin::KeychainStore &keychain, const QString &key)
{
    bool done = false, ok = false;
    keychain.write(QString::fromLatin1(admin::StripeConnection::kSecretKeyName), key, [&](const auto &r) {
        ok = r.ok();
        done = true;
    });
    return QTest::qWaitFor([&] { return done; }, 15000) && ok;
}

bool removeStripeKey(admin::KeychainStore &keychain)
{
    bool done = false;
    keychain.remove(QString::fromLatin1(admin::StripeConnection::kSecretKeyName), [&done](const auto &) { done = true; });
    return QTest::qWaitFor([&] { return done; }, 15000);
}

} // namespace companion::test
