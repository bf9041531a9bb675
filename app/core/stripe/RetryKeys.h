#pragma once

#include "StripeError.h"

#include <QHash>
#include <QJsonObject>
#include <QString>

#include <functional>
#include <optional>

namespace companion::stripe {

// The Idempotency-Key of every write whose outcome is not known yet (no answer, a
// timeout, a 5xx or 409, a person who stopped waiting), so that when someone
// repeats the very same write it goes with the same key, and Stripe answers with
// what it did the first time instead of doing it twice. A definite answer forgets
// the key: a new write of the same thing is then a new intent. Keys are kept for
// 23 hours, inside Stripe's 24.
class RetryKeys
{
public:
    using Clock = std::function<qint64()>; // seconds since the epoch
    explicit RetryKeys(Clock clock = {});

    // The key to send this write with: the unsettled one of the same write, or a new one.
    QString keyFor(const QString &method, const QString &path, const QJsonObject &params);
    // After the call: forgets the key unless the outcome is still unknown
    // (StripeError::outcomeUnknown: a 409 or 5xx may have done the work; a 429 did
    // not, but the same key does no harm).
    void settle(const QString &method, const QString &path, const QJsonObject &params, const std::optional<StripeError> &error);
    int unsettled() const { return int(m_keys.size()); }

private:
    static QString fingerprint(const QString &method, const QString &path, const QJsonObject &params);
    void dropExpired(qint64 now);

    struct Entry {
        QString key;
        qint64 createdAt = 0;
    };
    Clock m_clock;
    QHash<QString, Entry> m_keys;
};

} // namespace companion::stripe
