#include "SearchFold.h"

namespace companion::db::SearchFold {

QString fold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            out += c;
    }
    // Letter by letter (simple folding): a letter stays one letter, as in SQL.
    for (QChar &c : out)
        c = c.toCaseFolded();
    return out;
}

QString likeEscaped(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            out += u'\\';
        out += c;
    }
    return out;
}

} // namespace companion::db::SearchFold
