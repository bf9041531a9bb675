#include "DatabaseConfig.h"

#include <QCryptographicHash>
#include <QDir>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace companion::db {

namespace {
constexpr auto kMemory = "sqlite::memory:";

// libpq's multi-host form, postgresql://user@h1:5432,h2:5433/db, which QUrl refuses:
// the hosts and ports are taken out and the rest parsed as a one-host URL.
struct HostList {
    QStringList hosts;
    QStringList ports; // "" = libpq's default
    QString singleHostUrl;
};

std::optional<HostList> splitHostList(const QString &url, QString *error)
{
    static const QRegularExpression shape(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*://(?:[^@/?#]*@)?)([^/?#]*)(.*)$"));
    const QRegularExpressionMatch m = shape.match(url);
    if (!m.hasMatch() || !m.captured(2).contains(u','))
        return HostList{{}, {}, url};
    HostList list;
    static const QRegularExpression hostPort(QStringLiteral("^(\\[[^\\]]*\\]|[^:\\[\\]]*)(?::([0-9]*))?$"));
    const QStringList specs = m.captured(2).split(u',');
    for (const QString &spec : specs) {
        const QRegularExpressionMatch hp = hostPort.match(spec);
        if (!hp.hasMatch() || hp.captured(1).isEmpty()) {
            if (error)
                *error = QStringLiteral("postgresql URL host list: \"%1\" is not host or host:port").arg(spec);
            return std::nullopt;
        }
        QString host = QUrl::fromPercentEncoding(hp.captured(1).toUtf8());
        if (host.startsWith(u'['))
            host = host.mid(1, host.size() - 2);
        list.hosts << host;
        list.ports << hp.captured(2);
    }
    list.singleHostUrl = m.captured(1) + QStringLiteral("multi-host") + m.captured(3);
    return list;
}
} // namespace

DatabaseConfig DatabaseConfig::sqlite(const QString &path)
{
    DatabaseConfig config;
    config.dialect = Dialect::SQLite;
    config.databaseName = path;
    return config;
}

std::optional<DatabaseConfig> DatabaseConfig::fromUrl(const QString &text, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<DatabaseConfig> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    const QString trimmed = text.trimmed();
    if (trimmed == QLatin1String(kMemory))
        return sqlite(QStringLiteral(":memory:"));

    const std::optional<HostList> hostList = splitHostList(trimmed, error);
    if (!hostList)
        return std::nullopt;
    const QUrl url(hostList->singleHostUrl, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().isEmpty())
        return fail(QStringLiteral("DATABASE_URL is not a valid URL (expected postgresql://… or sqlite:///path)"));

    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("sqlite")) {
        const QString path = url.path();
        if (!url.host().isEmpty())
            return fail(QStringLiteral("sqlite URLs take an absolute path with three slashes: sqlite:///var/lib/x.db"));
        if (path.isEmpty() || !QDir::isAbsolutePath(path))
            return fail(QStringLiteral("sqlite URL needs an absolute path: sqlite:///var/lib/x.db"));
        return sqlite(QDir::cleanPath(path));
    }

    if (scheme != QLatin1String("postgresql") && scheme != QLatin1String("postgres"))
        return fail(QStringLiteral("unsupported database scheme \"%1\" (use postgresql:// or sqlite:///)").arg(scheme));

    DatabaseConfig config;
    config.dialect = Dialect::PostgreSQL;
    config.host = url.host();
    config.port = url.port(-1);
    config.user = url.userName(QUrl::FullyDecoded);
    config.password = url.password(QUrl::FullyDecoded);
    QString name = url.path(QUrl::FullyDecoded);
    if (name.startsWith(u'/'))
        name.remove(0, 1);
    if (name.contains(u'/'))
        return fail(QStringLiteral("postgresql URL path must be just the database name"));
    config.databaseName = name;
    QStringList options;
    if (!hostList->hosts.isEmpty()) {
        // Several hosts: libpq tries them in order (target_session_attrs picks the primary).
        config.host = hostList->hosts.join(u',');
        config.port = -1;
        if (!hostList->ports.join(QString()).isEmpty())
            options << QStringLiteral("port=") + hostList->ports.join(u',');
    }

    // libpq parameters in the query string (sslmode, connect_timeout…) become QPSQL options.
    const auto items = QUrlQuery(url).queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.contains(u';') || value.contains(u';'))
            return fail(QStringLiteral("postgresql URL option %1 contains ';'").arg(key));
        options << key + u'=' + value;
    }
    config.options = options.join(u';');
    return config;
}

std::optional<DatabaseConfig> DatabaseConfig::fromEnvironment(const QProcessEnvironment &env,
                                                              const QString &defaultSqlitePath,
                                                              QString *error)
{
    const QString url = env.value(QStringLiteral("DATABASE_URL"));
    if (!url.isEmpty())
        return fromUrl(url, error);
    if (env.contains(QStringLiteral("PGDATABASE")) || env.contains(QStringLiteral("PGHOST"))) {
        DatabaseConfig config; // all fields empty: QPSQL/libpq read PG* themselves
        config.dialect = Dialect::PostgreSQL;
        return config;
    }
    return sqlite(defaultSqlitePath);
}

QString DatabaseConfig::displayName() const
{
    if (dialect == Dialect::SQLite)
        return QStringLiteral("SQLite %1").arg(databaseName);
    const QString env = QProcessEnvironment::systemEnvironment().value(QStringLiteral("PGHOST"));
    const QString shownHost = host.isEmpty() ? (env.isEmpty() ? QStringLiteral("(libpq default)") : env) : host;
    QString text = QStringLiteral("PostgreSQL ");
    if (!user.isEmpty())
        text += user + u'@';
    text += shownHost;
    if (port > 0)
        text += u':' + QString::number(port);
    static const QRegularExpression portOption(QStringLiteral("(?:^|;)port=([^;]*)"));
    if (const QRegularExpressionMatch m = portOption.match(options); m.hasMatch())
        text += QStringLiteral(" (ports %1)").arg(m.captured(1));
    text += u'/' + (databaseName.isEmpty() ? QStringLiteral("(PGDATABASE)") : databaseName);
    return text;
}

QString DatabaseConfig::identity() const
{
    const QString raw = dialectName(dialect) + u'|' + host + u'|' + QString::number(port) + u'|' + user
        + u'|' + databaseName + u'|' + options;
    return QString::fromLatin1(QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha1).toHex().left(12));
}

} // namespace companion::db
