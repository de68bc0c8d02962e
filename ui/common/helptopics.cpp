#include "helptopics.h"

#include "helpmanual.h"
#include "helpviewer.h"

#include <QHash>
#include <QPointer>
#include <QPushButton>
#include <QShortcut>

namespace recaisse::ui {

namespace {

struct Section
{
    HelpTopic topic;
    const char *document;
    const char16_t *heading;
};

// Each topic's heading exactly as the manual writes it; tst_help checks every one is there.
constexpr Section sections[] = {
    {HelpTopic::Contents, "README.md", u"Documentation de ReCaisse"},
    {HelpTopic::Login, "caisse.md", u"Se connecter"},
    {HelpTopic::Home, "caisse.md", u"L’écran d’accueil"},
    {HelpTopic::OpenSession, "caisse.md", u"Ouvrir la caisse"},
    {HelpTopic::Sale, "caisse.md", u"Vendre : Catégorie → Quantité → Prix"},
    {HelpTopic::Payment, "caisse.md", u"Encaisser"},
    {HelpTopic::AdminUnlock, "caisse.md", u"La validation par un administrateur"},
    {HelpTopic::Refund, "caisse.md", u"Rembourser un ticket"},
    {HelpTopic::CashMovement, "caisse.md", u"Entrée ou sortie d’espèces"},
    {HelpTopic::CloseSession, "caisse.md", u"Clôturer la caisse"},
    {HelpTopic::ZReport, "caisse.md", u"Le ticket Z"},
    {HelpTopic::Reception, "caisse.md", u"Recevoir un don à l’accueil"},
    {HelpTopic::AdminOverview, "administration.md", u"Vue d’ensemble"},
    {HelpTopic::AdminSessions, "administration.md", u"Sessions de caisse"},
    {HelpTopic::AdminUsers, "administration.md", u"Utilisateurs"},
    {HelpTopic::AdminCategories, "administration.md", u"Catégories"},
    {HelpTopic::AdminBranding, "administration.md", u"Sites et personnalisation"},
    {HelpTopic::AdminAudit, "administration.md", u"Journal d’audit"},
    {HelpTopic::AdminHealth, "administration.md", u"Santé"},
    {HelpTopic::AdminSync, "synchronisation.md", u"La page Synchronisation"},
    {HelpTopic::AdminExports, "exports-ecologic.md", u"L’écran Exports Ecologic"},
    {HelpTopic::AdminReports, "rapports-par-email.md", u"Rapports programmés par e-mail"},
    {HelpTopic::AdminMembers, "administration.md", u"Adhérents"},
    {HelpTopic::AdminCheques, "administration.md", u"Remise des chèques en banque"},
    {HelpTopic::FirstStart, "installation.md", u"Configurer ce poste"},
    {HelpTopic::Training, "formation.md", u"Formation des nouveaux bénévoles en deux heures"},
    {HelpTopic::Troubleshooting, "depannage.md", u"Dépannage et questions fréquentes"},
};

const Section &sectionOf(HelpTopic topic)
{
    for (const Section &section : sections) {
        if (section.topic == topic)
            return section;
    }
    return sections[0];
}

QPointer<HelpViewer> &viewer()
{
    static QPointer<HelpViewer> open;
    return open;
}

} // namespace

QList<HelpTopic> Help::topics()
{
    QList<HelpTopic> all;
    for (const Section &section : sections)
        all << section.topic;
    return all;
}

QString Help::document(HelpTopic topic)
{
    return QString::fromLatin1(sectionOf(topic).document);
}

QString Help::heading(HelpTopic topic)
{
    return QString::fromUtf16(sectionOf(topic).heading);
}

QUrl Help::url(HelpTopic topic)
{
    QUrl url(document(topic));
    url.setFragment(HelpManual::anchorFor(heading(topic)));
    return url;
}

HelpTopic Help::adminPageTopic(const QString &pageKey)
{
    static const QHash<QString, HelpTopic> pages{
        {QStringLiteral("overview"), HelpTopic::AdminOverview},
        {QStringLiteral("sessions"), HelpTopic::AdminSessions},
        {QStringLiteral("closings"), HelpTopic::AdminSessions},
        {QStringLiteral("users"), HelpTopic::AdminUsers},
        {QStringLiteral("categories"), HelpTopic::AdminCategories},
        {QStringLiteral("branding"), HelpTopic::AdminBranding},
        {QStringLiteral("audit"), HelpTopic::AdminAudit},
        {QStringLiteral("health"), HelpTopic::AdminHealth},
        {QStringLiteral("sync"), HelpTopic::AdminSync},
        {QStringLiteral("exports"), HelpTopic::AdminExports},
        {QStringLiteral("reports"), HelpTopic::AdminReports},
        {QStringLiteral("tonnage"), HelpTopic::AdminExports},
        {QStringLiteral("notifications"), HelpTopic::AdminReports},
        {QStringLiteral("members"), HelpTopic::AdminMembers},
        {QStringLiteral("cheques"), HelpTopic::AdminCheques},
    };
    return pages.value(pageKey, HelpTopic::AdminOverview);
}

HelpViewer *Help::show(QWidget *from, HelpTopic topic)
{
    QPointer<HelpViewer> &open = viewer();
    if (!open) {
        open = new HelpViewer(from ? from->window() : nullptr);
        open->setAttribute(Qt::WA_DeleteOnClose);
    }
    open->showTopic(topic);
    open->present();
    return open;
}

HelpViewer *Help::openViewer()
{
    return viewer();
}

QPushButton *Help::button(QWidget *parent, std::function<HelpTopic()> topic)
{
    auto *button =
        new QPushButton(tr("Help (%1)").arg(key().toString(QKeySequence::NativeText)), parent);
    button->setObjectName(QStringLiteral("helpButton"));
    button->setAutoDefault(false);
    // Pressing it must not take the focus (and the typed keys) away from the screen's field.
    button->setFocusPolicy(Qt::NoFocus);
    QObject::connect(button, &QPushButton::clicked, button,
        [button, topic = std::move(topic)] { show(button, topic()); });
    return button;
}

void Help::installKey(QWidget *window, std::function<HelpTopic()> topic)
{
    auto *shortcut = new QShortcut(key(), window);
    shortcut->setContext(Qt::WindowShortcut);
    QObject::connect(shortcut, &QShortcut::activated, window,
        [window, topic = std::move(topic)] { show(window, topic()); });
}

} // namespace recaisse::ui
