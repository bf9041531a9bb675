#include "Migration.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>

#include <algorithm>

namespace companion::db {

std::optional<MigrationSet> MigrationSet::fromDirectory(const QString &directory, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<MigrationSet> {
        if (error)
            *error = message;
        return std::nullopt;
    };

    static const QRegularExpression pattern(QStringLiteral(R"(^(\d{3,})_([a-z0-9_]+)\.sql$)"));
    const QDir dir(directory);
    if (!dir.exists())
        return fail(QStringLiteral("migration folder %1 does not exist").arg(directory));

    MigrationSet set;
    const QStringList files = dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    for (const QString &file : files) {
        const auto m = pattern.match(file);
        if (!m.hasMatch())
            return fail(QStringLiteral("migration file %1 is not named NNN_name.sql").arg(file));
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly))
            return fail(QStringLiteral("cannot read migration %1: %2").arg(file, f.errorString()));
        const QByteArray bytes = f.readAll();
        Migration migration;
        migration.version = m.captured(1).toInt();
        migration.name = file.chopped(4);
        migration.sql = QString::fromUtf8(bytes);
        migration.checksum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        set.m_migrations.append(migration);
    }
    std::sort(set.m_migrations.begin(), set.m_migrations.end(),
              [](const Migration &a, const Migration &b) { return a.version < b.version; });
    for (int i = 1; i < set.m_migrations.size(); ++i) {
        if (set.m_migrations.at(i).version == set.m_migrations.at(i - 1).version)
            return fail(QStringLiteral("two migrations share version %1").arg(set.m_migrations.at(i).version));
    }
    return set;
}

MigrationSet MigrationSet::builtin(Dialect dialect)
{
    QString error;
    auto set = fromDirectory(QStringLiteral(":/migrations/") + dialectName(dialect), &error);
    // The resources are compiled in; a broken set is a build error, not a runtime condition.
    Q_ASSERT_X(set, "MigrationSet::builtin", qPrintable(error));
    return set.value_or(MigrationSet{});
}

} // namespace companion::db
