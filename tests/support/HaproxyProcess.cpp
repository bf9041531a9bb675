#include "HaproxyProcess.h"

#include "FreePort.h"
#include "RunningProgram.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QLocalSocket>
#include <QStandardPaths>
#include <QTest>

namespace companion::test {

HaproxyProcess::HaproxyProcess()
{
    m_base = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(freeLocalPort()));
}

HaproxyProcess::~HaproxyProcess()
{
    m_process.terminate();
    if (!m_process.waitForFinished(10000))
        m_process.kill();
    m_process.waitForFinished(5000);
}

bool HaproxyProcess::start(const QString &config, const QList<QUrl> &instances, QString *error)
{
    QString binary = QStandardPaths::findExecutable(QStringLiteral("haproxy"));
    if (binary.isEmpty())
        binary = QStandardPaths::findExecutable(QStringLiteral("haproxy"), {QStringLiteral("/usr/sbin")});
    if (binary.isEmpty()) {
        *error = QStringLiteral("haproxy is not installed (scripts/lib/install-deps installs it)");
        return false;
    }
    // What Debian's /etc/haproxy/haproxy.cfg gives the shipped file, minus chroot and
    // the user switch: a log (here stderr) and the runtime API socket.
    QFile global(m_dir.filePath(QStringLiteral("global.cfg")));
    const QByteArray text = "global\n    log stderr format short local0 notice\n    stats socket " + m_dir.filePath(QStringLiteral("admin.sock")).toUtf8()
        + " mode 600 level admin\n";
    if (!global.open(QIODevice::WriteOnly) || global.write(text) != text.size()) {
        *error = global.errorString();
        return false;
    }
    global.close();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("COMPANION_LISTEN"), QStringLiteral("127.0.0.1:%1").arg(m_base.port()));
    for (int i = 0; i < instances.size(); ++i)
        env.insert(QStringLiteral("COMPANION_INSTANCE_%1").arg(i + 1), QStringLiteral("%1:%2").arg(instances.at(i).host()).arg(instances.at(i).port()));
    m_process.setProcessEnvironment(env);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    QObject::connect(&m_process, &QProcess::readyRead, &m_process, [this] { m_output += m_process.readAll(); });
    m_process.start(binary, {QStringLiteral("-db"), QStringLiteral("-f"), global.fileName(), QStringLiteral("-f"), config});
    if (!m_process.waitForStarted(10000)) {
        *error = m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(30000);
    while (!deadline.hasExpired() && m_process.state() == QProcess::Running) {
        if (!showStat().isEmpty())
            return true;
        QTest::qWait(100);
    }
    *error = QStringLiteral("haproxy did not start: ") + output();
    return false;
}

QList<QStringList> HaproxyProcess::showStat()
{
    QLocalSocket socket;
    socket.connectToServer(m_dir.filePath(QStringLiteral("admin.sock")));
    if (!socket.waitForConnected(2000))
        return {};
    socket.write("show stat\n");
    QByteArray answer;
    while (socket.waitForReadyRead(2000))
        answer += socket.readAll();
    answer += socket.readAll();
    QList<QStringList> rows;
    const QList<QByteArray> lines = answer.split('\n');
    for (const QByteArray &line : lines) {
        if (!line.isEmpty() && !line.startsWith('#'))
            rows << QString::fromUtf8(line).split(u',');
    }
    return rows;
}

QString HaproxyProcess::serverStatus(const QString &server)
{
    // show stat's CSV: pxname, svname, …, status is the 18th field.
    const QList<QStringList> rows = showStat();
    for (const QStringList &row : rows) {
        if (row.size() > 17 && row.at(0) == QLatin1String("companion_servers") && row.at(1) == server)
            return row.at(17);
    }
    return {};
}

qint64 HaproxyProcess::retries()
{
    // wretr (retries) and wredis (redispatches) of the backend: fields 15 and 16.
    const QList<QStringList> rows = showStat();
    for (const QStringList &row : rows) {
        if (row.size() > 16 && row.at(0) == QLatin1String("companion_servers") && row.at(1) == QLatin1String("BACKEND"))
            return row.at(15).toLongLong() + row.at(16).toLongLong();
    }
    return -1;
}

QString HaproxyProcess::output()
{
    m_output += m_process.readAll();
    return QString::fromUtf8(m_output);
}

} // namespace companion::test
