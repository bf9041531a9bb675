#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace sandbox {

// Stripe's request encoding (application/x-www-form-urlencoded with bracket nesting)
// into JSON: metadata[k]=v → {"metadata":{"k":"v"}}, expand[]=a&expand[]=b and
// expand[0]=a&expand[1]=b → arrays, line_items[0][price]=p → array of objects.
// Values stay strings ("true", "2000"); resources convert what they expect.
// An empty value (key=) is kept as "" — Stripe's way of unsetting a field.
class FormDecoder
{
public:
    // nullopt + a message naming the parameter for malformed input
    // (unbalanced brackets, a key used both as a value and as an object, …).
    static std::optional<QJsonObject> decode(const QByteArray &form, QString *error);
    // Query string and body together, as Stripe treats GET/DELETE and POST alike.
    static std::optional<QJsonObject> decode(const QByteArray &query, const QByteArray &body, QString *error);
};

} // namespace sandbox
