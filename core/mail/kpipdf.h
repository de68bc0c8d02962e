#pragma once

// The key figures report as a PDF: the figures of ReportFileBuilder's key figures table (the
// same rules as the e-mail's CSV or XLSX), each beside the previous period and the same period
// last year, on A4 pages with the site's name and the period, a bar chart of the kilograms and
// one of the takings of the three periods,
// drawn with QPainter into a QPdfWriter: no widget, so the report worker and recaisse-cli make
// it too. Needs a QGuiApplication (the fonts).

#include "core/exports/ecologicexport.h"
#include "core/mail/reportfile.h"
#include "core/result.h"

#include <QColor>
#include <QCoreApplication>
#include <QPair>

class QPainter;
class QRectF;

namespace recaisse::core::mail {

class KpiPdf
{
    Q_DECLARE_TR_FUNCTIONS(KpiPdf)

public:
    // demoMark: a demo shop's mark (DemoShop::mark()), drawn as a band above everything; empty
    // for a real shop.
    static Result<QByteArray> render(const ReportTable &table, const QString &siteName,
        const EcologicPeriod &period, const QString &demoMark);

    // One horizontal bar per value, scaled to the largest, each with its label and value text
    // (decimals digits after the comma), in the palette's colours in turn.
    static void drawBars(QPainter &painter, const QRectF &area,
        const QList<QPair<QString, double>> &bars, const QList<QColor> &palette = colours(),
        int decimals = 3);
    // The kilograms chart's colours, and the three periods' of the takings chart.
    static const QList<QColor> &colours();
    static const QList<QColor> &comparisonColours();
};

} // namespace recaisse::core::mail
