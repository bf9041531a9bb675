#include "StripeError.h"

#include <QJsonObject>

namespace sandbox {

QHttpServerResponse stripeError(QHttpServerResponse::StatusCode status, const QString &type,
                                const QString &code, const QString &message, const QString &param)
{
    QJsonObject error{{QStringLiteral("type"), type}, {QStringLiteral("message"), message}};
    if (!code.isEmpty()) {
        error.insert(QStringLiteral("code"), code);
        error.insert(QStringLiteral("doc_url"),
                     QString(QStringLiteral("https://stripe.com/docs/error-codes/") + QString(code).replace(u'_', u'-')));
    }
    if (!param.isEmpty())
        error.insert(QStringLiteral("param"), param);
    return QHttpServerResponse(QJsonObject{{QStringLiteral("error"), error}}, status);
}

} // namespace sandbox
