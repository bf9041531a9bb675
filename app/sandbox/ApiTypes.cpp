#include "ApiTypes.h"

#include <QJsonArray>

namespace sandbox {

StripeException::StripeException(int status, QString type, QString message, QString code, QString param)
    : m_status(status)
{
    m_error.insert(QStringLiteral("type"), type);
    m_error.insert(QStringLiteral("message"), message);
    if (!code.isEmpty()) {
        m_error.insert(QStringLiteral("code"), code);
        m_error.insert(QStringLiteral("doc_url"),
                       QString(QStringLiteral("https://stripe.com/docs/error-codes/") + QString(code).replace(u'_', u'-')));
    }
    if (!param.isEmpty())
        m_error.insert(QStringLiteral("param"), param);
}

StripeException StripeException::invalid(const QString &message, const QString &param, const QString &code)
{
    return StripeException(400, QStringLiteral("invalid_request_error"), message, code, param);
}

StripeException StripeException::missingParam(const QString &param)
{
    return StripeException(400, QStringLiteral("invalid_request_error"),
                           QStringLiteral("Missing required param: %1.").arg(param), QStringLiteral("parameter_missing"), param);
}

StripeException StripeException::notFound(const QString &resource, const QString &id, const QString &param)
{
    return StripeException(404, QStringLiteral("invalid_request_error"),
                           QStringLiteral("No such %1: '%2'").arg(resource, id), QStringLiteral("resource_missing"), param);
}

StripeException StripeException::card(const QString &code, const QString &declineCode, const QString &message)
{
    StripeException e(402, QStringLiteral("card_error"), message, code);
    if (!declineCode.isEmpty())
        e.with(QStringLiteral("decline_code"), declineCode);
    return e;
}

StripeException &StripeException::with(const QString &key, const QJsonValue &value)
{
    m_error.insert(key, value);
    return *this;
}

QJsonObject StripeException::body() const
{
    return {{QStringLiteral("error"), m_error}};
}

QString ApiRequest::string(const QString &key, const QString &fallback) const
{
    const QJsonValue v = params.value(key);
    return v.isString() ? v.toString() : fallback;
}

QString ApiRequest::requiredString(const QString &key) const
{
    const QString v = string(key);
    if (v.isEmpty())
        throw StripeException::missingParam(key);
    return v;
}

std::optional<bool> ApiRequest::boolean(const QString &key) const
{
    if (!params.contains(key))
        return std::nullopt;
    // Case-insensitive, as Stripe reads them: older official Python clients send
    // str(True), "True".
    const QString v = params.value(key).toString();
    if (v.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
        return true;
    if (v.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
        return false;
    throw StripeException::invalid(QStringLiteral("Invalid boolean: %1").arg(v), key);
}

std::optional<qint64> ApiRequest::integer(const QString &key) const
{
    if (!params.contains(key))
        return std::nullopt;
    bool ok = false;
    const qint64 v = params.value(key).toString().toLongLong(&ok);
    if (!ok)
        throw StripeException::invalid(QStringLiteral("Invalid integer: %1").arg(params.value(key).toString()), key,
                                       QStringLiteral("parameter_invalid_integer"));
    return v;
}

QStringList ApiRequest::expand() const
{
    QStringList out;
    const QJsonValue v = params.value(QStringLiteral("expand"));
    for (const QJsonValue &item : v.toArray())
        out << item.toString();
    if (v.isString() && !v.toString().isEmpty())
        out << v.toString();
    return out;
}

QJsonObject ApiRequest::object(const QString &key) const
{
    const QJsonValue v = params.value(key);
    if (!v.isUndefined() && !v.isObject() && !(v.isString() && v.toString().isEmpty()))
        throw StripeException::invalid(QStringLiteral("Invalid hash"), key);
    return v.toObject();
}

int ApiRequest::limit() const
{
    const qint64 value = integer(QStringLiteral("limit")).value_or(10);
    if (value < 1 || value > 100)
        throw StripeException::invalid(QStringLiteral("This value must be greater than or equal to 1 and less than or equal to 100."),
                                       QStringLiteral("limit"));
    return int(value);
}

QJsonObject mergeMetadata(const QJsonObject &current, const ApiRequest &request)
{
    if (!request.has(QStringLiteral("metadata")))
        return current;
    return mergeMetadata(current, request.params.value(QStringLiteral("metadata")), QStringLiteral("metadata"));
}

QJsonObject mergeMetadata(const QJsonObject &current, const QJsonValue &update, const QString &param)
{
    if (update.isUndefined())
        return current;
    if (update.isString() && update.toString().isEmpty())
        return {};
    if (!update.isObject())
        throw StripeException::invalid(QStringLiteral("Invalid hash"), param);
    QJsonObject merged = current;
    const QJsonObject updates = update.toObject();
    for (auto it = updates.begin(); it != updates.end(); ++it) {
        const QString keyParam = QStringLiteral("%1[%2]").arg(param, it.key());
        if (it.key().size() > 40)
            throw StripeException::invalid(QStringLiteral("Metadata keys can be at most 40 characters."), keyParam);
        const QString value = it.value().toString();
        if (value.size() > 500)
            throw StripeException::invalid(QStringLiteral("Metadata values can be at most 500 characters."), keyParam);
        if (value.isEmpty())
            merged.remove(it.key());
        else
            merged.insert(it.key(), value);
    }
    if (merged.size() > 50)
        throw StripeException::invalid(QStringLiteral("Metadata can have at most 50 keys."), param);
    return merged;
}

} // namespace sandbox
