#include "FormDecoder.h"

#include <QJsonArray>
#include <QUrl>

namespace sandbox {

namespace {

// "line_items[0][price]" → {"line_items", "0", "price"}; "expand[]" → {"expand", ""}.
std::optional<QStringList> splitKey(const QString &key)
{
    const int open = int(key.indexOf(u'['));
    if (open < 0)
        return key.isEmpty() ? std::nullopt : std::optional<QStringList>(QStringList{key});
    if (open == 0)
        return std::nullopt;
    QStringList parts{key.left(open)};
    int i = open;
    while (i < key.size()) {
        if (key.at(i) != u'[')
            return std::nullopt;
        const int close = int(key.indexOf(u']', i));
        if (close < 0)
            return std::nullopt;
        const QString part = key.mid(i + 1, close - i - 1);
        if (part.contains(u'['))
            return std::nullopt;
        parts << part;
        i = close + 1;
    }
    return parts;
}

bool isIndex(const QString &part)
{
    if (part.isEmpty())
        return true; // "[]": append
    for (const QChar c : part) {
        if (!c.isDigit())
            return false;
    }
    return part.size() < 6; // Stripe caps arrays far below 100000 entries
}

// Inserts `value` at `path` below `node`. Arrays are built as objects keyed by index
// first ("[]" gets the next free index) and turned into arrays at the end.
bool insert(QJsonObject &node, const QStringList &path, int depth, const QString &value, QHash<QString, int> &appendCounters,
            const QString &prefix)
{
    const QString &part = path.at(depth);
    QString key = part;
    if (depth > 0 && part.isEmpty()) { // "[]": next index of this array
        const int next = appendCounters.value(prefix, 0);
        appendCounters[prefix] = next + 1;
        key = QString::number(next);
    }
    if (depth == path.size() - 1) {
        if (node.contains(key) && node.value(key).isObject())
            return false; // "a=1&a[b]=2"
        node.insert(key, value);
        return true;
    }
    QJsonValue existing = node.value(key);
    if (!existing.isUndefined() && !existing.isObject())
        return false; // "a[b]=1&a=2" in the other order
    QJsonObject child = existing.toObject();
    if (!insert(child, path, depth + 1, value, appendCounters, prefix + u'/' + key))
        return false;
    node.insert(key, child);
    return true;
}

// Objects whose keys are all indices become arrays, in index order
// (metadata stays a hash: "metadata[0]=x" is a key named "0").
QJsonValue finish(const QJsonValue &value, const QString &name = {})
{
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    bool allIndices = !object.isEmpty() && name != QLatin1String("metadata");
    for (auto it = object.begin(); it != object.end(); ++it) {
        it.value() = finish(it.value(), it.key());
        if (!isIndex(it.key()) || it.key().isEmpty())
            allIndices = false;
    }
    if (!allIndices)
        return object;
    QMap<int, QJsonValue> ordered;
    for (auto it = object.begin(); it != object.end(); ++it)
        ordered.insert(it.key().toInt(), it.value());
    QJsonArray array;
    for (const QJsonValue &v : std::as_const(ordered))
        array.append(v);
    return array;
}

} // namespace

std::optional<QJsonObject> FormDecoder::decode(const QByteArray &form, QString *error)
{
    QJsonObject root;
    QHash<QString, int> appendCounters;
    const QList<QByteArray> pairs = form.split('&');
    for (const QByteArray &pair : pairs) {
        if (pair.isEmpty())
            continue;
        const int eq = int(pair.indexOf('='));
        QByteArray rawKey = eq < 0 ? pair : pair.left(eq);
        QByteArray rawValue = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        rawKey.replace('+', ' ');
        rawValue.replace('+', ' ');
        const QString key = QUrl::fromPercentEncoding(rawKey);
        const QString value = QUrl::fromPercentEncoding(rawValue);
        const auto path = splitKey(key);
        if (!path) {
            *error = QStringLiteral("Invalid parameter name: %1").arg(key);
            return std::nullopt;
        }
        if (path->size() > 8) {
            *error = QStringLiteral("Parameter %1 is nested too deeply").arg(key);
            return std::nullopt;
        }
        if (!insert(root, *path, 0, value, appendCounters, QString())) {
            *error = QStringLiteral("Invalid parameter %1: it is given both as a value and as a hash").arg(key);
            return std::nullopt;
        }
    }
    return finish(root).toObject();
}

std::optional<QJsonObject> FormDecoder::decode(const QByteArray &query, const QByteArray &body, QString *error)
{
    QByteArray joined = query;
    if (!body.isEmpty()) {
        if (!joined.isEmpty())
            joined += '&';
        joined += body;
    }
    return decode(joined, error);
}

} // namespace sandbox
