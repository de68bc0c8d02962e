#pragma once

#include <QKeySequence>
#include <QString>

namespace recaisse::ui {

// A key as the person at the register reads it, in their language ("Échap", "Entrée", "F2"), for
// labels such as tr("Sell (%1)"): the shortcut comes from the key the code binds, never from a
// translated string.
inline QString keyText(const QKeySequence &keys)
{
    return keys.toString(QKeySequence::NativeText);
}

} // namespace recaisse::ui
