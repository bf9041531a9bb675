#include "RateLimiter.h"

#include <QtMath>

namespace companion::server {

namespace {
constexpr int kPruneThreshold = 10000;
}

RateLimiter::RateLimiter(int perMinute, int burst)
    : m_perMinute(perMinute)
    , m_burst(qMax(1, burst))
    , m_perMs(perMinute / 60000.0)
{
}

RateLimiter::Decision RateLimiter::take(const QString &key, qint64 nowMs)
{
    if (!enabled())
        return {};
    if (m_buckets.size() > kPruneThreshold)
        prune(nowMs);
    auto it = m_buckets.find(key);
    if (it == m_buckets.end())
        it = m_buckets.insert(key, {m_burst, nowMs});
    Bucket &bucket = it.value();
    bucket.tokens = qMin(m_burst, bucket.tokens + double(nowMs - bucket.updatedMs) * m_perMs);
    bucket.updatedMs = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        return {};
    }
    const double waitMs = (1.0 - bucket.tokens) / m_perMs;
    return {false, qMax(1, int(qCeil(waitMs / 1000.0)))};
}

void RateLimiter::prune(qint64 nowMs)
{
    if (nowMs - m_lastPruneMs < 1000)
        return;
    m_lastPruneMs = nowMs;
    for (auto it = m_buckets.begin(); it != m_buckets.end();) {
        if (it->tokens + double(nowMs - it->updatedMs) * m_perMs >= m_burst)
            it = m_buckets.erase(it);
        else
            ++it;
    }
}

} // namespace companion::server
