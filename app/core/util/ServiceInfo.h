#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace companion::util {

// What a program says about itself on /healthz and --version.
class ServiceInfo
{
public:
    explicit ServiceInfo(QString serviceName);

    static QString buildVersion();           // project version, e.g. "0.1.0"
    static QString versionLine(const QString &program); // "companion-server 0.1.0 (Qt 6.4.2)"
    // Name, organisation and version of the running program (QSettings, --version, paths use them).
    static void describeApplication(const QString &program);

    QJsonObject health(const QJsonObject &extra = {}) const;

private:
    QString m_service;
    QDateTime m_started;
};

} // namespace companion::util
