#pragma once

#include "HttpResponse.h"

#include <QPointer>

#include <functional>

namespace companion::http {

class HttpConnection;

// The right to answer one request, once, now or later (after a database job or a
// call to Stripe). Answering after the client left does nothing; dropping it
// unanswered answers 500, so no connection waits forever for a forgotten request.
class HttpResponder
{
public:
    HttpResponder(HttpConnection *connection, quint64 serial);
    HttpResponder(HttpResponder &&other) noexcept;
    HttpResponder &operator=(HttpResponder &&other) noexcept;
    HttpResponder(const HttpResponder &) = delete;
    HttpResponder &operator=(const HttpResponder &) = delete;
    ~HttpResponder();

    void respond(const HttpResponse &response);
    // Called once with the status answered (the 500 of a dropped responder too):
    // how the server counts and times its answers.
    void setOnAnswer(std::function<void(int status)> onAnswer) { m_onAnswer = std::move(onAnswer); }
    // The client is still there to read an answer.
    bool isConnected() const;

private:
    QPointer<HttpConnection> m_connection;
    quint64 m_serial = 0;
    bool m_answered = true; // a moved-from responder owes nothing
    std::function<void(int status)> m_onAnswer;
};

} // namespace companion::http
