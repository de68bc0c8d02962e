#pragma once

#include <QByteArray>
#include <QStringList>

namespace recaisse::core::escpos {

// One character in code page PC858 (euro sign 0xD5, French accents); spaces of any kind become
// a plain space, anything else '?'.
char toPc858(QChar c);

// ESC @, ESC t 19 (PC858), each line followed by LF, then ESC p 0 25 250 (drawer kick) when asked
// and GS V 66 0 (feed and partial cut) when asked.
QByteArray encode(const QStringList &lines, bool cut = true, bool openDrawer = false);

} // namespace recaisse::core::escpos
