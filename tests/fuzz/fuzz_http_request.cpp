// Any bytes a client may send, through the request reader, whole and split at a
// point the input chooses: it ends in requests, a need for more, or a refusal with a
// status from the documented set — never a crash, a body over its cap, or held bytes
// beyond one request's head and body. The same bytes read whole or split read alike.
#include "http/HttpRequestParser.h"

#include <cstdio>
#include <cstdlib>

using namespace companion::http;

namespace {
constexpr qsizetype kMaxBody = 1024;

struct Reading {
    QList<QByteArray> bodies;
    int status = 0;
};

Reading read(const QList<QByteArray> &pieces)
{
    HttpLimits limits;
    limits.maxRequestLine = 256;
    limits.maxHeaderLine = 128;
    limits.maxHeaderCount = 16;
    limits.maxHeadBytes = 1024;
    HttpRequestParser parser(limits);
    Reading reading;
    QByteArray input;
    for (const QByteArray &piece : pieces) {
        input += piece;
        for (;;) {
            const auto progress = parser.feed(input);
            if (progress == HttpRequestParser::Progress::NeedMore)
                break;
            if (progress == HttpRequestParser::Progress::Failed
                || (progress == HttpRequestParser::Progress::HeadComplete && !parser.acceptBody(kMaxBody))) {
                reading.status = parser.failure().status;
                static const QList<int> statuses{400, 408, 413, 414, 417, 431, 501, 505};
                if (!statuses.contains(reading.status) || parser.failure().message.isEmpty()) {
                    std::fprintf(stderr, "refused with %d \"%s\"\n", reading.status, qPrintable(parser.failure().message));
                    std::abort();
                }
                return reading;
            }
            if (progress == HttpRequestParser::Progress::Complete) {
                const HttpRequest request = parser.takeRequest();
                if (request.body().size() > kMaxBody) {
                    std::fprintf(stderr, "a body of %lld bytes passed a cap of %lld\n", qlonglong(request.body().size()), qlonglong(kMaxBody));
                    std::abort();
                }
                reading.bodies << request.body();
            }
        }
    }
    return reading;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const QByteArray bytes(reinterpret_cast<const char *>(data) + 1, qsizetype(size) - 1);
    const qsizetype split = bytes.isEmpty() ? 0 : qsizetype(data[0]) % (bytes.size() + 1);
    const Reading whole = read({bytes});
    const Reading pieces = read({bytes.left(split), bytes.mid(split)});
    if (whole.bodies != pieces.bodies || whole.status != pieces.status) {
        std::fprintf(stderr, "read whole: %lld requests, status %d; split at %lld: %lld requests, status %d\n", qlonglong(whole.bodies.size()),
                     whole.status, qlonglong(split), qlonglong(pieces.bodies.size()), pieces.status);
        std::abort();
    }
    return 0;
}
