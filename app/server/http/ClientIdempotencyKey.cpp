#include "ClientIdempotencyKey.h"

#include "http/HttpRequest.h"

#include <QCryptographicHash>

namespace companion::server {

namespace {
constexpr int kMaxLength = 255; // Stripe's own limit
}

ClientIdempotencyKey ClientIdempotencyKey::read(const http::HttpRequest &request, QString *problem)
{
    ClientIdempotencyKey key;
    const QByteArray header = request.value("Idempotency-Key");
    if (header.isEmpty())
        return key;
    if (header.size() > kMaxLength) {
        *problem = QStringLiteral("Idempotency-Key can be at most %1 characters.").arg(kMaxLength);
        return key;
    }
    for (const char c : header) {
        if (c < 0x21 || c > 0x7e) {
            *problem = QStringLiteral("Idempotency-Key may hold only visible ASCII characters (a UUID is a good key).");
            return key;
        }
    }
    key.m_value = QString::fromLatin1(header);
    return key;
}

QString ClientIdempotencyKey::forStripe(const QString &operation, const QString &userId) const
{
    if (m_value.isEmpty())
        return {};
    // Hashed: any client text becomes a short key of safe characters, and the
    // learner and operation are part of it without showing in Stripe's logs.
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(operation.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(userId.toUtf8());
    hash.addData(QByteArrayView("\n", 1));
    hash.addData(m_value.toLatin1());
    return QStringLiteral("cc-%1-").arg(operation) + QString::fromLatin1(hash.result().toHex());
}

} // namespace companion::server
