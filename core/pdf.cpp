#include "pdf.h"

namespace recaisse::core::pdf {

// Text in the PDF's WinAnsiEncoding (the standard fonts' encoding): Latin-1 plus the few
// typographic characters French needs; anything else becomes '?'.
QByteArray winAnsi(const QString &text)
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

QByteArray assemble(const QList<QByteArray> &objects)
{
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

namespace {

QByteArray fontName(TextPages::Font font)
{
    switch (font) {
    case TextPages::Font::Bold:
        return "F2";
    case TextPages::Font::Mono:
        return "F3";
    case TextPages::Font::Regular:
        break;
    }
    return "F1";
}

// The width of a text in points, near enough to right-align amounts: Helvetica's digits, comma,
// space and euro sign are all about 0,556 em; other characters count as much.
int estimatedWidth(const QString &text, int size)
{
    return int(text.size()) * size * 556 / 1000;
}

} // namespace

void TextPages::room(int points)
{
    if (m_y - points < bottom) {
        m_pages.append(QByteArray());
        m_y = top;
    }
}

void TextPages::line(const QString &text, Font font, int size, int indent)
{
    room(size + 4);
    m_pages.last() += "BT /" + fontName(font) + ' ' + QByteArray::number(size) + " Tf "
        + QByteArray::number(left + indent) + ' ' + QByteArray::number(m_y) + " Td ("
        + winAnsi(text) + ") Tj ET\n";
    m_y -= size + 4;
}

void TextPages::pair(const QString &leftText, const QString &rightText, Font font, int size)
{
    room(size + 4);
    const QByteArray f = "BT /" + fontName(font) + ' ' + QByteArray::number(size) + " Tf ";
    m_pages.last() += f + QByteArray::number(left) + ' ' + QByteArray::number(m_y) + " Td ("
        + winAnsi(leftText) + ") Tj ET\n";
    m_pages.last() += f + QByteArray::number(right - estimatedWidth(rightText, size)) + ' '
        + QByteArray::number(m_y) + " Td (" + winAnsi(rightText) + ") Tj ET\n";
    m_y -= size + 4;
}

void TextPages::space(int points)
{
    m_y -= points;
}

QByteArray TextPages::pdf() const
{
    // 1 catalog, 2 pages, 3-5 fonts, then each page and its content.
    const qsizetype count = m_pages.size();
    QByteArray kids;
    for (qsizetype i = 0; i < count; ++i)
        kids += QByteArray::number(6 + 2 * i) + " 0 R ";
    QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [" + kids.trimmed() + "] /Count " + QByteArray::number(count)
            + " >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
    };
    for (qsizetype i = 0; i < count; ++i) {
        objects.append("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
            + QByteArray::number(7 + 2 * i)
            + " 0 R /Resources << /Font << /F1 3 0 R /F2 4 0 R /F3 5 0 R >> >> >>");
        objects.append("<< /Length " + QByteArray::number(m_pages.at(i).size()) + " >>\nstream\n"
            + m_pages.at(i) + "endstream");
    }
    return assemble(objects);
}

} // namespace recaisse::core::pdf
