#include "barchart.h"

#include "pdfpages.h"

#include <algorithm>

namespace recaisse::core {

quint32 chartColour(int index)
{
    static constexpr quint32 colours[] = {0x2e7d32, 0x1e88e5, 0xf9a825, 0x8e24aa};
    return colours[std::abs(index) % 4];
}

QList<PlacedBar> placeBars(const QRectF &area, const QList<ChartBar> &bars, double labelWidth,
    double valueWidth, double gap)
{
    QList<PlacedBar> placed;
    if (bars.isEmpty())
        return placed;
    double largest = 0;
    for (const ChartBar &bar : bars)
        largest = std::max(largest, bar.value);
    const double rowHeight = area.height() / double(bars.size());
    const double barLeft = area.left() + labelWidth + gap;
    const double barRoom = std::max(0.0, area.right() - valueWidth - barLeft);
    for (int i = 0; i < bars.size(); ++i) {
        const double top = area.top() + i * rowHeight;
        const double value = std::max(0.0, bars.at(i).value);
        const double width = largest > 0 ? barRoom * value / largest : 0;
        placed.append({QRectF(area.left(), top, labelWidth, rowHeight),
            QRectF(barLeft, top + rowHeight * 0.2, width, rowHeight * 0.6),
            QRectF(barLeft + width + gap, top, valueWidth, rowHeight),
            chartColour(bars.at(i).colour >= 0 ? bars.at(i).colour : i)});
    }
    return placed;
}

void drawBars(PdfPages &pages, const QRectF &area, const QList<ChartBar> &bars, int fontSize)
{
    using Font = PdfPages::Font;
    double labelWidth = 0;
    double valueWidth = 0;
    for (const ChartBar &bar : bars) {
        labelWidth = std::max(labelWidth, PdfPages::textWidth(Font::Regular, fontSize, bar.label));
        valueWidth =
            std::max(valueWidth, PdfPages::textWidth(Font::Regular, fontSize, bar.valueText));
    }
    labelWidth = std::min(labelWidth, area.width() * 0.4);
    // Text sits on a baseline: a third of the font size under a row's middle.
    const auto baseline = [fontSize](const QRectF &row) {
        return PdfPages::height - row.center().y() - fontSize / 3.0;
    };
    const QList<PlacedBar> placed = placeBars(area, bars, labelWidth, valueWidth, fontSize / 2.0);
    for (int i = 0; i < placed.size(); ++i) {
        const PlacedBar &bar = placed.at(i);
        pages.colour(0);
        pages.rightText(
            Font::Regular, fontSize, bar.label.right(), baseline(bar.label), bars.at(i).label);
        pages.text(
            Font::Regular, fontSize, bar.value.left(), baseline(bar.value), bars.at(i).valueText);
        if (bar.bar.width() > 0) {
            pages.colour(bar.colour);
            pages.fillRectangle(bar.bar.left(), PdfPages::height - bar.bar.bottom(),
                bar.bar.width(), bar.bar.height());
        }
    }
    pages.colour(0);
}

} // namespace recaisse::core
