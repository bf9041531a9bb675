// Stripe's request encoding both ways. Any bytes into the sandbox's bracket decoder:
// an object or a clear error, never a crash. What it decodes, the client's
// encoder writes again so that decoding gives the same object back (round trip).
// And what it decodes goes through the router's parameter check (a nested spec like
// Checkout's line_items[][price]): accepted, or Stripe's parameter_unknown naming a
// parameter that really is in the request.
#include "ApiRouter.h"
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
    static const sandbox::ApiRouter::ParamTree tree = sandbox::ApiRouter::treeOf(
        {QStringLiteral("email"), QStringLiteral("metadata"), QStringLiteral("line_items[][price]"),
         QStringLiteral("line_items[][quantity]"), QStringLiteral("card[number]"), QStringLiteral("recurring[interval]")});
    try {
        sandbox::ApiRouter::checkParams(*decoded, tree);
    } catch (const sandbox::StripeException &e) {
        const QJsonObject error = e.body().value(QStringLiteral("error")).toObject();
        const QString param = error.value(QStringLiteral("param")).toString();
        // The named parameter's top-level key is one the request has.
        if (error.value(QStringLiteral("code")).toString() != QLatin1String("parameter_unknown")
            || !decoded->contains(param.left(int(param.indexOf(u'[')) < 0 ? int(param.size()) : int(param.indexOf(u'[')))))
            std::abort();
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
