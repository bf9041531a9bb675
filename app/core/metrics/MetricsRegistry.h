#pragma once

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMutex>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <vector>

namespace companion::metrics {

// The numbers a process exposes to Prometheus, in its text exposition format
// (version 0.0.4). Families are declared once with their label names; every
// thread then adds, sets or observes by the family's handle and its label values,
// under one mutex (a few hundred nanoseconds: nothing next to an HTTP request).
// Names follow Prometheus' conventions, which declare() checks: base units
// (seconds, bytes), counters end in _total, label sets kept small by the callers
// (a route pattern, never a path; an event type, never an id).
class MetricsRegistry
{
public:
    enum class Type { Counter, Gauge, Histogram };
    using Handle = int;
    // The label values and value of every series of a gauge read at scrape time.
    using Sample = QPair<QStringList, double>;
    using Reader = std::function<QList<Sample>()>;

    MetricsRegistry();
    ~MetricsRegistry();
    MetricsRegistry(const MetricsRegistry &) = delete;
    MetricsRegistry &operator=(const MetricsRegistry &) = delete;

    Handle counter(const QString &name, const QString &help, const QStringList &labels = {});
    Handle gauge(const QString &name, const QString &help, const QStringList &labels = {});
    // `buckets`: upper bounds, ascending; +Inf is added.
    Handle histogram(const QString &name, const QString &help, const QList<double> &buckets, const QStringList &labels = {});
    // A gauge whose series `read` returns when scraped (queue depths, pool sizes):
    // it runs on the scraping thread, outside the registry's mutex.
    void gaugeReadAtScrape(const QString &name, const QString &help, const QStringList &labels, Reader read);

    // A counter's series grows by `by` (>= 0); a new label set starts at 0.
    void add(Handle counter, const QStringList &labelValues = {}, double by = 1);
    void set(Handle gauge, const QStringList &labelValues, double value);
    void observe(Handle histogram, const QStringList &labelValues, double value);
    // Every label set of a counter a scrape should show at 0 before its first event,
    // so rate() and absent() see the series from the start.
    void touch(Handle counter, const QStringList &labelValues);

    // The whole registry in the text format, families in declaration order,
    // series by label values.
    QByteArray exposition() const;
    static QByteArray contentType() { return QByteArrayLiteral("text/plain; version=0.0.4; charset=utf-8"); }

    // Latency buckets from 5 ms to 10 s, as Prometheus' client libraries default to.
    static QList<double> defaultSeconds();

    // The value of one series (tests); a histogram's is its count.
    double value(Handle family, const QStringList &labelValues = {}) const;

private:
    struct Family;
    Handle declare(Type type, const QString &name, const QString &help, const QStringList &labels, const QList<double> &buckets);
    Family &family(Handle handle, const QStringList &labelValues) const;

    mutable QMutex m_mutex;
    std::vector<std::unique_ptr<Family>> m_families;
};

// The text format's escaping: label values escape \, " and newline; help texts \ and newline.
QString escapeLabelValue(const QString &value);
QString escapeHelp(const QString &help);
// A sample value as Prometheus reads it: integers without exponent, +Inf, -Inf, NaN.
QString formatValue(double value);

} // namespace companion::metrics
