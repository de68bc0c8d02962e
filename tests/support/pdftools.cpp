#include "pdftools.h"

#include <QDir>
#include <QProcess>
#include <QRegularExpression>

namespace recaisse::test {

namespace {

// The tool's standard output; ok tells whether it ran and succeeded.
QByteArray run(const QString &tool, const QStringList &arguments, bool &ok)
{
    QProcess process;
    process.start(tool, arguments);
    ok = process.waitForFinished(120000) && process.exitStatus() == QProcess::NormalExit
        && process.exitCode() == 0;
    return process.readAllStandardOutput();
}

} // namespace

QStringList pdfTextLines(const QString &pdfPath)
{
    bool ok = false;
    const QByteArray text = run(QStringLiteral("pdftotext"),
        {QStringLiteral("-layout"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdfPath,
            QStringLiteral("-")},
        ok);
    QStringList lines;
    if (!ok)
        return lines;
    for (const QString &line : QString::fromUtf8(text).split(u'\n'))
        lines << line.simplified();
    return lines;
}

int pdfPageCount(const QString &pdfPath)
{
    bool ok = false;
    const QString info = QString::fromUtf8(run(QStringLiteral("pdfinfo"), {pdfPath}, ok));
    const QRegularExpressionMatch pages = QRegularExpression(
        QStringLiteral("^Pages:\\s+(\\d+)$"), QRegularExpression::MultilineOption)
                                              .match(info);
    return ok && pages.hasMatch() ? pages.captured(1).toInt() : -1;
}

QStringList renderPdfPages(const QString &pdfPath, const QString &outDir, int dpi)
{
    bool ok = false;
    const QString prefix = QDir(outDir).filePath(QStringLiteral("page"));
    run(QStringLiteral("pdftoppm"),
        {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), pdfPath, prefix}, ok);
    QStringList pages;
    if (!ok)
        return pages;
    // pdftoppm numbers the files page-1.png or page-01.png (as many digits as the last page).
    for (const QString &name :
        QDir(outDir).entryList({QStringLiteral("page-*.png")}, QDir::Files, QDir::Name))
        pages << QDir(outDir).filePath(name);
    return pages;
}

} // namespace recaisse::test
