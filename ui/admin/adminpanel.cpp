#include "adminpanel.h"

#include "adminwidgets.h"
#include "auditpage.h"
#include "brandingpage.h"
#include "categoriespage.h"
#include "chequespage.h"
#include "closingspage.h"
#include "core/mail/scheduledreports.h"
#include "core/portability/fullexport.h"
#include "core/store.h"
#include "core/users.h"
#include "devicespage.h"
#include "fullexportdialog.h"
#include "healthpage.h"
#include "memberspage.h"
#include "notificationspage.h"
#include "overviewpage.h"
#include "reportspage.h"
#include "sessionspage.h"
#include "tonnagepage.h"
#include "ui/common/helptopics.h"
#include "userspage.h"

#include <QFileDialog>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

enum PageIndex {
    Overview,
    Sessions,
    ClosingList,
    Users,
    Categories,
    Branding,
    Audit,
    Health,
    Devices,
    Sync,
    Exports,
    Reports,
    Tonnage,
    NotificationSettings,
    Members,
    ChequeDeposits
};

QWidget *notice(const QString &text, const QString &name)
{
    auto *label = new QLabel(text);
    label->setObjectName(name);
    label->setAlignment(Qt::AlignCenter);
    label->setWordWrap(true);
    label->setMargin(40);
    return label;
}

} // namespace

QStringList AdminPanel::pageKeys()
{
    return {QStringLiteral("overview"), QStringLiteral("sessions"), QStringLiteral("closings"),
        QStringLiteral("users"), QStringLiteral("categories"), QStringLiteral("branding"),
        QStringLiteral("audit"), QStringLiteral("health"), QStringLiteral("devices"),
        QStringLiteral("sync"), QStringLiteral("exports"), QStringLiteral("reports"),
        QStringLiteral("tonnage"), QStringLiteral("notifications"), QStringLiteral("members"),
        QStringLiteral("cheques")};
}

AdminPanel::AdminPanel(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("adminPanel"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    auto *band = new QWidget(this);
    band->setObjectName(QStringLiteral("screenBand"));
    auto *bandLayout = new QHBoxLayout(band);
    bandLayout->setContentsMargins(16, 6, 16, 6);
    auto *title = new QLabel(tr("Administration — %1").arg(store.site().name), band);
    title->setWordWrap(true); // a long site name must not widen the window
    bandLayout->addWidget(title, 1);
    auto *who = new QLabel(tr("%1 (%2)").arg(actor.name, core::displayName(actor.role)), band);
    who->setObjectName(QStringLiteral("adminWho"));
    bandLayout->addWidget(who);
    bandLayout->addWidget(
        Help::button(band, [this] { return Help::adminPageTopic(currentPage()); }));
    if (core::FullExport::mayExport(actor, store.site().id)) {
        // Short: the band must fit beside the shop's name and the person at 1024 px.
        auto *exportAll = new QPushButton(tr("Export everything…"), band);
        exportAll->setObjectName(QStringLiteral("exportAllButton"));
        exportAll->setToolTip(
            tr("Export all the shop's data (JSON files, an Excel workbook) into one ZIP file."));
        bandLayout->addWidget(exportAll);
        connect(exportAll, &QPushButton::clicked, this, &AdminPanel::exportAll);
    }
    auto *back = new QPushButton(tr("&Back"), band);
    back->setObjectName(QStringLiteral("backButton"));
    bandLayout->addWidget(back);
    layout->addWidget(band);
    connect(back, &QPushButton::clicked, this, &AdminPanel::closeRequested);
    // Under the band, only while the e-mail reports keep failing: one line, so that the band
    // itself keeps its width.
    m_mailWarning = new QLabel(this);
    m_mailWarning->setObjectName(QStringLiteral("mailWarning"));
    m_mailWarning->setWordWrap(true);
    m_mailWarning->setTextFormat(Qt::RichText);
    m_mailWarning->hide();
    layout->addWidget(m_mailWarning);
    connect(m_mailWarning, &QLabel::linkActivated, this,
        [this] { showPage(QStringLiteral("reports")); });

    // Refused before anything is read: the core audits the refusal.
    if (!core::Users(store).may(actor, core::Permission::ViewReports)) {
        m_refused = true;
        auto result = core::Users(store).require(actor, core::Permission::ViewReports);
        layout->addWidget(
            notice(result ? QString()
                          : result.error().message + QLatin1Char('\n')
                        + tr("The administration is for administrators and supervisors."),
                QStringLiteral("refusedNotice")),
            1);
        return;
    }

    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    row->setSpacing(0);
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("adminNavigation"));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_navigation->addItems({tr("Overview"), tr("Cash sessions"), tr("Closings"), tr("Users"),
        tr("Categories"), tr("Sites and branding"), tr("Audit trail"), tr("Health"), tr("Devices"),
        tr("Synchronisation"), tr("Ecologic exports"), tr("Scheduled reports"),
        tr("Material report"), tr("Notifications"), tr("Members"), tr("Cheques and accounting")});
    // As wide as its longest entry in bold (the selected one is), plus the style sheet's item
    // padding (14 px each side) and selection border (4 px): no page name is cut.
    m_navigation->ensurePolished();
    QFont bold = m_navigation->font();
    bold.setBold(true);
    const QFontMetrics metrics(bold);
    int widest = 0;
    for (int entry = 0; entry < m_navigation->count(); ++entry)
        widest = qMax(widest, metrics.horizontalAdvance(m_navigation->item(entry)->text()));
    m_navigation->setFixedWidth(widest + 2 * 14 + 4 + 2 * m_navigation->frameWidth() + 8);
    row->addWidget(m_navigation);
    m_pages = new admin::CurrentPageStack(this);
    m_pages->setObjectName(QStringLiteral("adminPages"));
    m_overview = new OverviewPage(store, actor, m_pages);
    m_sessions = new SessionsPage(store, actor, m_pages);
    m_closings = new ClosingsPage(store, actor, m_pages);
    m_users = new UsersPage(store, actor, m_pages);
    m_categories = new CategoriesPage(store, actor, m_pages);
    m_branding = new BrandingPage(store, actor, m_pages);
    m_audit = new AuditPage(store, actor, m_pages);
    m_health = new HealthPage(store, actor, m_pages);
    m_devices = new DevicesPage(store, actor, m_pages);
    for (QWidget *page : std::initializer_list<QWidget *>{m_overview, m_sessions, m_closings,
             m_users, m_categories, m_branding, m_audit, m_health, m_devices})
        m_pages->addWidget(page);
    m_pages->addWidget(notice(tr("The synchronisation console is not installed on this station."),
        QStringLiteral("syncPlaceholder")));
    m_pages->addWidget(notice(tr("The Ecologic exports are not installed on this station."),
        QStringLiteral("exportsPlaceholder")));
    m_reports = new ReportsPage(store, actor, m_pages);
    m_pages->addWidget(m_reports);
    m_tonnage = new TonnagePage(store, actor, m_pages);
    m_pages->addWidget(m_tonnage);
    m_notifications = new NotificationsPage(store, actor, m_pages);
    m_pages->addWidget(m_notifications);
    m_members = new MembersPage(store, actor, m_pages);
    m_pages->addWidget(m_members);
    m_cheques = new ChequesPage(store, actor, m_pages);
    m_pages->addWidget(m_cheques);
    // The back office's pages are long forms and wide tables: on a small screen they scroll
    // rather than make the window larger than the screen.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("adminScroll"));
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    scroll->setWidget(m_pages);
    row->addWidget(scroll, 1);
    layout->addLayout(row, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &AdminPanel::pageChosen);
    m_navigation->setCurrentRow(Overview);
    m_navigation->setFocus();
}

void AdminPanel::updateMailWarning()
{
    if (!m_mailWarning)
        return;
    const QString warning = core::mail::ScheduledReports(m_store).failureWarning();
    m_mailWarning->setVisible(!m_refused && !warning.isEmpty());
    if (!warning.isEmpty())
        m_mailWarning->setText(warning.toHtmlEscaped() + QStringLiteral(" <a href=\"reports\">")
            + tr("See the reports").toHtmlEscaped() + QStringLiteral("</a>"));
}

void AdminPanel::pageChosen(int index)
{
    if (!m_pages || index < 0 || index >= m_pages->count())
        return;
    m_pages->setCurrentIndex(index);
    m_pages->updateGeometry(); // the scroll area takes the new page's size
    updateMailWarning();
    if (auto *page = qobject_cast<AdminPage *>(m_pages->widget(index)))
        page->refresh();
}

void AdminPanel::replaceSlot(int index, QWidget *page)
{
    if (!m_pages || !page)
        return;
    QWidget *old = m_pages->widget(index);
    m_pages->insertWidget(index, page);
    m_pages->removeWidget(old);
    old->deleteLater();
    if (m_navigation->currentRow() == index)
        m_pages->setCurrentIndex(index);
}

void AdminPanel::setSyncPage(QWidget *page)
{
    replaceSlot(Sync, page);
}

void AdminPanel::setExportsPage(QWidget *page)
{
    replaceSlot(Exports, page);
}

void AdminPanel::setHealthInputsProvider(core::HealthInputsProvider provider)
{
    if (!m_health)
        return;
    m_health->setInputsProvider(std::move(provider));
    if (m_navigation->currentRow() == Health)
        m_health->refresh();
}

bool AdminPanel::showPage(const QString &key)
{
    const int index = int(pageKeys().indexOf(key));
    if (m_refused || index < 0)
        return false;
    if (m_navigation->currentRow() == index)
        pageChosen(index);
    else
        m_navigation->setCurrentRow(index);
    return true;
}

QString AdminPanel::currentPage() const
{
    if (m_refused)
        return {};
    return pageKeys().value(m_navigation->currentRow());
}

void AdminPanel::setExportFolderChooser(std::function<QString()> chooser)
{
    m_exportFolderChooser = std::move(chooser);
}

void AdminPanel::exportAll()
{
    const QString folder = m_exportFolderChooser
        ? m_exportFolderChooser()
        : QFileDialog::getExistingDirectory(this, tr("Folder for the export (a USB key…)"));
    if (folder.isEmpty())
        return;
    auto *dialog = new FullExportDialog(m_store, m_actor, folder, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    dialog->start();
}

} // namespace recaisse::ui
