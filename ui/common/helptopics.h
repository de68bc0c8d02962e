#pragma once

#include <QCoreApplication>
#include <QKeySequence>
#include <QList>
#include <QString>
#include <QUrl>

#include <functional>

class QPushButton;
class QWidget;

namespace recaisse::ui {

class HelpViewer;

// The place in the French manual (docs/*.md, embedded under :/manual/) that explains a screen.
enum class HelpTopic {
    Contents,
    Login,
    Home,
    OpenSession,
    Sale,
    Payment,
    AdminUnlock,
    Refund,
    CashMovement,
    CloseSession,
    ZReport,
    Reception,
    AdminOverview,
    AdminSessions,
    AdminUsers,
    AdminCategories,
    AdminBranding,
    AdminAudit,
    AdminHealth,
    AdminSync,
    AdminExports,
    AdminReports,
    AdminMembers,
    AdminCheques,
    FirstStart,
    Training,
    Troubleshooting,
};

// Opens the manual at a topic. The register's function keys F1-F7, F9, F10, F12, Esc, Enter
// and Delete are taken: the manual is F11 on every screen and dialog.
class Help
{
    Q_DECLARE_TR_FUNCTIONS(Help)

public:
    static QKeySequence key() { return QKeySequence(Qt::Key_F11); }
    static QList<HelpTopic> topics();
    // The manual file ("caisse.md") and the heading, as written there, of the topic's section.
    static QString document(HelpTopic topic);
    static QString heading(HelpTopic topic);
    // "caisse.md#se-connecter": the document and the anchor of the heading.
    static QUrl url(HelpTopic topic);
    // The admin panel's page keys (AdminPanel::pageKeys()) to their topics.
    static HelpTopic adminPageTopic(const QString &pageKey);

    // Shows the manual at the topic over from's window; an open viewer is reused. The viewer is
    // modal and deletes itself when closed.
    static HelpViewer *show(QWidget *from, HelpTopic topic);
    // The open viewer, if any.
    static HelpViewer *openViewer();
    // "Aide (F11)", the same size as the screens' other band buttons; shows topic() when pressed.
    static QPushButton *button(QWidget *parent, std::function<HelpTopic()> topic);
    // F11 anywhere in window (a main window or a dialog) shows topic().
    static void installKey(QWidget *window, std::function<HelpTopic()> topic);
};

} // namespace recaisse::ui
