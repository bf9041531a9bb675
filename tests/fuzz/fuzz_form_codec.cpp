// Stripe's request encoding both ways. Any bytes into the sandbox's bracket decoder:
// an object or a clear error, never a crash. What it decodes, the client's
// encoder writes again so that decoding gives the same object back (round trip).
#include "FormDecoder.h"
#include "stripe/FormEncoder.h"

#include <QJsonDocument>

#include <cstdio>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray form(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto decoded = sandbox::FormDecoder::decode(form, &error);
    if (!decoded) {
        if (error.isEmpty())
            std::abort(); // refused without saying why
        return 0;
    }
    const QByteArray encoded = companion::stripe::FormEncoder::encode(*decoded);
    QString again;
    const auto roundTrip = sandbox::FormDecoder::decode(encoded, &again);
    if (!roundTrip || *roundTrip != *decoded) {
        std::fprintf(stderr, "decoded:    %s\nre-encoded: %s\nagain:      %s (%s)\n",
                     QJsonDocument(*decoded).toJson(QJsonDocument::Compact).constData(), encoded.constData(),
                     roundTrip ? QJsonDocument(*roundTrip).toJson(QJsonDocument::Compact).constData() : "-", qUtf8Printable(again));
        std::abort();
    }
    return 0;
}
