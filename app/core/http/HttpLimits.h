#pragma once

#include <QtGlobal>

namespace companion::http {

// What one client may cost the server: sizes held in memory, time a connection may
// hold a slot without progress, and how many slots there are. The defaults suit an
// endpoint on the internet that receives Stripe's webhooks (a few KB each) and small
// JSON requests; docs/deployment.md lists the settings that change them.
struct HttpLimits {
    qsizetype maxRequestLine = 8 * 1024;  // method, target and version (414 beyond)
    qsizetype maxHeaderLine = 8 * 1024;   // one header field (431 beyond)
    int maxHeaderCount = 100;             // header fields in one request (431 beyond)
    qsizetype maxHeadBytes = 32 * 1024;   // request line and every header field together (431 beyond)
    qsizetype maxBodyBytes = 16 * 1024;   // a body, unless its route allows more (413 beyond, before reading it)
    int headTimeoutMs = 10'000;           // from a request's first byte to the end of its head (408)
    int bodyTimeoutMs = 10'000;           // from the end of the head to the end of the body (408)
    int idleTimeoutMs = 60'000;           // a kept-alive connection with no request (closed)
    int lingerMs = 2'000;                 // quiet time that ends reading and dropping what a refused client still sends (bodyTimeoutMs at most)
    int maxConnections = 4'096;           // open at once (503 and Retry-After beyond)
    int maxConnectionsPerAddress = 256;   // open at once from one client address (0: no limit; behind a proxy)
};

} // namespace companion::http
