#pragma once

#include <QString>

namespace companion::test {

// A PDF the desk wrote, read back the way its reader would (poppler-utils).
class PdfReader
{
public:
    // The text, one line a table row, whitespace runs as one space and the font's
    // ligatures ("ﬁ") as their letters; on failure the tool's complaint.
    static QString text(const QString &pdf);
    // How many images are drawn in it (pdfimages -list), -1 on failure.
    static int images(const QString &pdf);
    // The first page (from 1) whose text holds `words`, 0 when none does.
    static int pageWith(const QString &pdf, const QString &words);
    // Page `page` (from 1) as the PNG `path` at `dpi`, for screenshots; false and *why on failure.
    static bool pageAsPng(const QString &pdf, int page, int dpi, const QString &path, QString *why);
};

} // namespace companion::test
