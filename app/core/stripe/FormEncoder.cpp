#include "FormEncoder.h"

#include <QJsonArray>
#include <QUrl>

namespace companion::stripe {

namespace {

void append(QByteArray &out, const QByteArray &key, const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it)
            append(out, key + '[' + QUrl::toPercentEncoding(it.key()) + ']', it.value());
        return;
    }
    case QJsonValue::Array: {
        const QJsonArray array = value.toArray();
        for (int i = 0; i < array.size(); ++i)
            append(out, key + '[' + QByteArray::number(i) + ']', array.at(i));
        return;
    }
    case QJsonValue::Undefined:
        return;
    default:
        break;
    }
    QByteArray text;
    if (value.isBool())
        text = value.toBool() ? "true" : "false";
    else if (value.isDouble())
        text = QByteArray::number(value.toInteger(qint64(value.toDouble())));
    else if (value.isString())
        text = QUrl::toPercentEncoding(value.toString());
    // null: "key=" unsets the field on Stripe's side
    if (!out.isEmpty())
        out += '&';
    out += key + '=' + text;
}

} // namespace

QByteArray FormEncoder::encode(const QJsonObject &params)
{
    QByteArray out;
    for (auto it = params.begin(); it != params.end(); ++it)
        append(out, QUrl::toPercentEncoding(it.key()), it.value());
    return out;
}

} // namespace companion::stripe
