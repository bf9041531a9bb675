#include "BenchOutput.h"

#include <QElapsedTimer>
#include <QList>
#include <QLocale>

#include <algorithm>

#include <cstdio>

namespace companion::bench::BenchOutput {

void say(const QString &line)
{
    std::printf("%s\n", qUtf8Printable(line));
    std::fflush(stdout);
}

QString ms(qint64 ns)
{
    return QString::number(double(ns) / 1e6, 'f', 2);
}

QString number(double value, int decimals)
{
    return QLocale(QLocale::English).toString(value, 'f', decimals);
}

double medianMs(const std::function<bool()> &run)
{
    QList<double> times;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        if (!run())
            return -1;
        times << t.nsecsElapsed() / 1e6;
    }
    std::sort(times.begin(), times.end());
    return times.at(2);
}

} // namespace companion::bench::BenchOutput
