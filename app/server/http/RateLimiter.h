#pragma once

#include <QHash>
#include <QString>

namespace companion::server {

// Token buckets by key (a user id, an IP address): `perMinute` requests a minute
// on average, up to `burst` at once. Memory stays bounded: buckets that have
// refilled completely are forgotten, as they would behave like new ones.
class RateLimiter
{
public:
    RateLimiter(int perMinute, int burst);

    struct Decision {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused: until one token is back
    };
    Decision take(const QString &key, qint64 nowMs);

    bool enabled() const { return m_perMinute > 0; }

private:
    struct Bucket {
        double tokens = 0;
        qint64 updatedMs = 0;
    };
    void prune(qint64 nowMs);

    int m_perMinute;
    double m_burst;
    double m_perMs;
    QHash<QString, Bucket> m_buckets;
    qint64 m_lastPruneMs = 0;
};

} // namespace companion::server
