#include "Ids.h"

namespace sandbox {

Ids::Ids(quint32 seed)
    : m_rng(seed ? seed : QRandomGenerator::system()->generate())
{
}

QString Ids::next(const QString &prefix, int length)
{
    static const char alphabet[] = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";
    QString id = prefix;
    // Stripe ids start with a digit-and-letters block that sorts loosely by time; ours are plain random.
    for (int i = 0; i < length; ++i)
        id += QLatin1Char(alphabet[m_rng.bounded(62)]);
    return id;
}

} // namespace sandbox
