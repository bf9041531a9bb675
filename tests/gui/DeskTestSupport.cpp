#include "DeskTestSupport.h"

#include "secrets/KeychainStore.h"
#include "settings/StripeConnection.h"
#include "windows/MainWindow.h"

#include <QSettings>
#include <QtTest>

namespace companion::test {

void deskProfile(QSettings &settings, const QString &test, db::Dialect dialect, const QUrl &stripeApiBase)
{
    settings.setValue(QStringLiteral("keychain/service"), QStringLiteral("companion-test-%1-%2").arg(test, db::dialectName(dialect)));
    admin::StripeConnection::setApiBase(settings, stripeApiBase);
}

ScriptedConfirmer *scriptConfirmations(admin::MainWindow &window)
{
    auto confirmer = std::make_unique<ScriptedConfirmer>();
    ScriptedConfirmer *scripted = confirmer.get();
    window.setConfirmer(std::move(confirmer));
    return scripted;
}

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
