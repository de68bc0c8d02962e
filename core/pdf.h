#pragma once

#include "core/pdfpages.h"

#include <QByteArray>
#include <QString>

namespace recaisse::core::pdf {

// A4 pages of lines of text, top to bottom, a new page when one is full: a letter-like document
// (the cheque remittance slip) drawn on PdfPages.
class TextPages
{
public:
    enum class Font { Regular, Bold, Mono }; // Helvetica, Helvetica-Bold, Courier

    // A line at the current height, `indent` points right of the margin; then moves down by
    // the font size and a little more.
    void line(const QString &text, Font font = Font::Regular, int size = 11, int indent = 0);
    // Two texts on one line: one at the left margin, the other ending at the right margin
    // (amounts), in the same font.
    void pair(const QString &left, const QString &right, Font font = Font::Regular, int size = 11);
    void space(int points);
    // PdfPages::markEveryPage.
    void markEveryPage(const QString &text) { m_pages.markEveryPage(text); }
    QByteArray pdf() const;

private:
    void room(int points);

    PdfPages m_pages;
    int m_y = top;
    static constexpr int left = 57; // 2 cm
    static constexpr int right = PdfPages::width - 57;
    static constexpr int top = PdfPages::height - 70;
    static constexpr int bottom = 57;
};

} // namespace recaisse::core::pdf
