#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace recaisse::core {

// Text in a PDF's WinAnsiEncoding (the standard fonts' encoding): Latin-1 plus the few
// typographic characters French needs; anything else becomes '?'. PDF string delimiters are
// escaped.
QByteArray pdfWinAnsi(const QString &text);

// Words to lines of at most `width` characters.
QStringList wrappedText(const QString &paragraph, int width);

// A4 portrait pages of text in the PDF standard fonts (PDF 1.4, nothing embedded, no external
// dependency): what core prints without Qt's GUI module (the recovery kit, the tonnage report).
// Coordinates are in points from the page's bottom left corner.
class PdfPages
{
public:
    enum class Font { Regular, Bold, MonoBold, Mono };
    static constexpr int width = 595;
    static constexpr int height = 842;

    PdfPages();

    // Starts a new page and draws on it; the first one exists from the start.
    void newPage();
    int pageCount() const { return int(m_pages.size()); }
    // Draws on an earlier page again (its footer once the pages are counted).
    void selectPage(int index);
    void text(Font font, int size, double x, double y, const QString &text);
    // Text whose right end is at x: exact for the monospaced fonts; for Helvetica near enough
    // for amounts (its digits, comma, space and euro sign are all 556 units wide).
    void rightText(Font font, int size, double right, double y, const QString &text);
    void rectangle(double x, double y, double w, double h);
    void line(double x1, double y1, double x2, double y2);
    // The colour of what is drawn next on this page (text, lines, filled rectangles), as
    // 0xRRGGBB; each page starts in black.
    void colour(quint32 rgb);
    // A rectangle filled with the current colour.
    void fillRectangle(double x, double y, double w, double h);
    // An image of pixelsWide × pixelsHigh pixels, rgb holding 3 bytes a pixel row by row from
    // the top, drawn into the rectangle (a logo). Nothing is drawn when the sizes do not match.
    void image(double x, double y, double w, double h, int pixelsWide, int pixelsHigh,
        const QByteArray &rgb);
    // A band across the top of every page with this text (white on orange), drawn over the
    // page when the document is made: a demo shop's mark (DemoShop::mark()). Empty: none.
    void markEveryPage(const QString &text) { m_mark = text; }
    // An estimate of the width of Helvetica text (for wrapping labels); exact for Courier.
    static double textWidth(Font font, int size, const QString &text);

    QByteArray document() const;

private:
    struct Image
    {
        int wide = 0;
        int high = 0;
        QByteArray deflated;
    };
    QList<QByteArray> m_pages;
    QList<Image> m_images;
    int m_current = 0;
    QString m_mark;
};

} // namespace recaisse::core
