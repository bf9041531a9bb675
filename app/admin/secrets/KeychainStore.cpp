#include "KeychainStore.h"

#include "util/Log.h"
#include "util/Redact.h"

#include <QSettings>
#include <QTimer>

#include <qt6keychain/keychain.h>

#include <memory>

namespace companion::admin {

namespace {
QString flagKey(const QString &name) { return QStringLiteral("secrets/%1/stored").arg(name); }
QString hintKey(const QString &name) { return QStringLiteral("secrets/%1/hint").arg(name); }
} // namespace

KeychainStore::KeychainStore(QSettings *settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    // One keychain "service" per settings profile: the app's id unless the profile
    // names its own (a second desk profile, or tests that must not share secrets).
    , m_service(settings->value(QStringLiteral("keychain/service"), QStringLiteral(COMPANION_APP_ID)).toString())
{
}

void KeychainStore::write(const QString &name, const QString &secret, Callback done)
{
    run(Operation::Write, name, secret, std::move(done));
}

void KeychainStore::read(const QString &name, Callback done)
{
    run(Operation::Read, name, {}, std::move(done));
}

void KeychainStore::remove(const QString &name, Callback done)
{
    run(Operation::Remove, name, {}, std::move(done));
}

bool KeychainStore::isStored(const QString &name) const
{
    return m_settings->value(flagKey(name)).toBool();
}

QString KeychainStore::hint(const QString &name) const
{
    return isStored(name) ? m_settings->value(hintKey(name)).toString() : QString();
}

void KeychainStore::run(Operation operation, const QString &name, const QString &secret, Callback done)
{
    QKeychain::Job *job = nullptr;
    switch (operation) {
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(m_service, this);
        write->setTextData(secret);
        job = write;
        break;
    }
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_service, this);
        break;
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_service, this);
        break;
    }
    job->setKey(name);
    job->setInsecureFallback(false); // never a plain-text file
    job->setAutoDelete(true);

    // Exactly one answer: the job's, or the timeout's if the keychain hangs (a prompt
    // nobody answers). A late job result after a timeout is ignored.
    auto answered = std::make_shared<bool>(false);
    auto *timer = new QTimer(this);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, this, [answered, done, timer, name] {
        timer->deleteLater();
        if (std::exchange(*answered, true))
            return;
        qCWarning(lcApp).noquote() << "keychain did not answer for" << name;
        done({Status::TimedOut, {}, tr("The keychain did not answer. Unlock it (or answer its prompt) and try again.")});
    });
    connect(job, &QKeychain::Job::finished, this,
            [this, operation, name, secret, answered, done, timer](QKeychain::Job *finished) {
                // After a timeout the timer is gone: a late answer touches nothing.
                if (std::exchange(*answered, true))
                    return;
                timer->stop();
                timer->deleteLater();
                Result result = interpret(operation, name, finished->error(), finished->errorString());
                if (result.ok()) {
                    if (operation == Operation::Write)
                        remember(name, secret);
                    else if (operation == Operation::Read)
                        result.secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
                    else
                        forget(name);
                } else if (operation == Operation::Remove && result.status == Status::NotFound) {
                    forget(name);
                    result = {Status::Ok, {}, {}};
                }
                done(result);
            });
    timer->start(m_timeoutMs);
    job->start();
}

KeychainStore::Result KeychainStore::interpret(Operation operation, const QString &name, int error,
                                               const QString &errorText) const
{
    switch (error) {
    case QKeychain::NoError:
        return {Status::Ok, {}, {}};
    case QKeychain::EntryNotFound:
        // A locked keyring can answer "not found" for an entry we know we stored.
        if (operation == Operation::Read && isStored(name))
            return {Status::Locked, {}, tr("The keychain holds this secret but did not release it: it may be locked. "
                                           "Unlock your keyring and try again.")};
        return {Status::NotFound, {}, tr("No secret is stored for this yet.")};
    case QKeychain::AccessDeniedByUser:
        return {Status::Denied, {}, tr("Access to the keychain was refused.")};
    case QKeychain::AccessDenied:
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        qCWarning(lcApp).noquote() << "keychain unavailable:" << errorText;
        return {Status::Unavailable, {}, tr("No keychain is available (%1). Secrets are not stored anywhere else; "
                                            "start your desktop's keyring (e.g. gnome-keyring) and try again.").arg(errorText)};
    default:
        qCWarning(lcApp).noquote() << "keychain error:" << errorText;
        // QtKeychain reports a missing Secret Service as OtherError on some set-ups.
        return {Status::Unavailable, {}, tr("The keychain failed: %1. Nothing was stored.").arg(errorText)};
    }
}

void KeychainStore::remember(const QString &name, const QString &secret)
{
    m_settings->setValue(flagKey(name), true);
    m_settings->setValue(hintKey(name), util::redactSecret(secret));
    m_settings->sync();
}

void KeychainStore::forget(const QString &name)
{
    m_settings->remove(QStringLiteral("secrets/%1").arg(name));
    m_settings->sync();
}

} // namespace companion::admin
