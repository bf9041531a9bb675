#include "RunningProgram.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

namespace companion::test {

RunningProgram::RunningProgram(QString executable)
    : m_executable(std::move(executable))
{
    m_process.setProcessChannelMode(QProcess::MergedChannels);
}

RunningProgram::~RunningProgram()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    // Kept for the suite's secret scan (tests/security): what the program printed.
    const QString logDir = qEnvironmentVariable("COMPANION_TEST_LOG_DIR");
    if (!logDir.isEmpty() && QDir().mkpath(logDir)) {
        QFile log(QDir(logDir).filePath(QStringLiteral("%1-%2.log").arg(QFileInfo(m_executable).fileName()).arg(QRandomGenerator::global()->generate64(), 0, 36)));
        if (log.open(QIODevice::WriteOnly))
            log.write(m_output + m_process.readAll());
    }
}

bool RunningProgram::start(const QStringList &arguments, const QProcessEnvironment &env, QString *error)
{
    m_process.setProcessEnvironment(env);
    // A free port unless the test chose one.
    const QStringList portArgs = arguments.contains(QStringLiteral("--port")) ? QStringList() : QStringList{QStringLiteral("--port"), QStringLiteral("0")};
    m_process.start(m_executable, arguments + portArgs);
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    static const QRegularExpression listening(QStringLiteral(R"(listening on (http://\S+))"));
    // Generous: a sandbox seeding its demo history (--seed-demo 80) under ASan on a
    // busy 2-core machine needs about a minute before it listens.
    const QDeadlineTimer deadline(120000);
    while (!deadline.hasExpired()) {
        if (!m_process.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_process.state() == QProcess::NotRunning)
                break;
            continue;
        }
        m_output += m_process.readAll();
        const auto m = listening.match(QString::fromUtf8(m_output));
        if (m.hasMatch()) {
            m_baseUrl = QUrl(m.captured(1));
            return true;
        }
    }
    m_output += m_process.readAll();
    *error = QStringLiteral("%1 did not start listening: %2").arg(m_executable, QString::fromUtf8(m_output));
    return false;
}

void RunningProgram::requestStop()
{
    m_process.terminate();
}

bool RunningProgram::terminate(QString *error)
{
    m_process.terminate();
    if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(15000)) {
        *error = QStringLiteral("did not exit within 15 s of SIGTERM");
        return false;
    }
    m_output += m_process.readAll();
    if (m_process.exitStatus() != QProcess::NormalExit || m_process.exitCode() != 0) {
        *error = QStringLiteral("exit status %1, code %2: %3")
                     .arg(int(m_process.exitStatus()))
                     .arg(m_process.exitCode())
                     .arg(QString::fromUtf8(m_output));
        return false;
    }
    return true;
}

QByteArray HttpReply::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

HttpReply httpRequest(const QByteArray &method, const QUrl &url,
                      const QList<QPair<QByteArray, QByteArray>> &headers, const QByteArray &body)
{
    QNetworkAccessManager manager;
    QNetworkRequest request(url);
    request.setTransferTimeout(15000);
    // Tests look at redirects themselves (e.g. Checkout's 303 to success_url).
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    for (const auto &[key, value] : headers)
        request.setRawHeader(key, value);
    QNetworkReply *reply = manager.sendCustomRequest(request, method, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    HttpReply result;
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.body = reply->readAll();
    result.headers = reply->rawHeaderPairs();
    if (result.status == 0)
        result.error = reply->errorString();
    delete reply;
    return result;
}

} // namespace companion::test
