#pragma once

#include <QByteArray>
#include <QList>
#include <QSizeF>
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
// dependency): what core prints without QPainter or a QGuiApplication (the recovery kit, the
// tonnage report), from any thread. Coordinates are in points from the page's bottom left corner.
// Only drawLogo() below decodes an image, with QImage: Qt Gui's library, which core links
// privately; still no QGuiApplication needed.
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

// A site's branding on the reports it prints (SiteSettings): its colour "#RRGGBB" as 0xRRGGBB,
// fallback when it has none or it is malformed.
quint32 pdfColour(const QString &siteColour, quint32 fallback);
// The colours of a report's titles and rules when the site has none of its own.
inline constexpr quint32 pdfDefaultTitleColour = 0x2e7d32;
inline constexpr quint32 pdfDefaultRuleColour = 0x9e9e9e;
// The site's logo (PNG or JPEG bytes) flattened on white, as large as fits in maxWidth ×
// maxHeight points keeping its proportions, its top right corner at (right, top). Returns the
// size drawn: 0 × 0 when there is no logo or it cannot be read (nothing is drawn).
QSizeF drawLogo(PdfPages &pages, const QByteArray &logoBytes, double right, double top,
    double maxWidth, double maxHeight);

} // namespace recaisse::core
