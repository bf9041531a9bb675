#include "PdfReader.h"

#include <QProcess>
#include <QStringList>

namespace companion::test {

namespace {
bool run(const QString &tool, const QStringList &arguments, QString *out)
{
    QProcess p;
    p.start(tool, arguments);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *out = QStringLiteral("%1 failed: %2%3").arg(tool, p.errorString(), QString::fromUtf8(p.readAllStandardError()));
        return false;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}
} // namespace

QString PdfReader::text(const QString &pdf)
{
    QString out;
    run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &out);
    return out.normalized(QString::NormalizationForm_KC).simplified();
}

int PdfReader::pageWith(const QString &pdf, const QString &words)
{
    QString out;
    if (!run(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")}, &out))
        return 0;
    const QStringList pages = out.split(u'\f'); // pdftotext ends each page with a form feed
    for (int i = 0; i < pages.size(); ++i)
        if (pages.at(i).normalized(QString::NormalizationForm_KC).simplified().contains(words))
            return i + 1;
    return 0;
}

int PdfReader::images(const QString &pdf)
{
    QString out;
    if (!run(QStringLiteral("pdfimages"), {QStringLiteral("-list"), pdf}, &out))
        return -1;
    return int(out.trimmed().split(u'\n').size()) - 2; // under two header lines, one line an image
}

bool PdfReader::pageAsPng(const QString &pdf, int page, int dpi, const QString &path, QString *why)
{
    QString out;
    QString prefix = path;
    prefix.chop(4); // pdftoppm adds ".png"
    if (run(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-singlefile"), QStringLiteral("-r"), QString::number(dpi),
                                         QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, prefix},
            &out))
        return true;
    *why = out;
    return false;
}

} // namespace companion::test
