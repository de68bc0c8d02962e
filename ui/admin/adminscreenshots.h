#pragma once

#include <QSize>
#include <QString>

namespace recaisse::core {
class Store;
struct Actor;
} // namespace recaisse::core

namespace recaisse::ui {

// Renders the admin panel's pages to <dir>/<name>.png: admin-overview, admin-sessions,
// admin-session-detail, admin-users, admin-categories, admin-branding, admin-audit,
// admin-health. Uses the application's style sheet and translator as installed. False, with a
// message on standard error, when a page needs more room than size or cannot be saved.
bool renderAdminScreenshots(
    core::Store &store, const core::Actor &admin, const QString &dir, QSize size);

} // namespace recaisse::ui
