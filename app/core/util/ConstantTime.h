#pragma once

#include <QByteArray>

namespace companion::util {

// Compares without an early exit, so the time taken says nothing about how many
// leading bytes of a forged signature or token were right.
inline bool constantTimeEquals(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

} // namespace companion::util
