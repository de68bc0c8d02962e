#include "adminscreenshots.h"

#include "adminpanel.h"
#include "memberspage.h"
#include "sessionspage.h"

#include <QApplication>
#include <QDir>
#include <QPixmap>
#include <QStringList>

#include <cstdio>

namespace recaisse::ui {

bool renderAdminScreenshots(
    core::Store &store, const core::Actor &admin, const QString &dir, QSize size)
{
    QDir().mkpath(dir);
    AdminPanel panel(store, admin);
    panel.setAttribute(Qt::WA_DontShowOnScreen);
    panel.resize(size);
    panel.show();
    bool allDone = true;
    const auto save = [&](const QString &name) {
        // A page whose texts grew asks its scroll area again through posted layout requests,
        // one level per round.
        for (int round = 0; round < 4; ++round)
            QApplication::processEvents();
        const QSize needed = panel.minimumSize().expandedTo(panel.minimumSizeHint());
        if (needed.width() > size.width() || needed.height() > size.height()) {
            std::fprintf(stderr, "%s\n",
                qPrintable(AdminPanel::tr("Screen %1 does not fit: it needs at least %2×%3 "
                                          "pixels, more than %4×%5.")
                               .arg(name)
                               .arg(needed.width())
                               .arg(needed.height())
                               .arg(size.width())
                               .arg(size.height())));
            allDone = false;
        }
        const QString path = QDir(dir).filePath(name + QStringLiteral(".png"));
        if (!panel.grab().save(path)) {
            std::fprintf(stderr, "%s\n", qPrintable(AdminPanel::tr("Cannot write %1.").arg(path)));
            allDone = false;
            return;
        }
        std::printf("%s\n", qPrintable(path));
    };
    const struct
    {
        const char *key;
        const char *name;
    } pages[] = {{"overview", "admin-overview"}, {"sessions", "admin-sessions"},
        {"closings", "admin-closings"}, {"users", "admin-users"},
        {"categories", "admin-categories"}, {"branding", "admin-branding"},
        {"audit", "admin-audit"}, {"health", "admin-health"}, {"devices", "admin-devices"},
        {"reports", "admin-reports"}, {"tonnage", "admin-tonnage"},
        {"notifications", "admin-notifications"}, {"members", "admin-members"},
        {"cheques", "admin-cheques"}};
    for (const auto &page : pages) {
        if (!panel.showPage(QString::fromLatin1(page.key)))
            continue;
        save(QString::fromLatin1(page.name));
        if (qstrcmp(page.key, "sessions") == 0 && panel.sessionsPage()) {
            // The newest closed session: it has a count, a variance and a Z report.
            SessionsPage *sessions = panel.sessionsPage();
            for (int row = 0; row < sessions->sessions().size(); ++row) {
                if (sessions->sessions().at(row).closed) {
                    sessions->showDetail(row);
                    break;
                }
            }
            save(QStringLiteral("admin-session-detail"));
            sessions->backToList();
        }
        if (qstrcmp(page.key, "members") == 0 && panel.membersPage()
            && !panel.membersPage()->shown().isEmpty()) {
            // The first member's purchases under the list.
            panel.membersPage()->selectRow(0);
            panel.membersPage()->showPurchases();
            save(QStringLiteral("admin-member-purchases"));
        }
    }
    panel.hide();
    return allDone;
}

} // namespace recaisse::ui
