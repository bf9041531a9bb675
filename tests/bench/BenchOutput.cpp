#include "BenchOutput.h"

#include <QLocale>

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

} // namespace companion::bench::BenchOutput
