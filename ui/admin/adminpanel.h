#pragma once

#include "core/admin/health.h"
#include "core/domain.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

class AuditPage;
class BrandingPage;
class CategoriesPage;
class ClosingsPage;
class DevicesPage;
class ReportsPage;
class HealthPage;
class NotificationsPage;
class MembersPage;
class ChequesPage;
class OverviewPage;
class SessionsPage;
class TonnagePage;
class UsersPage;

// The manager's back office: a navigation list on the left and one page at a time. Admins change
// things on their site, super-admins on every site, supervisors only look; anyone else sees a
// refusal (audited).
class AdminPanel : public QWidget
{
    Q_OBJECT

public:
    AdminPanel(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    // The pages built elsewhere: the sync console and the Ecologic exports. Until set, their
    // entries show a short notice. The panel takes ownership.
    void setSyncPage(QWidget *page);
    void setExportsPage(QWidget *page);
    // Where the health page reads the last backup, the last sync and the sync errors.
    void setHealthInputsProvider(core::HealthInputsProvider provider);
    // How "Export all the data" asks for the folder (default: the desktop's folder dialog); an
    // empty answer cancels.
    void setExportFolderChooser(std::function<QString()> chooser);
    // "Export all the data": asks for the folder, then runs the export in a progress dialog.
    void exportAll();

    // "overview", "sessions", "closings", "users", "categories", "branding", "audit", "health",
    // "devices", "sync", "exports", "reports", "tonnage", "notifications", "members", "cheques".
    // Returns false for an unknown key or when the panel is refused.
    bool showPage(const QString &key);
    QString currentPage() const;
    static QStringList pageKeys();
    bool refused() const { return m_refused; }

    OverviewPage *overviewPage() const { return m_overview; }
    SessionsPage *sessionsPage() const { return m_sessions; }
    ClosingsPage *closingsPage() const { return m_closings; }
    UsersPage *usersPage() const { return m_users; }
    CategoriesPage *categoriesPage() const { return m_categories; }
    BrandingPage *brandingPage() const { return m_branding; }
    AuditPage *auditPage() const { return m_audit; }
    HealthPage *healthPage() const { return m_health; }
    DevicesPage *devicesPage() const { return m_devices; }
    ReportsPage *reportsPage() const { return m_reports; }
    TonnagePage *tonnagePage() const { return m_tonnage; }
    NotificationsPage *notificationsPage() const { return m_notifications; }
    MembersPage *membersPage() const { return m_members; }
    ChequesPage *chequesPage() const { return m_cheques; }
    QListWidget *navigation() const { return m_navigation; }
    // The line under the band that says the e-mail reports keep failing (hidden otherwise).
    QLabel *mailWarning() const { return m_mailWarning; }
    // Reads the e-mail reports' failures again (done each time a page is chosen).
    void updateMailWarning();

signals:
    void closeRequested();

private:
    void pageChosen(int index);
    void replaceSlot(int index, QWidget *page);

    core::Store &m_store;
    core::Actor m_actor;
    bool m_refused = false;
    QListWidget *m_navigation = nullptr;
    QLabel *m_mailWarning = nullptr;
    QStackedWidget *m_pages = nullptr;
    OverviewPage *m_overview = nullptr;
    SessionsPage *m_sessions = nullptr;
    ClosingsPage *m_closings = nullptr;
    UsersPage *m_users = nullptr;
    CategoriesPage *m_categories = nullptr;
    BrandingPage *m_branding = nullptr;
    AuditPage *m_audit = nullptr;
    HealthPage *m_health = nullptr;
    DevicesPage *m_devices = nullptr;
    std::function<QString()> m_exportFolderChooser;
    ReportsPage *m_reports = nullptr;
    TonnagePage *m_tonnage = nullptr;
    NotificationsPage *m_notifications = nullptr;
    MembersPage *m_members = nullptr;
    ChequesPage *m_cheques = nullptr;
};

} // namespace recaisse::ui
