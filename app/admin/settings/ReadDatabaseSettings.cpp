#include "ReadDatabaseSettings.h"

namespace companion::admin {

namespace {
const QString kUrl = QStringLiteral("database/readUrl");
const QString kMaxLagMs = QStringLiteral("database/readMaxLagMs");
const QString kPrimaryUrl = QStringLiteral("database/url");
} // namespace

QString ReadDatabaseSettings::url(const QSettings &settings)
{
    return settings.value(kUrl).toString();
}

int ReadDatabaseSettings::maxLagMs(const QSettings &settings)
{
    return qMax(0, settings.value(kMaxLagMs, kDefaultMaxLagMs).toInt());
}

void ReadDatabaseSettings::set(QSettings &settings, const QString &url, int maxLagMs)
{
    if (url.isEmpty())
        settings.remove(kUrl);
    else
        settings.setValue(kUrl, url);
    settings.setValue(kMaxLagMs, maxLagMs);
}

std::shared_ptr<db::ReadReplica> ReadDatabaseSettings::replicaFor(const db::DatabaseConfig &primary, const QSettings &settings,
                                                                  const QProcessEnvironment &env)
{
    if (primary.dialect != db::Dialect::PostgreSQL)
        return nullptr;
    QString url = env.value(QStringLiteral("DATABASE_READ_URL")).trimmed();
    int maxLag = maxLagMs(settings);
    if (!url.isEmpty()) {
        bool ok = false;
        if (const int fromEnv = env.value(QStringLiteral("DATABASE_READ_MAX_LAG_MS")).toInt(&ok); ok && fromEnv >= 0)
            maxLag = fromEnv;
    } else {
        const auto saved = db::DatabaseConfig::fromUrl(settings.value(kPrimaryUrl).toString(), nullptr);
        if (!saved || saved->identity() != primary.identity())
            return nullptr;
        url = ReadDatabaseSettings::url(settings);
    }
    const auto config = db::DatabaseConfig::fromUrl(url, nullptr);
    if (url.isEmpty() || !config || config->dialect != db::Dialect::PostgreSQL)
        return nullptr;
    return std::make_shared<db::ReadReplica>(*config, maxLag);
}

} // namespace companion::admin
