#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QString>

#include <functional>
#include <optional>

namespace recaisse::ui {

// Asks for a second person's PIN to allow one named action ("Price outside the category's
// bounds", "Refund of CAISSE1-T000042"…); std::nullopt when nobody unlocks. The main window
// answers with AdminUnlockDialog; tests answer directly, without a modal dialog.
using UnlockPrompt = std::function<std::optional<core::Unlock>(const QString &action)>;

// Whether core's refusal means the unlock kept for a ticket no longer holds (missing, wrong PIN,
// locked, or someone who may not allow it): the screen forgets it and asks again next time.
inline bool unlockRefused(const core::Error &error)
{
    switch (error.code) {
    case core::ErrorCode::UnlockRequired:
    case core::ErrorCode::AuthenticationFailed:
    case core::ErrorCode::AccountLocked:
    case core::ErrorCode::PermissionDenied:
        return true;
    default:
        return false;
    }
}

} // namespace recaisse::ui
