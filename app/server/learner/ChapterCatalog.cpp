#include "ChapterCatalog.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

namespace companion::server {

QJsonObject Chapter::summaryJson(bool accessible) const
{
    return {
        {QStringLiteral("id"), id},
        {QStringLiteral("number"), number},
        {QStringLiteral("title"), title},
        {QStringLiteral("summary"), summary},
        {QStringLiteral("requires_premium"), premium},
        {QStringLiteral("reading_minutes"), readingMinutes},
        {QStringLiteral("accessible"), accessible},
    };
}

ChapterCatalog ChapterCatalog::builtin(QString *error)
{
    ChapterCatalog catalog;
    QFile index(QStringLiteral(":/chapters/chapters.json"));
    if (!index.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("the chapter index is missing from the build");
        return catalog;
    }
    const QJsonArray entries = QJsonDocument::fromJson(index.readAll()).array();
    for (const QJsonValue &value : entries) {
        const QJsonObject entry = value.toObject();
        Chapter chapter;
        chapter.id = entry.value(QStringLiteral("id")).toString();
        chapter.number = entry.value(QStringLiteral("number")).toInt();
        chapter.title = entry.value(QStringLiteral("title")).toString();
        chapter.summary = entry.value(QStringLiteral("summary")).toString();
        chapter.premium = entry.value(QStringLiteral("premium")).toBool();
        chapter.readingMinutes = entry.value(QStringLiteral("reading_minutes")).toInt();
        QFile content(QStringLiteral(":/chapters/") + entry.value(QStringLiteral("file")).toString());
        if (!content.open(QIODevice::ReadOnly)) {
            if (error)
                *error = QStringLiteral("chapter %1 has no content file").arg(chapter.id);
            continue;
        }
        chapter.content = QString::fromUtf8(content.readAll());
        catalog.m_chapters.append(chapter);
    }
    if (catalog.m_chapters.isEmpty() && error && error->isEmpty())
        *error = QStringLiteral("the chapter index lists no chapters");
    return catalog;
}

std::optional<Chapter> ChapterCatalog::find(const QString &id) const
{
    for (const Chapter &chapter : m_chapters) {
        if (chapter.id == id)
            return chapter;
    }
    return std::nullopt;
}

} // namespace companion::server
