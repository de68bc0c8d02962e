#pragma once

#include <QList>
#include <QRectF>
#include <QString>

namespace recaisse::core {

class PdfPages;

// A horizontal bar chart, the one layout of every chart the program prints: the weekly key
// figures (drawn with QPainter, core/mail/kpipdf) and the full export's report (drawn with
// PdfPages). One row per bar, its label right-aligned before it, its value after it, each bar's
// length in proportion to the largest value, in the chart colours in turn.
struct ChartBar
{
    QString label;
    double value = 0;
    QString valueText;
    int colour = -1; // which chart colour (chartColour()); -1: the row's own, in turn
};

struct PlacedBar
{
    QRectF label;
    QRectF bar; // empty width for a value of 0 or less
    QRectF value;
    quint32 colour = 0; // 0xRRGGBB
};

// The chart colours in turn (index modulo their count).
quint32 chartColour(int index);

// Places the bars in area (y growing downwards): labelWidth and valueWidth are the widest label
// and value as drawn, gap the space between label, bar and value.
QList<PlacedBar> placeBars(const QRectF &area, const QList<ChartBar> &bars, double labelWidth,
    double valueWidth, double gap);

// The chart on a PdfPages page, in Helvetica of fontSize points; area is measured from the
// page's top left corner (y downwards) as placeBars takes it. Draws in black afterwards.
void drawBars(PdfPages &pages, const QRectF &area, const QList<ChartBar> &bars, int fontSize);

} // namespace recaisse::core
