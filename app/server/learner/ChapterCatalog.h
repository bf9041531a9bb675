#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace companion::server {

struct Chapter {
    QString id; // chapter-1 … chapter-6, as in the original guide
    int number = 0;
    QString title;
    QString summary;
    bool premium = false;
    int readingMinutes = 0;
    QString content; // Markdown

    // The listing entry; `accessible` says whether this learner may read it.
    QJsonObject summaryJson(bool accessible) const;
};

// The course's chapters, from the resources compiled into the server
// (resources/chapters: an index and one Markdown file each).
class ChapterCatalog
{
public:
    // Loads :/chapters; an unreadable index is a build error, so it reports it loudly.
    static ChapterCatalog builtin(QString *error = nullptr);

    const QList<Chapter> &chapters() const { return m_chapters; }
    std::optional<Chapter> find(const QString &id) const;

private:
    QList<Chapter> m_chapters;
};

} // namespace companion::server
