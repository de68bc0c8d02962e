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

QString cellOf(const ReportTable &table, const QString &figure)
{
    for (const QStringList &row : table.rows)
        if (row.value(0) == figure)
            return row.value(1);
    return {};
}

} // namespace

void KpiPdf::drawBars(
    QPainter &painter, const QRectF &area, const QList<QPair<QString, double>> &bars)
{
    const QFontMetricsF metrics(painter.font(), painter.device());
    const QLocale french(QLocale::French);
    QList<ChartBar> chart;
    double labelWidth = 0;
    for (const auto &bar : bars) {
        chart.append({bar.first, bar.second, french.toString(bar.second, 'f', 3)});
        labelWidth = std::max(labelWidth, metrics.horizontalAdvance(bar.first));
    }
    const double valueWidth = metrics.horizontalAdvance(QStringLiteral("000 000,000"));
    const QList<PlacedBar> placed =
        placeBars(area, chart, labelWidth, valueWidth, metrics.averageCharWidth());
    for (int i = 0; i < placed.size(); ++i) {
        const PlacedBar &bar = placed.at(i);
        painter.setPen(Qt::black);
        painter.drawText(bar.label, Qt::AlignRight | Qt::AlignVCenter, chart.at(i).label);
        painter.fillRect(bar.bar, QColor(QRgb(bar.colour)));
        painter.drawText(bar.value, Qt::AlignLeft | Qt::AlignVCenter, chart.at(i).valueText);
    }
}

Result<QByteArray> KpiPdf::render(
    const ReportTable &table, const QString &siteName, const EcologicPeriod &period)
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

    // The figures, one per row: label on the left, value on the right.
    font.setPointSizeF(11);
    painter.setFont(font);
    const double rowHeight = 7 * mm;
    const double valueLeft = width * 0.62;
    painter.setPen(QPen(Qt::gray, 0.2 * mm));
    painter.drawLine(QPointF(0, y), QPointF(width, y));
    for (const QStringList &row : table.rows) {
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(0, y, valueLeft, rowHeight), Qt::AlignLeft | Qt::AlignVCenter, row.value(0));
        painter.drawText(QRectF(valueLeft, y, width - valueLeft, rowHeight),
            Qt::AlignRight | Qt::AlignVCenter, row.value(1));
        y += rowHeight;
        painter.setPen(QPen(Qt::lightGray, 0.2 * mm));
        painter.drawLine(QPointF(0, y), QPointF(width, y));
    }
    y += 8 * mm;

    // The chart: what came in and what found a new owner, in kilograms.
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
        bars.append({figure, number(cellOf(table, figure))});
    drawBars(painter, QRectF(0, y, width, 30 * mm), bars);
    if (!painter.end())
        return Error{ErrorCode::StorageFailure, tr("The PDF report could not be drawn.")};
    return bytes;
}

} // namespace recaisse::core::mail
