#include "HttpRequestParser.h"

#include <limits>

namespace companion::http {

namespace {
constexpr qsizetype kMaxChunkSizeLine = 1024; // hex size and extensions
constexpr int kMaxLeadingEmptyLines = 8;      // RFC 9112 §2.2: ignore a few before the request line

bool isTokenChar(char c)
{
    // RFC 9110 §5.6.2 tchar
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text) {
        if (!isTokenChar(c))
            return false;
    }
    return true;
}

// A field value: visible characters, spaces and tabs, and obs-text; no other controls.
bool isFieldValue(QByteArrayView text)
{
    for (char c : text) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t') || u == 0x7f)
            return false;
    }
    return true;
}

HttpMethod methodOf(QByteArrayView name)
{
    if (name == "GET")
        return HttpMethod::Get;
    if (name == "POST")
        return HttpMethod::Post;
    if (name == "HEAD")
        return HttpMethod::Head;
    if (name == "PUT")
        return HttpMethod::Put;
    if (name == "PATCH")
        return HttpMethod::Patch;
    if (name == "DELETE")
        return HttpMethod::Delete;
    if (name == "OPTIONS")
        return HttpMethod::Options;
    return HttpMethod::Other;
}

// Non-negative decimal, or -1 (not one) / -2 (too large for any body).
qint64 decimal(QByteArrayView text)
{
    if (text.isEmpty())
        return -1;
    qint64 value = 0;
    for (char c : text) {
        if (c < '0' || c > '9')
            return -1;
        if (value > (std::numeric_limits<qint64>::max() - 9) / 10)
            return -2;
        value = value * 10 + (c - '0');
    }
    return value;
}

// "16 KiB", or "1000 bytes".
QString sizeText(qsizetype bytes)
{
    return bytes % 1024 == 0 ? QStringLiteral("%1 KiB").arg(bytes / 1024) : QStringLiteral("%1 bytes").arg(bytes);
}

QString tooLargeMessage(qsizetype maxBody)
{
    return QStringLiteral("Request bodies are limited to %1.").arg(sizeText(maxBody));
}

QByteArrayView withoutCarriageReturn(QByteArrayView line)
{
    return line.endsWith('\r') ? line.chopped(1) : line;
}
} // namespace

HttpRequestParser::HttpRequestParser(const HttpLimits &limits)
    : m_limits(limits)
    , m_maxBody(limits.maxBodyBytes)
{
}

HttpRequestParser::Progress HttpRequestParser::fail(int status, const QString &code, const QString &message)
{
    m_state = State::Failed;
    m_failure = {status, code, message};
    return Progress::Failed;
}

bool HttpRequestParser::readingBody() const
{
    return m_state == State::Body || m_state == State::ChunkSize || m_state == State::ChunkData || m_state == State::ChunkEnd
        || m_state == State::Trailers;
}

bool HttpRequestParser::bodyFits(qint64 more) const
{
    return more <= qint64(m_maxBody) - qint64(m_request.m_body.size());
}

HttpRequestParser::Progress HttpRequestParser::feed(QByteArray &input)
{
    qsizetype pos = 0;
    // What the loop used is dropped once, at the end (not line by line).
    struct Consume {
        QByteArray &input;
        qsizetype &pos;
        ~Consume()
        {
            if (pos >= input.size())
                input = QByteArray(); // all of it: its memory too
            else
                input.remove(0, pos);
        }
    } consume{input, pos};

    auto nextLine = [&](qsizetype limit, QByteArrayView *line) -> int {
        const qsizetype end = input.indexOf('\n', pos);
        if (end < 0)
            return input.size() - pos > limit + 1 ? -1 : 0; // too long already (a CR may end it), or wait
        if (end - pos > limit + 1) // the limit, and a CR
            return -1;
        *line = withoutCarriageReturn(QByteArrayView(input).sliced(pos, end - pos));
        pos = end + 1;
        return 1;
    };

    while (pos < input.size() || m_state == State::Complete) {
        switch (m_state) {
        case State::Start: {
            m_sawLeadingBytes = true;
            const char c = input.at(pos);
            if (c == '\r' && pos + 1 < input.size() && input.at(pos + 1) == '\n') {
                pos += 2;
            } else if (c == '\n') {
                pos += 1;
            } else if (c == '\r') {
                return Progress::NeedMore; // a CR, its LF still to come
            } else if (!isTokenChar(c)) {
                return fail(400, QStringLiteral("bad_request"), QStringLiteral("This is not an HTTP request."));
            } else {
                m_state = State::RequestLine;
                continue;
            }
            if (++m_leadingEmptyLines > kMaxLeadingEmptyLines)
                return fail(400, QStringLiteral("bad_request"), QStringLiteral("Empty lines instead of a request."));
            continue;
        }
        case State::RequestLine: {
            QByteArrayView line;
            const int got = nextLine(m_limits.maxRequestLine, &line);
            if (got < 0)
                return fail(414, QStringLiteral("uri_too_long"),
                            QStringLiteral("The request line is longer than %1.").arg(sizeText(m_limits.maxRequestLine)));
            if (got == 0)
                return Progress::NeedMore;
            m_headBytes += line.size() + 2;
            const Progress progress = parseRequestLine(line);
            if (progress == Progress::Failed)
                return progress;
            m_state = State::Headers;
            continue;
        }
        case State::Headers: {
            QByteArrayView line;
            const qsizetype headLeft = m_limits.maxHeadBytes - m_headBytes;
            const int got = nextLine(qMin(m_limits.maxHeaderLine, headLeft), &line);
            if (got < 0)
                return fail(431, QStringLiteral("header_fields_too_large"),
                            headLeft < m_limits.maxHeaderLine
                                ? QStringLiteral("The request's header fields are larger than %1 in all.").arg(sizeText(m_limits.maxHeadBytes))
                                : QStringLiteral("A header field is longer than %1.").arg(sizeText(m_limits.maxHeaderLine)));
            if (got == 0)
                return Progress::NeedMore;
            m_headBytes += line.size() + 2;
            if (line.isEmpty())
                return finishHead();
            const Progress progress = parseHeaderLine(line);
            if (progress == Progress::Failed)
                return progress;
            continue;
        }
        case State::Body: {
            const qsizetype take = qsizetype(qMin<qint64>(m_contentLength - m_request.m_body.size(), input.size() - pos));
            m_request.m_body.append(input.constData() + pos, take);
            pos += take;
            if (m_request.m_body.size() == m_contentLength)
                m_state = State::Complete;
            continue;
        }
        case State::ChunkSize: {
            QByteArrayView line;
            const int got = nextLine(kMaxChunkSizeLine, &line);
            if (got < 0)
                return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk-size line is longer than %1 bytes.").arg(kMaxChunkSizeLine));
            if (got == 0)
                return Progress::NeedMore;
            const qsizetype semicolon = line.indexOf(';');
            const QByteArrayView hex = (semicolon < 0 ? line : line.first(semicolon)).trimmed();
            bool ok = hex.size() <= 15 && !hex.isEmpty();
            const qint64 size = ok ? QByteArray(hex.data(), hex.size()).toLongLong(&ok, 16) : 0;
            if (!ok || size < 0 || hex.startsWith('+') || hex.startsWith('-'))
                return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk size is not a hexadecimal number."));
            if (!bodyFits(size))
                return fail(413, QStringLiteral("payload_too_large"), tooLargeMessage(m_maxBody));
            m_chunkLeft = size;
            m_state = size == 0 ? State::Trailers : State::ChunkData;
            continue;
        }
        case State::ChunkData: {
            const qsizetype take = qsizetype(qMin<qint64>(m_chunkLeft, input.size() - pos));
            m_request.m_body.append(input.constData() + pos, take);
            pos += take;
            m_chunkLeft -= take;
            if (m_chunkLeft == 0)
                m_state = State::ChunkEnd;
            continue;
        }
        case State::ChunkEnd: {
            QByteArrayView line;
            const int got = nextLine(0, &line);
            if (got < 0 || (got == 1 && !line.isEmpty()))
                return fail(400, QStringLiteral("bad_request"), QStringLiteral("A chunk does not end where its size says."));
            if (got == 0)
                return Progress::NeedMore;
            m_state = State::ChunkSize;
            continue;
        }
        case State::Trailers: {
            // Trailer fields are read and dropped: nothing here acts on them.
            QByteArrayView line;
            const int got = nextLine(qMin(m_limits.maxHeaderLine, m_limits.maxHeadBytes - m_trailerBytes), &line);
            if (got < 0)
                return fail(431, QStringLiteral("header_fields_too_large"), QStringLiteral("The request's trailer fields are too large."));
            if (got == 0)
                return Progress::NeedMore;
            m_trailerBytes += line.size() + 2;
            if (line.isEmpty())
                m_state = State::Complete;
            continue;
        }
        case State::Complete:
            return Progress::Complete;
        case State::Failed:
            return Progress::Failed;
        }
    }
    return Progress::NeedMore;
}

HttpRequestParser::Progress HttpRequestParser::parseRequestLine(QByteArrayView line)
{
    // method SP request-target SP HTTP-version, single spaces (RFC 9112 §3).
    const qsizetype first = line.indexOf(' ');
    const qsizetype last = line.lastIndexOf(' ');
    if (first <= 0 || last == first)
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("The request line is not \"METHOD /target HTTP/1.1\"."));
    const QByteArrayView method = line.first(first);
    const QByteArrayView target = line.sliced(first + 1, last - first - 1);
    const QByteArrayView version = line.sliced(last + 1);
    if (!isToken(method))
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("The request method is not a token."));
    for (char c : target) {
        const auto u = static_cast<unsigned char>(c);
        if (u <= 0x20 || u >= 0x7f)
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("The request target holds spaces or characters that must be encoded."));
    }
    if (version == "HTTP/1.1") {
        m_request.m_minorVersion = 1;
    } else if (version == "HTTP/1.0") {
        m_request.m_minorVersion = 0;
    } else if (version.size() == 8 && version.startsWith("HTTP/") && version.at(6) == '.') {
        return fail(505, QStringLiteral("http_version_not_supported"), QStringLiteral("Only HTTP/1.1 and HTTP/1.0 are spoken here."));
    } else {
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("The request line does not end in an HTTP version."));
    }
    const bool asterisk = target == "*" && method == "OPTIONS";
    const bool origin = target.startsWith('/');
    const bool absolute = target.startsWith("http://") || target.startsWith("https://");
    if (!origin && !absolute && !asterisk)
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("The request target is not a path."));
    m_request.m_methodName = method.toByteArray();
    m_request.m_method = methodOf(method);
    m_request.m_target = target.toByteArray();
    return Progress::NeedMore;
}

HttpRequestParser::Progress HttpRequestParser::parseHeaderLine(QByteArrayView line)
{
    if (line.startsWith(' ') || line.startsWith('\t'))
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("Folded header fields are not accepted."));
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isToken(line.first(colon)))
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("A header field has no valid name before its colon."));
    const QByteArrayView value = line.sliced(colon + 1).trimmed();
    if (!isFieldValue(value))
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("A header field's value holds control characters."));
    if (m_request.m_headers.size() >= m_limits.maxHeaderCount)
        return fail(431, QStringLiteral("header_fields_too_large"), QStringLiteral("The request has more than %1 header fields.").arg(m_limits.maxHeaderCount));
    m_request.m_headers.append({line.first(colon).toByteArray(), value.toByteArray()});
    return Progress::NeedMore;
}

HttpRequestParser::Progress HttpRequestParser::finishHead()
{
    QByteArrayList lengths, codings, hosts;
    for (const auto &[name, value] : std::as_const(m_request.m_headers)) {
        if (name.compare("content-length", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : value.split(','))
                lengths << part.trimmed();
        } else if (name.compare("transfer-encoding", Qt::CaseInsensitive) == 0) {
            for (const QByteArray &part : value.split(',')) {
                if (!part.trimmed().isEmpty())
                    codings << part.trimmed().toLower();
            }
        } else if (name.compare("host", Qt::CaseInsensitive) == 0) {
            hosts << value;
        } else if (name.compare("expect", Qt::CaseInsensitive) == 0) {
            if (value.compare("100-continue", Qt::CaseInsensitive) != 0)
                return fail(417, QStringLiteral("expectation_failed"), QStringLiteral("Only \"Expect: 100-continue\" is understood."));
            m_expectContinue = true;
        }
    }
    if (hosts.size() > 1 || (hosts.isEmpty() && m_request.m_minorVersion == 1))
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("An HTTP/1.1 request needs exactly one Host header field."));
    if (!codings.isEmpty()) {
        // Both framings, or chunked on HTTP/1.0: the way requests are smuggled past a proxy.
        if (!lengths.isEmpty() || m_request.m_minorVersion == 0)
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("A body is framed by Transfer-Encoding or by Content-Length, not both."));
        if (codings != QByteArrayList{QByteArrayLiteral("chunked")})
            return fail(501, QStringLiteral("not_implemented"), QStringLiteral("Only the chunked transfer coding is supported."));
        m_chunked = true;
    }
    if (!lengths.isEmpty()) {
        const qint64 length = decimal(lengths.first());
        for (const QByteArray &other : std::as_const(lengths)) {
            if (other != lengths.first())
                return fail(400, QStringLiteral("bad_request"), QStringLiteral("The request has differing Content-Length values."));
        }
        if (length == -1)
            return fail(400, QStringLiteral("bad_request"), QStringLiteral("Content-Length is not a number."));
        m_contentLength = length == -2 ? std::numeric_limits<qint64>::max() : length;
    }
    QUrl url = QUrl::fromEncoded(m_request.m_target, QUrl::StrictMode);
    if (!url.isValid() && m_request.m_target != "*")
        return fail(400, QStringLiteral("bad_request"), QStringLiteral("The request target is not a valid URL."));
    if (url.scheme().isEmpty()) {
        url.setScheme(QStringLiteral("http"));
        if (!hosts.isEmpty())
            url.setAuthority(QString::fromLatin1(hosts.first()));
    }
    m_request.m_url = url;
    m_state = m_chunked ? State::ChunkSize : (m_contentLength > 0 ? State::Body : State::Complete);
    return Progress::HeadComplete;
}

bool HttpRequestParser::acceptBody(qsizetype maxBody)
{
    m_maxBody = maxBody;
    if (!m_chunked && m_contentLength > qint64(maxBody)) {
        fail(413, QStringLiteral("payload_too_large"), tooLargeMessage(maxBody));
        return false;
    }
    if (!m_chunked && m_contentLength > 0)
        m_request.m_body.reserve(qsizetype(m_contentLength));
    return true;
}

HttpRequest HttpRequestParser::takeRequest()
{
    HttpRequest request = std::move(m_request);
    m_request = HttpRequest();
    m_state = State::Start;
    m_sawLeadingBytes = false;
    m_leadingEmptyLines = 0;
    m_headBytes = 0;
    m_trailerBytes = 0;
    m_contentLength = 0;
    m_chunked = false;
    m_expectContinue = false;
    m_chunkLeft = 0;
    m_maxBody = m_limits.maxBodyBytes;
    m_failure = {};
    return request;
}

} // namespace companion::http
