#include "ServiceInfo.h"

#include <QCoreApplication>
#include <QtGlobal>

namespace companion::util {

ServiceInfo::ServiceInfo(QString serviceName)
    : m_service(std::move(serviceName))
    , m_started(QDateTime::currentDateTimeUtc())
{
}

QString ServiceInfo::buildVersion()
{
    return QStringLiteral(COMPANION_VERSION);
}

QString ServiceInfo::versionLine(const QString &program)
{
    return QStringLiteral("%1 %2 (Qt %3)").arg(program, buildVersion(), QString::fromLatin1(qVersion()));
}

void ServiceInfo::describeApplication(const QString &program)
{
    QCoreApplication::setApplicationName(program);
    QCoreApplication::setOrganizationName(QStringLiteral("CourseCompanion"));
    QCoreApplication::setApplicationVersion(buildVersion());
}

QJsonObject ServiceInfo::health(const QJsonObject &extra) const
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QJsonObject body{
        {QStringLiteral("status"), QStringLiteral("ok")},
        {QStringLiteral("service"), m_service},
        {QStringLiteral("version"), buildVersion()},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("time"), now.toSecsSinceEpoch()},
        {QStringLiteral("uptime_seconds"), m_started.secsTo(now)},
    };
    for (auto it = extra.begin(); it != extra.end(); ++it)
        body.insert(it.key(), it.value());
    return body;
}

} // namespace companion::util
