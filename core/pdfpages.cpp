#include "pdfpages.h"

#include <QImage>
#include <QRegularExpression>

#include <algorithm>

namespace recaisse::core {

QByteArray pdfWinAnsi(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        char byte = '?';
        if (u < 0x80 || (u >= 0xa0 && u <= 0xff))
            byte = char(u);
        else if (u == 0x2019)
            byte = char(0x92);
        else if (u == 0x2018)
            byte = char(0x91);
        else if (u == 0x201c)
            byte = char(0x93);
        else if (u == 0x201d)
            byte = char(0x94);
        else if (u == 0x20ac)
            byte = char(0x80);
        else if (u == 0x2013)
            byte = char(0x96);
        else if (u == 0x2014)
            byte = char(0x97);
        else if (u == 0x2026)
            byte = char(0x85);
        else if (u == 0x0153)
            byte = char(0x9c);
        else if (u == 0x0152)
            byte = char(0x8c);
        else if (u == 0x202f)
            byte = char(0xa0);
        if (byte == '(' || byte == ')' || byte == '\\')
            bytes.append('\\');
        bytes.append(byte);
    }
    return bytes;
}

QStringList wrappedText(const QString &paragraph, int width)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines.append(line);
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines.append(line);
    return lines;
}

namespace {

const char *fontName(PdfPages::Font font)
{
    switch (font) {
    case PdfPages::Font::Regular:
        return "F1";
    case PdfPages::Font::Bold:
        return "F2";
    case PdfPages::Font::MonoBold:
        return "F3";
    case PdfPages::Font::Mono:
        return "F4";
    }
    return "F1";
}

QByteArray number(double value)
{
    return QByteArray::number(value, 'f', 2);
}

// The logo as 8-bit RGB on white, at most 360 × 150 pixels (sharp at the size it is printed);
// null when it cannot be read.
QImage logoImage(const QByteArray &bytes)
{
    QImage image = QImage::fromData(bytes);
    if (image.isNull())
        return {};
    image = image.scaled(360, 150, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                .convertToFormat(QImage::Format_ARGB32);
    QImage flat(image.size(), QImage::Format_RGB888);
    for (int row = 0; row < image.height(); ++row) {
        const QRgb *in = reinterpret_cast<const QRgb *>(image.constScanLine(row));
        uchar *out = flat.scanLine(row);
        for (int x = 0; x < image.width(); ++x) {
            const int alpha = qAlpha(in[x]);
            const auto onWhite = [alpha](int c) {
                return uchar((c * alpha + 255 * (255 - alpha) + 127) / 255);
            };
            out[3 * x] = onWhite(qRed(in[x]));
            out[3 * x + 1] = onWhite(qGreen(in[x]));
            out[3 * x + 2] = onWhite(qBlue(in[x]));
        }
    }
    return flat;
}

} // namespace

PdfPages::PdfPages()
    : m_pages(1)
{
}

void PdfPages::newPage()
{
    m_pages.append(QByteArray());
    m_current = int(m_pages.size()) - 1;
}

void PdfPages::selectPage(int index)
{
    m_current = qBound(0, index, int(m_pages.size()) - 1);
}

void PdfPages::text(Font font, int size, double x, double y, const QString &text)
{
    m_pages[m_current] += "BT /" + QByteArray(fontName(font)) + ' ' + QByteArray::number(size)
        + " Tf " + number(x) + ' ' + number(y) + " Td (" + pdfWinAnsi(text) + ") Tj ET\n";
}

void PdfPages::rightText(Font font, int size, double right, double y, const QString &text)
{
    this->text(font, size, right - textWidth(font, size, text), y, text);
}

void PdfPages::rectangle(double x, double y, double w, double h)
{
    m_pages[m_current] +=
        number(x) + ' ' + number(y) + ' ' + number(w) + ' ' + number(h) + " re S\n";
}

void PdfPages::line(double x1, double y1, double x2, double y2)
{
    m_pages[m_current] +=
        number(x1) + ' ' + number(y1) + " m " + number(x2) + ' ' + number(y2) + " l S\n";
}

void PdfPages::colour(quint32 rgb)
{
    // Four decimals: every 8-bit component comes back exact.
    const auto component = [rgb](int shift) {
        return QByteArray::number(((rgb >> shift) & 0xff) / 255.0, 'f', 4);
    };
    const QByteArray components = component(16) + ' ' + component(8) + ' ' + component(0);
    m_pages[m_current] += components + " rg " + components + " RG\n";
}

void PdfPages::fillRectangle(double x, double y, double w, double h)
{
    m_pages[m_current] +=
        number(x) + ' ' + number(y) + ' ' + number(w) + ' ' + number(h) + " re f\n";
}

void PdfPages::image(
    double x, double y, double w, double h, int pixelsWide, int pixelsHigh, const QByteArray &rgb)
{
    if (pixelsWide <= 0 || pixelsHigh <= 0 || rgb.size() != qsizetype(pixelsWide) * pixelsHigh * 3)
        return;
    // FlateDecode is a zlib stream: qCompress's, without its 4-byte length prefix.
    m_images.append({pixelsWide, pixelsHigh, qCompress(rgb).mid(4)});
    m_pages[m_current] += "q " + number(w) + " 0 0 " + number(h) + ' ' + number(x) + ' ' + number(y)
        + " cm /Im" + QByteArray::number(m_images.size() - 1) + " Do Q\n";
}

double PdfPages::textWidth(Font font, int size, const QString &text)
{
    // Courier: 600 units a character. Helvetica: about 556 on average, bold 611 (a safe side).
    const double units = font == Font::Mono || font == Font::MonoBold ? 600
        : font == Font::Bold                                          ? 611
                                                                      : 556;
    return double(text.size()) * units * size / 1000.0;
}

QByteArray PdfPages::document() const
{
    // 1 catalog, 2 page tree, 3 to 6 the fonts, then each page and its content, then the images.
    const int firstPage = 7;
    const qsizetype firstImage = firstPage + 2 * m_pages.size();
    QByteArray images;
    for (qsizetype i = 0; i < m_images.size(); ++i)
        images +=
            " /Im" + QByteArray::number(i) + ' ' + QByteArray::number(firstImage + i) + " 0 R";
    const QByteArray imageResources =
        images.isEmpty() ? QByteArray() : " /XObject <<" + images + " >>";
    // The mark's band, in a graphics state of its own so that nothing of the page leaks in.
    QByteArray mark;
    if (!m_mark.isEmpty()) {
        constexpr int size = 10;
        const QString text = QStringLiteral("*** %1 ***").arg(m_mark);
        const double x = (width - textWidth(Font::Bold, size, text)) / 2;
        mark = "q 0.9373 0.4235 0.0000 rg 0 " + number(height - 30) + ' ' + number(width)
            + " 18 re f 1 1 1 rg BT /F2 " + QByteArray::number(size) + " Tf " + number(x) + ' '
            + number(height - 25) + " Td (" + pdfWinAnsi(text) + ") Tj ET Q\n";
    }
    QByteArray kids;
    for (int i = 0; i < m_pages.size(); ++i)
        kids += (i ? " " : "") + QByteArray::number(firstPage + 2 * i) + " 0 R";
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [" + kids + "] /Count " + QByteArray::number(m_pages.size()) + " >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    };
    for (int i = 0; i < m_pages.size(); ++i) {
        objects << "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 " + QByteArray::number(width) + ' '
                + QByteArray::number(height) + "] /Contents "
                + QByteArray::number(firstPage + 2 * i + 1)
                + " 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R /F4 6 0 R >>"
                + imageResources + " >> >>";
        const QByteArray content = m_pages.at(i) + mark;
        objects << "<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
                + "endstream";
    }
    for (const Image &image : m_images)
        objects << "<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(image.wide)
                + " /Height " + QByteArray::number(image.high)
                + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /FlateDecode /Length "
                + QByteArray::number(image.deflated.size()) + " >>\nstream\n" + image.deflated
                + "\nendstream";
    QByteArray pdf = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects.at(i) + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (const qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1)
        + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

quint32 pdfColour(const QString &siteColour, quint32 fallback)
{
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("#[0-9A-Fa-f]{6}")));
    return pattern.match(siteColour).hasMatch() ? siteColour.mid(1).toUInt(nullptr, 16) : fallback;
}

QSizeF drawLogo(PdfPages &pages, const QByteArray &logoBytes, double right, double top,
    double maxWidth, double maxHeight)
{
    if (logoBytes.isEmpty())
        return QSizeF(0, 0);
    const QImage logo = logoImage(logoBytes);
    if (logo.isNull())
        return QSizeF(0, 0);
    const double scale = std::min(maxWidth / logo.width(), maxHeight / logo.height());
    const QSizeF size(logo.width() * scale, logo.height() * scale);
    // Rows of a QImage are padded to 4 bytes: copy them without the padding.
    QByteArray packed;
    packed.reserve(qsizetype(logo.width()) * logo.height() * 3);
    for (int row = 0; row < logo.height(); ++row)
        packed.append(reinterpret_cast<const char *>(logo.constScanLine(row)), logo.width() * 3);
    pages.image(right - size.width(), top - size.height(), size.width(), size.height(),
        logo.width(), logo.height(), packed);
    return size;
}

} // namespace recaisse::core
