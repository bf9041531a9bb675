#pragma once

#include <QString>

namespace companion::bench {

// How a benchmark prints: a line at a time, flushed, so a long run shows where it is.
namespace BenchOutput {

void say(const QString &line);
// Nanoseconds as milliseconds, two decimals.
QString ms(qint64 ns);
// With thousands separators (English), `decimals` after the point.
QString number(double value, int decimals = 0);

} // namespace BenchOutput

} // namespace companion::bench
