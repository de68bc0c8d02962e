#pragma once

// PDFs read back with poppler's tools (poppler-utils, scripts/deps --test), as a person's
// viewer would: pdftotext for the figures, pdfinfo for the page count, pdftoppm for every page.

#include <QString>
#include <QStringList>

namespace recaisse::test {

// The text of the PDF as `pdftotext -layout` lays it out, each line simplified (runs of spaces,
// no-break ones included, made one space). Empty when pdftotext failed.
QStringList pdfTextLines(const QString &pdfPath);
// The page count pdfinfo reads; -1 when it cannot read the file.
int pdfPageCount(const QString &pdfPath);
// Renders every page to PNG files in outDir at that resolution; returns their paths in page
// order (empty when pdftoppm failed).
QStringList renderPdfPages(const QString &pdfPath, const QString &outDir, int dpi = 40);

} // namespace recaisse::test
