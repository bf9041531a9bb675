#pragma once

#include <QRandomGenerator>
#include <QString>

namespace sandbox {

// Stripe-looking ids: prefix + random base62 ("cus_" + 14, "sub_" + 24, …).
// Seedable, so --seed-demo produces the same account every time.
class Ids
{
public:
    explicit Ids(quint32 seed = 0);
    QString next(const QString &prefix, int length = 24);

private:
    QRandomGenerator m_rng;
};

} // namespace sandbox
