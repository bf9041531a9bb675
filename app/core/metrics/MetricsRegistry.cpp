#include "MetricsRegistry.h"


#include <QMap>
#include <QLocale>
#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace companion::metrics {

struct MetricsRegistry::Family {
    Type type = Type::Counter;
    QString name;
    QString help;
    QStringList labels;
    QList<double> buckets; // histograms: upper bounds, without +Inf
    Reader reader;         // gauges read at scrape time
    struct Series {
        double value = 0;            // counter, gauge
        QList<quint64> inBucket;     // histogram: observations per bucket (not cumulative), +Inf last
        double sum = 0;
        quint64 count = 0;
    };
    QMap<QStringList, Series> series; // sorted by label values: a stable exposition
};

namespace {

bool validName(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_:][a-zA-Z0-9_:]*$"));
    return pattern.match(name).hasMatch();
}

bool validLabel(const QString &label)
{
    static const QRegularExpression pattern(QStringLiteral("^[a-zA-Z_][a-zA-Z0-9_]*$"));
    return pattern.match(label).hasMatch() && !label.startsWith(QLatin1String("__")) && label != QLatin1String("le");
}

QString typeName(MetricsRegistry::Type type)
{
    switch (type) {
    case MetricsRegistry::Type::Counter: return QStringLiteral("counter");
    case MetricsRegistry::Type::Gauge: return QStringLiteral("gauge");
    case MetricsRegistry::Type::Histogram: return QStringLiteral("histogram");
    }
    return QStringLiteral("untyped");
}

// {a="x",b="y"} with `extra` (le) last; empty when there is no label at all.
QString labelSet(const QStringList &names, const QStringList &values, const QString &extraName = {}, const QString &extraValue = {})
{
    QStringList pairs;
    for (int i = 0; i < names.size(); ++i)
        pairs << QStringLiteral("%1=\"%2\"").arg(names.at(i), escapeLabelValue(values.value(i)));
    if (!extraName.isEmpty())
        pairs << QStringLiteral("%1=\"%2\"").arg(extraName, extraValue);
    return pairs.isEmpty() ? QString() : u'{' + pairs.join(u',') + u'}';
}

QString header(const QString &name, const QString &help, MetricsRegistry::Type type)
{
    return QStringLiteral("# HELP %1 %2\n# TYPE %1 %3\n").arg(name, escapeHelp(help), typeName(type));
}

} // namespace

QString escapeLabelValue(const QString &value)
{
    QString out = value;
    out.replace(u'\\', QLatin1String("\\\\")).replace(u'"', QLatin1String("\\\"")).replace(u'\n', QLatin1String("\\n"));
    return out;
}

QString escapeHelp(const QString &help)
{
    QString out = help;
    out.replace(u'\\', QLatin1String("\\\\")).replace(u'\n', QLatin1String("\\n"));
    return out;
}

QString formatValue(double value)
{
    if (std::isnan(value))
        return QStringLiteral("NaN");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("+Inf") : QStringLiteral("-Inf");
    if (value == std::floor(value) && std::abs(value) < 1e15)
        return QString::number(qint64(value));
    return QString::number(value, 'g', QLocale::FloatingPointShortest); // the shortest text that reads back the same
}

MetricsRegistry::MetricsRegistry() = default;
MetricsRegistry::~MetricsRegistry() = default;

QList<double> MetricsRegistry::defaultSeconds()
{
    return {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};
}

MetricsRegistry::Handle MetricsRegistry::declare(Type type, const QString &name, const QString &help, const QStringList &labels,
                                                 const QList<double> &buckets)
{
    // A bad name is the programmer's mistake, caught by the first test that starts the server.
    Q_ASSERT_X(validName(name), "MetricsRegistry", qPrintable(name));
    Q_ASSERT_X(type != Type::Counter || name.endsWith(QLatin1String("_total")), "MetricsRegistry", qPrintable(name));
    for (const QString &label : labels)
        Q_ASSERT_X(validLabel(label), "MetricsRegistry", qPrintable(label));
    Q_ASSERT_X(std::is_sorted(buckets.begin(), buckets.end()), "MetricsRegistry", qPrintable(name));
    auto family = std::make_unique<Family>();
    family->type = type;
    family->name = name;
    family->help = help;
    family->labels = labels;
    family->buckets = buckets;
    QMutexLocker lock(&m_mutex);
    for (const auto &existing : m_families)
        Q_ASSERT_X(existing->name != name, "MetricsRegistry", qPrintable(name));
    m_families.push_back(std::move(family));
    return Handle(m_families.size() - 1);
}

MetricsRegistry::Handle MetricsRegistry::counter(const QString &name, const QString &help, const QStringList &labels)
{
    return declare(Type::Counter, name, help, labels, {});
}

MetricsRegistry::Handle MetricsRegistry::gauge(const QString &name, const QString &help, const QStringList &labels)
{
    return declare(Type::Gauge, name, help, labels, {});
}

MetricsRegistry::Handle MetricsRegistry::histogram(const QString &name, const QString &help, const QList<double> &buckets,
                                                   const QStringList &labels)
{
    return declare(Type::Histogram, name, help, labels, buckets);
}

void MetricsRegistry::gaugeReadAtScrape(const QString &name, const QString &help, const QStringList &labels, Reader read)
{
    const Handle handle = declare(Type::Gauge, name, help, labels, {});
    QMutexLocker lock(&m_mutex);
    m_families.at(size_t(handle))->reader = std::move(read);
}

MetricsRegistry::Family &MetricsRegistry::family(Handle handle, const QStringList &labelValues) const
{
    Family &f = *m_families.at(size_t(handle));
    Q_ASSERT_X(labelValues.size() == f.labels.size(), "MetricsRegistry", qPrintable(f.name));
    return f;
}

void MetricsRegistry::add(Handle counter, const QStringList &labelValues, double by)
{
    QMutexLocker lock(&m_mutex);
    family(counter, labelValues).series[labelValues].value += qMax(0.0, by);
}

void MetricsRegistry::touch(Handle counter, const QStringList &labelValues)
{
    QMutexLocker lock(&m_mutex);
    family(counter, labelValues).series[labelValues];
}

void MetricsRegistry::set(Handle gauge, const QStringList &labelValues, double value)
{
    QMutexLocker lock(&m_mutex);
    family(gauge, labelValues).series[labelValues].value = value;
}

void MetricsRegistry::observe(Handle histogram, const QStringList &labelValues, double value)
{
    QMutexLocker lock(&m_mutex);
    Family &f = family(histogram, labelValues);
    Family::Series &s = f.series[labelValues];
    if (s.inBucket.isEmpty())
        s.inBucket.resize(f.buckets.size() + 1);
    const auto bucket = std::lower_bound(f.buckets.cbegin(), f.buckets.cend(), value); // le: value <= bound
    ++s.inBucket[int(bucket - f.buckets.cbegin())];
    s.sum += value;
    ++s.count;
}

double MetricsRegistry::value(Handle handle, const QStringList &labelValues) const
{
    QMutexLocker lock(&m_mutex);
    const Family &f = family(handle, labelValues);
    const auto it = f.series.constFind(labelValues);
    if (it == f.series.constEnd())
        return 0;
    return f.type == Type::Histogram ? double(it->count) : it->value;
}

QByteArray MetricsRegistry::exposition() const
{
    QList<QString> parts;
    QList<std::pair<int, std::pair<const Family *, Reader>>> readAtScrape;
    {
        QMutexLocker lock(&m_mutex);
        for (const auto &owned : m_families) {
            const Family &f = *owned;
            if (f.reader) {
                readAtScrape.append({int(parts.size()), {&f, f.reader}});
                parts.append(QString());
                continue;
            }
            QString text = header(f.name, f.help, f.type);
            for (auto it = f.series.constBegin(); it != f.series.constEnd(); ++it) {
                if (f.type != Type::Histogram) {
                    text += f.name + labelSet(f.labels, it.key()) + u' ' + formatValue(it->value) + u'\n';
                    continue;
                }
                quint64 cumulative = 0;
                for (int b = 0; b <= f.buckets.size(); ++b) {
                    cumulative += it->inBucket.value(b);
                    const QString le = b < f.buckets.size() ? formatValue(f.buckets.at(b)) : QStringLiteral("+Inf");
                    text += f.name + QStringLiteral("_bucket") + labelSet(f.labels, it.key(), QStringLiteral("le"), le) + u' '
                        + QString::number(cumulative) + u'\n';
                }
                text += f.name + QStringLiteral("_sum") + labelSet(f.labels, it.key()) + u' ' + formatValue(it->sum) + u'\n';
                text += f.name + QStringLiteral("_count") + labelSet(f.labels, it.key()) + u' ' + QString::number(it->count) + u'\n';
            }
            parts.append(text);
        }
    }
    // Readers may take locks of their own (a queue's): never under ours.
    for (const auto &[index, entry] : readAtScrape) {
        const Family &f = *entry.first;
        QString text = header(f.name, f.help, f.type);
        QList<Sample> samples = entry.second();
        std::sort(samples.begin(), samples.end(), [](const Sample &a, const Sample &b) { return a.first < b.first; });
        for (const Sample &s : samples)
            text += f.name + labelSet(f.labels, s.first) + u' ' + formatValue(s.second) + u'\n';
        parts[index] = text;
    }
    return parts.join(QString()).toUtf8();
}

} // namespace companion::metrics
