#pragma once

#include "HttpLimits.h"
#include "HttpRequest.h"

#include <QByteArray>
#include <QString>

namespace companion::http {

// Reads HTTP/1.1 requests (RFC 9112) from a connection's bytes as they arrive, and
// refuses a request as soon as it breaks a limit: a request line, header field,
// header count or head over its limit, a Content-Length over the body's cap (before
// any of the body is read), a chunked body that grows past it. Framing that could
// be read two ways (Content-Length with Transfer-Encoding, differing lengths, folded
// or space-before-colon fields) is refused too, so no proxy in front reads the
// stream differently. Nothing but the current request is ever held.
class HttpRequestParser
{
public:
    enum class Progress {
        NeedMore,     // every byte given was used; more are needed
        HeadComplete, // the head is read: call acceptBody with its route's cap
        Complete,     // a whole request: takeRequest; bytes after it stay in the input
        Failed,       // failure() says what to answer; the connection must close
    };
    struct Failure {
        int status = 0;   // 400, 408, 413, 414, 417, 431, 501 or 505
        QString code;     // e.g. "header_fields_too_large"
        QString message;  // for the client, in a sentence
    };

    explicit HttpRequestParser(const HttpLimits &limits);

    // Reads from the front of `input`, removing what it used.
    Progress feed(QByteArray &input);
    // After HeadComplete: the largest body this request may have. False (failure()
    // says 413) when its Content-Length is already over it.
    bool acceptBody(qsizetype maxBody);
    // After HeadComplete: the client waits for "100 Continue" before sending its body.
    bool expectsContinue() const { return m_expectContinue && hasBody(); }
    bool hasBody() const { return m_chunked || m_contentLength > 0; }
    // Some byte of the next request has arrived (its head timer runs).
    bool started() const { return m_state != State::Start || m_sawLeadingBytes; }
    bool readingBody() const;
    // After HeadComplete: the request so far (its head), to choose the body's cap.
    const HttpRequest &head() const { return m_request; }
    const Failure &failure() const { return m_failure; }
    // After Complete: the request; the parser then waits for the next one.
    HttpRequest takeRequest();

private:
    enum class State { Start, RequestLine, Headers, Body, ChunkSize, ChunkData, ChunkEnd, Trailers, Complete, Failed };

    Progress fail(int status, const QString &code, const QString &message);
    Progress parseRequestLine(QByteArrayView line);
    Progress parseHeaderLine(QByteArrayView line);
    Progress finishHead();
    bool bodyFits(qint64 more) const;

    HttpLimits m_limits;
    State m_state = State::Start;
    bool m_sawLeadingBytes = false;
    int m_leadingEmptyLines = 0;
    qsizetype m_headBytes = 0;
    qsizetype m_trailerBytes = 0;
    HttpRequest m_request;
    qint64 m_contentLength = 0;
    bool m_chunked = false;
    bool m_expectContinue = false;
    qint64 m_chunkLeft = 0;
    qsizetype m_maxBody = 0;
    Failure m_failure;
};

} // namespace companion::http
