#pragma once

#include <QObject>
#include <QString>

#include <functional>

class QSettings;

namespace companion::admin {

// Secrets (Stripe keys, webhook secret, server admin token) live in the OS keychain
// through QtKeychain and nowhere else: no insecure fallback, no file. QSettings
// keeps only a "stored" flag and a redacted hint, so a locked keychain can be told
// apart from one that never held the key, and the form can show "sk_test_…abcd".
class KeychainStore : public QObject
{
    Q_OBJECT
public:
    enum class Status {
        Ok,
        NotFound,    // never stored (or removed)
        Locked,      // we stored it, but the keychain will not hand it out now
        Unavailable, // no Secret Service / keychain on this desktop
        Denied,      // the user or the system refused access
        TimedOut,    // no answer in time (an unanswered unlock prompt)
        Failed,
    };
    Q_ENUM(Status)

    struct Result {
        Status status = Status::Failed;
        QString secret;  // read only; never logged
        QString message; // for the user; never contains the secret
        bool ok() const { return status == Status::Ok; }
    };
    using Callback = std::function<void(const Result &)>;

    // `settings` is where the flags go; it must outlive this object.
    explicit KeychainStore(QSettings *settings, QObject *parent = nullptr);

    void setService(const QString &service) { m_service = service; }
    void setTimeout(int milliseconds) { m_timeoutMs = milliseconds; }

    void write(const QString &name, const QString &secret, Callback done);
    void read(const QString &name, Callback done);
    void remove(const QString &name, Callback done);

    bool isStored(const QString &name) const;
    QString hint(const QString &name) const; // "sk_test_…abcd", or empty

private:
    enum class Operation { Write, Read, Remove };
    void run(Operation operation, const QString &name, const QString &secret, Callback done);
    Result interpret(Operation operation, const QString &name, int error, const QString &errorText) const;
    void remember(const QString &name, const QString &secret);
    void forget(const QString &name);

    QSettings *m_settings;
    QString m_service;
    int m_timeoutMs = 10000;
};

} // namespace companion::admin
