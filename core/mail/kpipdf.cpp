#include "kpipdf.h"

#include "core/barchart.h"

#include <QBuffer>
#include <QGuiApplication>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace recaisse::core::mail {

namespace {

// "19,500" -> 19.5 (the report's French decimal comma); 0 when empty.
double number(const QString &text)
{
    QString plain = text;
    plain.replace(QLatin1Char(','), QLatin1Char('.'));
    return plain.toDouble();
}

QString cellOf(const ReportTable &table, const QString &figure, int column)
{
    for (const QStringList &row : table.rows)
        if (row.value(0) == figure)
            return row.value(column);
    return {};
}

} // namespace

const QList<QColor> &KpiPdf::colours()
{
    // The chart colours every printed chart uses (core/barchart).
    static const QList<QColor> list = {QColor(QRgb(chartColour(0))), QColor(QRgb(chartColour(1))),
        QColor(QRgb(chartColour(2))), QColor(QRgb(chartColour(3)))};
    return list;
}

const QList<QColor> &KpiPdf::comparisonColours()
{
    static const QList<QColor> list = {
        QColor(0x37, 0x47, 0x4f), QColor(0x78, 0x90, 0x9c), QColor(0xb0, 0xbe, 0xc5)};
    return list;
}

void KpiPdf::drawBars(QPainter &painter, const QRectF &area,
    const QList<QPair<QString, double>> &bars, const QList<QColor> &palette, int decimals)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QLocale french(QLocale::French);
    QList<ChartBar> chart;
    double labelWidth = 0;
    for (const auto &bar : bars) {
        chart.append({bar.first, bar.second, french.toString(bar.second, 'f', decimals)});
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.first));
    }
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("000 000,000"));
    const QList<PlacedBar> placed =
        placeBars(area, chart, labelWidth, valueWidth, metrics.averageCharWidth());
    for (int i = 0; i < placed.size(); ++i) {
        const PlacedBar &bar = placed.at(i);
        painter.setPen(Qt::black);
        painter.drawText(bar.label, Qt::AlignRight | Qt::AlignVCenter, chart.at(i).label);
        painter.fillRect(bar.bar, palette.at(i % palette.size()));
        painter.drawText(bar.value, Qt::AlignLeft | Qt::AlignVCenter, chart.at(i).valueText);
    }
}

Result<QByteArray> KpiPdf::render(const ReportTable &table, const QString &siteName,
    const EcologicPeriod &period, const QString &demoMark)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error{ErrorCode::InvalidInput,
            tr("A PDF report needs the fonts of a graphical "
               "application; this program has none.")};
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(150);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
    writer.setTitle(tr("%1: key figures").arg(siteName));
    writer.setCreator(QStringLiteral("ReCaisse"));
    QPainter painter;
    if (!painter.begin(&writer))
        return Error{ErrorCode::StorageFailure, tr("The PDF report could not be drawn.")};
    const double mm = writer.resolution() / 25.4;
    const double width = writer.width();
    double y = 0;
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(18);
    font.setBold(true);
    painter.setFont(font);
    const auto line = [&](const QString &text, double height, int flags = Qt::AlignLeft) {
        painter.drawText(QRectF(0, y, width, height), flags | Qt::AlignVCenter, text);
        y += height;
    };
    // A demo shop's band, at the top of every page.
    const auto markPage = [&] {
        if (demoMark.isEmpty())
            return;
        const QRectF band(0, y, width, 8 * mm);
        const QPen pen = painter.pen();
        painter.fillRect(band, QColor(0xEF, 0x6C, 0x00));
        painter.setPen(Qt::white);
        painter.drawText(band, Qt::AlignCenter, QStringLiteral("*** %1 ***").arg(demoMark));
        painter.setPen(pen);
        y += 10 * mm;
    };
    markPage();
    line(siteName, 10 * mm);
    font.setPointSizeF(13);
    painter.setFont(font);
    line(table.title, 8 * mm);
    font.setBold(false);
    font.setPointSizeF(10);
    painter.setFont(font);
    line(tr("From %1 to %2")
             .arg(period.from.toString(QStringLiteral("dd/MM/yyyy")),
                 period.to.toString(QStringLiteral("dd/MM/yyyy"))),
        7 * mm);
    y += 4 * mm;

    // The charts first: what came in and what found a new owner this period, in kilograms;
    // then the takings beside the previous period and the same period last year.
    font.setPointSizeF(11);
    font.setBold(true);
    painter.setFont(font);
    painter.setPen(Qt::black);
    line(tr("Kilograms"), 8 * mm);
    font.setBold(false);
    font.setPointSizeF(10);
    painter.setFont(font);
    QList<QPair<QString, double>> bars;
    for (const QString &figure :
        {ReportFileBuilder::tr("Received (kg)"), ReportFileBuilder::tr("Reused (kg)"),
            ReportFileBuilder::tr("Electrical equipment reused (kg)")})
        bars.append({figure, number(cellOf(table, figure, 1))});
    drawBars(painter, QRectF(0, y, width, 30 * mm), bars);
    y += 34 * mm;
    const QString takings = ReportFileBuilder::tr("Takings (sales minus refunds)");
    font.setPointSizeF(11);
    font.setBold(true);
    painter.setFont(font);
    line(tr("Takings (€)"), 8 * mm);
    font.setBold(false);
    font.setPointSizeF(10);
    painter.setFont(font);
    QList<QPair<QString, double>> compared;
    for (int column = 1; column <= 3; ++column)
        compared.append({table.headers.value(column), number(cellOf(table, takings, column))});
    drawBars(painter, QRectF(0, y, width, 30 * mm), compared, comparisonColours(), 2);
    y += 36 * mm;

    // The figures, one per row: the label, then one column per period; a new page when full.
    font.setPointSizeF(9);
    painter.setFont(font);
    const double rowHeight = 6 * mm;
    const double labelWidth = width * 0.52;
    const double columnWidth = (width - labelWidth) / 3;
    // The header's period names wrap on two lines in their narrow columns.
    const auto drawRow = [&](const QStringList &cells, bool header) {
        const double height = header ? 2 * rowHeight : rowHeight;
        const int wrap = header ? int(Qt::TextWordWrap) : 0;
        font.setBold(header);
        painter.setFont(font);
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(0, y, labelWidth, height), Qt::AlignLeft | Qt::AlignVCenter, cells.value(0));
        for (int column = 1; column <= 3; ++column)
            painter.drawText(
                QRectF(labelWidth + (column - 1) * columnWidth, y, columnWidth, height),
                Qt::AlignRight | Qt::AlignVCenter | wrap, cells.value(column));
        y += height;
        painter.setPen(QPen(Qt::lightGray, 0.2 * mm));
        painter.drawLine(QPointF(0, y), QPointF(width, y));
    };
    drawRow(table.headers, true);
    for (const QStringList &row : table.rows) {
        if (y + rowHeight > writer.height()) {
            writer.newPage();
            y = 0;
            markPage();
            drawRow(table.headers, true);
        }
        drawRow(row, false);
    }
    if (!painter.end())
        return Error{ErrorCode::StorageFailure, tr("The PDF report could not be drawn.")};
    return bytes;
}

} // namespace recaisse::core::mail
