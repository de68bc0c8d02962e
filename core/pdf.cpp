#include "pdf.h"

namespace recaisse::core::pdf {

namespace {

PdfPages::Font pageFont(TextPages::Font font)
{
    switch (font) {
    case TextPages::Font::Bold:
        return PdfPages::Font::Bold;
    case TextPages::Font::Mono:
        return PdfPages::Font::Mono;
    case TextPages::Font::Regular:
        break;
    }
    return PdfPages::Font::Regular;
}

} // namespace

void TextPages::room(int points)
{
    if (m_y - points < bottom) {
        m_pages.newPage();
        m_y = top;
    }
}

void TextPages::line(const QString &text, Font font, int size, int indent)
{
    room(size + 4);
    m_pages.text(pageFont(font), size, left + indent, m_y, text);
    m_y -= size + 4;
}

void TextPages::pair(const QString &leftText, const QString &rightText, Font font, int size)
{
    room(size + 4);
    m_pages.text(pageFont(font), size, left, m_y, leftText);
    m_pages.rightText(pageFont(font), size, right, m_y, rightText);
    m_y -= size + 4;
}

void TextPages::space(int points)
{
    m_y -= points;
}

QByteArray TextPages::pdf() const
{
    return m_pages.document();
}

} // namespace recaisse::core::pdf
