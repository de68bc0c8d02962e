#include "escpos.h"

namespace recaisse::core::escpos {

char toPc858(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x20 && u < 0x7F)
        return char(u);
    switch (u) {
    case 0x00A0: // no-break space
    case 0x202F: // narrow no-break space
    case 0x2009: // thin space
        return ' ';
    case 0x20AC:
        return char(0xD5); // €
    case 0x00E9:
        return char(0x82); // é
    case 0x00E8:
        return char(0x8A); // è
    case 0x00EA:
        return char(0x88); // ê
    case 0x00E0:
        return char(0x85); // à
    case 0x00E7:
        return char(0x87); // ç
    case 0x00F9:
        return char(0x97); // ù
    case 0x00F4:
        return char(0x93); // ô
    case 0x00EE:
        return char(0x8C); // î
    case 0x00FB:
        return char(0x96); // û
    case 0x00E2:
        return char(0x83); // â
    case 0x00EB:
        return char(0x89); // ë
    case 0x00EF:
        return char(0x8B); // ï
    case 0x00FC:
        return char(0x81); // ü
    case 0x00C9:
        return char(0x90); // É
    case 0x00C8:
        return char(0xD4); // È
    case 0x00C0:
        return char(0xB7); // À
    case 0x00C7:
        return char(0x80); // Ç
    case 0x00CA:
        return char(0xD2); // Ê
    case 0x00C2:
        return char(0xB6); // Â
    case 0x00D4:
        return char(0xE2); // Ô
    case 0x00CE:
        return char(0xD7); // Î
    case 0x00B0:
        return char(0xF8); // °
    default:
        return '?';
    }
}

QByteArray encode(const QStringList &lines, bool cut, bool openDrawer)
{
    QByteArray out;
    out.append("\x1B\x40", 2); // ESC @: initialize
    out.append("\x1B\x74\x13", 3); // ESC t 19: PC858
    for (const QString &line : lines) {
        for (const QChar c : line)
            out.append(toPc858(c));
        out.append('\n');
    }
    if (openDrawer)
        out.append("\x1B\x70\x00\x19\xFA", 5); // ESC p 0 25 250
    if (cut)
        out.append("\x1D\x56\x42\x00", 4); // GS V 66 0: feed and partial cut
    return out;
}

} // namespace recaisse::core::escpos
