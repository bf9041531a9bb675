#pragma once

#include <QString>

#include <functional>

namespace companion::bench {

// How a benchmark prints: a line at a time, flushed, so a long run shows where it is.
namespace BenchOutput {

void say(const QString &line);
// Nanoseconds as milliseconds, two decimals.
QString ms(qint64 ns);
// With thousands separators (English), `decimals` after the point.
QString number(double value, int decimals = 0);
// The median wall time of five runs of `run`, in milliseconds; -1 when a run fails.
double medianMs(const std::function<bool()> &run);

} // namespace BenchOutput

} // namespace companion::bench
