#pragma once

#include "adminpage.h"
#include "core/admin/sites.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::ui {

// Sites and branding: name, address, time zone, logo, colours, receipt header and footer, the
// site's default variance threshold and each register's.
class BrandingPage : public AdminPage
{
    Q_OBJECT

public:
    BrandingPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    // What the "Choose a logo…" button does after its file dialog; tests call it directly.
    void useLogoFile(const QString &path);
    void save();
    void saveThresholds();
    // Super-admins only: a new site of the association, then edited like any other.
    void addSite();

    QTableWidget *thresholdsTable() const { return m_thresholds; }
    // This station's register mode (core::RegisterMode): checking it turns the mode on.
    QCheckBox *registerModeBox() const { return m_registerMode; }
    const core::SiteSettings &site() const { return m_site; }

private:
    void showSite(const core::SiteSettings &site);
    void updatePreview();
    // The VAT button says the regime in force today.
    void refreshVat();

    QList<core::SiteSettings> m_sites;
    core::SiteSettings m_site;
    QByteArray m_logo;
    QComboBox *m_siteChoice = nullptr;
    QLineEdit *m_name = nullptr;
    QPlainTextEdit *m_address = nullptr;
    QLineEdit *m_siret = nullptr;
    QComboBox *m_timeZone = nullptr;
    QLineEdit *m_primary = nullptr;
    QLineEdit *m_accent = nullptr;
    QLabel *m_logoPreview = nullptr;
    QPlainTextEdit *m_header = nullptr;
    QPlainTextEdit *m_footer = nullptr;
    QLineEdit *m_defaultThreshold = nullptr;
    QLabel *m_preview = nullptr;
    QTableWidget *m_thresholds = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_saveThresholds = nullptr;
    QCheckBox *m_registerMode = nullptr;
    QCheckBox *m_everyTicket = nullptr;
    QCheckBox *m_taxReceipts = nullptr;
    QPushButton *m_vatButton = nullptr;
    QLineEdit *m_taxObject = nullptr;
};

} // namespace recaisse::ui
