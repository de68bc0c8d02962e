#pragma once

// The key figures report as a PDF: the figures of ReportFileBuilder's key figures table (the
// closings' sums and the material report's tonnage, the same rule as the e-mail's CSV or XLSX)
// on one A4 page with the site's name and the period, and a bar chart of the kilograms,
// drawn with QPainter into a QPdfWriter: no widget, so the report worker and recaisse-cli make
// it too. Needs a QGuiApplication (the fonts).

#include "core/exports/ecologicexport.h"
#include "core/mail/reportfile.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QPair>

class QPainter;
class QRectF;

namespace recaisse::core::mail {

class KpiPdf
{
    Q_DECLARE_TR_FUNCTIONS(KpiPdf)

public:
    static Result<QByteArray> render(
        const ReportTable &table, const QString &siteName, const EcologicPeriod &period);

    // One horizontal bar per value, scaled to the largest, each with its label and value text.
    static void drawBars(
        QPainter &painter, const QRectF &area, const QList<QPair<QString, double>> &bars);
};

} // namespace recaisse::core::mail
