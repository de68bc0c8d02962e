#pragma once

#include "core/domain.h"

#include <QString>

#include <functional>
#include <optional>

namespace recaisse::ui {

// Asks for a second person's PIN to allow one named action ("Price outside the category's
// bounds", "Refund of CAISSE1-T000042"…); std::nullopt when nobody unlocks. The main window
// answers with AdminUnlockDialog; tests answer directly, without a modal dialog.
using UnlockPrompt = std::function<std::optional<core::Unlock>(const QString &action)>;

} // namespace recaisse::ui
