#include "ScriptedHttpServer.h"

#include <QTimer>

#include <QTcpSocket>

namespace companion::test {

ScriptedHttpServer::ScriptedHttpServer(QObject *parent)
    : QObject(parent)
{
    connect(&m_server, &QTcpServer::newConnection, this, &ScriptedHttpServer::onConnection);
    m_clock.start();
}

bool ScriptedHttpServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost);
}

QUrl ScriptedHttpServer::baseUrl() const
{
    return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_server.serverPort()));
}

void ScriptedHttpServer::onConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        socket->setParent(this);
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onData(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_buffers.remove(socket);
            socket->deleteLater();
        });
    }
}

void ScriptedHttpServer::onData(QTcpSocket *socket)
{
    QByteArray &buffer = m_buffers[socket];
    buffer += socket->readAll();
    for (;;) {
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> first = lines.first().trimmed().split(' ');
        request.method = first.value(0);
        request.target = first.value(1);
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(), lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.headers.value("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return; // wait for the rest of the body
        request.body = buffer.mid(end + 4, length);
        buffer.remove(0, end + 4 + length);
        request.atMs = m_clock.elapsed();
        m_requests.append(request);

        const Answer answer = m_script.isEmpty() ? Answer{} : m_script.takeFirst();
        if (answer.hang)
            continue;
        QByteArray response = "HTTP/1.1 " + QByteArray::number(answer.status) + " Scripted\r\n"
                              "Content-Type: application/json\r\n"
                              "Content-Length: " + QByteArray::number(answer.body.size()) + "\r\n";
        for (const auto &[name, value] : answer.headers)
            response += name + ": " + value + "\r\n";
        response += "\r\n" + answer.body;
        if (answer.delayMs > 0) {
            QTimer::singleShot(answer.delayMs, socket, [socket, response] { socket->write(response); });
            continue;
        }
        socket->write(response);
    }
}

} // namespace companion::test
