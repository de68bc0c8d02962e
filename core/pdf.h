#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace recaisse::core::pdf {

// Small PDF documents written by hand with the standard fonts (no Qt Gui: the command line
// writes them too): the recovery kit, the cheque remittance slip.

// Text in the PDF's WinAnsiEncoding (the standard fonts' encoding): Latin-1 plus the few
// typographic characters French needs; anything else becomes '?'. ( ) and \ are escaped.
QByteArray winAnsi(const QString &text);

// The file: the numbered objects (the first one the catalog), their cross-reference table and
// trailer.
QByteArray assemble(const QList<QByteArray> &objects);

// A4 pages of lines of text, top to bottom, a new page when one is full.
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
    QByteArray pdf() const;

private:
    void room(int points);

    QList<QByteArray> m_pages{QByteArray()};
    int m_y = top;
    static constexpr int left = 57; // 2 cm
    static constexpr int right = 595 - 57;
    static constexpr int top = 842 - 70;
    static constexpr int bottom = 57;
};

} // namespace recaisse::core::pdf
