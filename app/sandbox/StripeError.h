#pragma once

#include <QHttpServerResponse>
#include <QString>

namespace sandbox {

// Stripe's error envelope: {"error":{"type","code","message","param","doc_url"}}.
QHttpServerResponse stripeError(QHttpServerResponse::StatusCode status, const QString &type,
                                const QString &code, const QString &message, const QString &param = {});

} // namespace sandbox
