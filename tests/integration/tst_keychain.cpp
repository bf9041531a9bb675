// Secrets in the real OS keychain (gnome-keyring on a private D-Bus session under
// scripts/test): stored, read back by a fresh instance, removed — and never written
// to the settings file. Run with no Secret Service, nothing is stored anywhere.
#include "secrets/KeychainStore.h"

#include <QFile>
#include <QProcessEnvironment>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using companion::admin::KeychainStore;

namespace {
// Runs one keychain call to completion.
KeychainStore::Result call(const std::function<void(KeychainStore::Callback)> &start)
{
    KeychainStore::Result result;
    bool done = false;
    start([&](const KeychainStore::Result &r) {
        result = r;
        done = true;
    });
    if (!QTest::qWaitFor([&] { return done; }, 20000))
        result.message = QStringLiteral("no callback within 20 s");
    return result;
}

const QString kSecret = QStringLiteral("sk_test_51FakeKeyForTestsOnly0000000000000000wxyz");
const QString kName = kName;

// A store on the test's own keychain service, so a developer's real entries are never touched.
std::unique_ptr<KeychainStore> makeStore(QSettings *settings)
{
    auto store = std::make_unique<KeychainStore>(settings);
    store->setService(QStringLiteral("companion-test"));
    return store;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString settingsPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }
    bool expectUnavailable() const
    {
        return QProcessEnvironment::systemEnvironment().value(QStringLiteral("COMPANION_EXPECT_NO_KEYCHAIN")) == QLatin1String("1");
    }

private Q_SLOTS:
    void init()
    {
        if (expectUnavailable())
            return;
        // Each test starts from a keychain without our entry.
        QSettings settings(settingsPath(), QSettings::IniFormat);
        auto store = makeStore(&settings);
        call([&](auto cb) { store->remove(kName, cb); });
    }

    void storedSecretIsReadBackByANewInstance()
    {
        if (expectUnavailable())
            QSKIP("this run has no Secret Service");
        {
            QSettings settings(settingsPath(), QSettings::IniFormat);
            auto store = makeStore(&settings);
            const auto written = call([&](auto cb) { store->write(kName, kSecret, cb); });
            QVERIFY2(written.ok(), qPrintable(written.message));
            QVERIFY(store->isStored(kName));
            QCOMPARE(store->hint(kName), QStringLiteral("sk_test_…wxyz"));
        }
        QSettings settings(settingsPath(), QSettings::IniFormat);
        auto fresh = makeStore(&settings);
        const auto read = call([&](auto cb) { fresh->read(kName, cb); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, kSecret);

        // The settings file has the flag and the hint, never the key.
        QFile file(settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray ini = file.readAll();
        QVERIFY(ini.contains("stored=true"));
        QVERIFY2(!ini.contains("51FakeKeyForTestsOnly"), ini.constData());
    }

    void missingSecretIsNotFound()
    {
        if (expectUnavailable())
            QSKIP("this run has no Secret Service");
        QSettings settings(settingsPath(), QSettings::IniFormat);
        auto store = makeStore(&settings);
        const auto read = call([&](auto cb) { store->read(QStringLiteral("never_stored"), cb); });
        QCOMPARE(read.status, KeychainStore::Status::NotFound);
        QVERIFY(read.secret.isEmpty());
    }

    void storedButUnreadableIsReportedAsLocked()
    {
        if (expectUnavailable())
            QSKIP("this run has no Secret Service");
        QSettings settings(settingsPath(), QSettings::IniFormat);
        auto store = makeStore(&settings);
        QVERIFY(call([&](auto cb) { store->write(kName, kSecret, cb); }).ok());
        // Another program (or a locked keyring) makes the entry unavailable while our
        // flag says it was stored: the user must hear "locked", not "never stored".
        QSettings scratch(m_dir.filePath(QStringLiteral("other.ini")), QSettings::IniFormat);
        auto outsider = makeStore(&scratch);
        QVERIFY(call([&](auto cb) { outsider->remove(kName, cb); }).ok());
        const auto read = call([&](auto cb) { store->read(kName, cb); });
        QCOMPARE(read.status, KeychainStore::Status::Locked);
        QVERIFY(read.message.contains(QStringLiteral("locked")));
    }

    void removeForgetsTheFlag()
    {
        if (expectUnavailable())
            QSKIP("this run has no Secret Service");
        QSettings settings(settingsPath(), QSettings::IniFormat);
        auto store = makeStore(&settings);
        QVERIFY(call([&](auto cb) { store->write(kName, kSecret, cb); }).ok());
        QVERIFY(call([&](auto cb) { store->remove(kName, cb); }).ok());
        QVERIFY(!store->isStored(kName));
        QCOMPARE(call([&](auto cb) { store->read(kName, cb); }).status, KeychainStore::Status::NotFound);
    }

    void noKeychainMeansNothingStored()
    {
        if (!expectUnavailable())
            QSKIP("this run has a Secret Service (see tst_keychain_unavailable)");
        QSettings settings(settingsPath(), QSettings::IniFormat);
        auto store = makeStore(&settings);
        const auto written = call([&](auto cb) { store->write(kName, kSecret, cb); });
        QCOMPARE(written.status, KeychainStore::Status::Unavailable);
        QVERIFY(!written.message.contains(QStringLiteral("51FakeKey")));
        QVERIFY(!store->isStored(kName));
        settings.sync();
        QFile file(settingsPath());
        QVERIFY(!file.exists() || !file.open(QIODevice::ReadOnly) || !file.readAll().contains("51FakeKey"));
        // Nothing fell back to a plain file anywhere in the test's home either.
        QVERIFY(QDir(m_dir.path()).entryList(QDir::Files).filter(QStringLiteral("keychain")).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
