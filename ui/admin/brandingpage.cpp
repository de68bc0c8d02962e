#include "brandingpage.h"

#include "core/money.h"
#include "core/registermode.h"
#include "core/store.h"
#include "core/taxreceipts.h"
#include "core/vat.h"
#include "ui/admin/accountplandialog.h"
#include "ui/admin/adaptivecolumns.h"
#include "ui/admin/solidaritydialog.h"
#include "ui/admin/vatdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

bool isColor(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    return pattern.match(text).hasMatch();
}

QPlainTextEdit *smallText(QWidget *parent, const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 16);
    return edit;
}

} // namespace

BrandingPage::BrandingPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Sites and branding"), parent)
{
    setObjectName(QStringLiteral("adminBranding"));
    auto *columns = new admin::AdaptiveColumns(this);
    auto *form = new QFormLayout;
    m_siteChoice = new QComboBox(this);
    m_siteChoice->setObjectName(QStringLiteral("siteChoice"));
    auto *siteRow = new QHBoxLayout;
    siteRow->addWidget(m_siteChoice, 1);
    if (actor.role == core::Role::SuperAdmin) {
        auto *addSiteButton = new QPushButton(tr("New site…"), this);
        addSiteButton->setObjectName(QStringLiteral("addSiteButton"));
        siteRow->addWidget(addSiteButton);
        connect(addSiteButton, &QPushButton::clicked, this, &BrandingPage::addSite);
    }
    auto *siteLabel = new QLabel(tr("S&ite:"), this);
    siteLabel->setBuddy(m_siteChoice);
    form->addRow(siteLabel, siteRow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("siteNameField"));
    m_name->setMaxLength(80);
    form->addRow(tr("&Name:"), m_name);
    m_address = smallText(this, QStringLiteral("addressField"), 2);
    form->addRow(tr("&Address:"), m_address);
    // The legal identity printed on every ticket, Z report and closing.
    m_siret = new QLineEdit(this);
    m_siret->setObjectName(QStringLiteral("siretField"));
    m_siret->setMaxLength(20); // typed with spaces, "123 456 789 00012"
    m_siret->setPlaceholderText(tr("14 digits"));
    // The VAT status beside it: a dialog, since a change takes a regime, a day and a mention.
    m_vatButton = new QPushButton(this);
    m_vatButton->setObjectName(QStringLiteral("vatButton"));
    connect(m_vatButton, &QPushButton::clicked, this, [this] {
        VatDialog dialog(m_store, m_actor, this);
        if (dialog.exec() == QDialog::Accepted)
            showDone(tr("VAT status saved: it applies to the documents made from its first day."));
        refreshVat();
    });
    // The accounts the accounting export books to, beside it.
    auto *accountsButton = new QPushButton(tr("Accounts…"), this);
    accountsButton->setObjectName(QStringLiteral("accountPlanButton"));
    connect(accountsButton, &QPushButton::clicked, this, [this] {
        AccountPlanDialog dialog(m_store, m_actor, this);
        if (dialog.exec() == QDialog::Accepted)
            showDone(tr("Account plan saved: the next accounting exports use it."));
    });
    auto *siretRow = new QHBoxLayout;
    siretRow->addWidget(m_siret, 1);
    siretRow->addWidget(m_vatButton);
    siretRow->addWidget(accountsButton);
    auto *siretLabel = new QLabel(tr("SI&RET:"), this);
    siretLabel->setBuddy(m_siret);
    form->addRow(siretLabel, siretRow);
    m_timeZone = new QComboBox(this);
    m_timeZone->setObjectName(QStringLiteral("timeZoneField"));
    m_timeZone->setEditable(true);
    for (const char *zone : {"Europe/Paris", "Europe/Brussels", "Europe/Zurich",
             "Europe/Luxembourg", "America/Martinique", "America/Guadeloupe", "America/Cayenne",
             "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti"})
        m_timeZone->addItem(QString::fromLatin1(zone));
    // The till's solidarity prices and free gifts, beside it.
    auto *solidarityButton = new QPushButton(tr("Solidarity prices…"), this);
    solidarityButton->setObjectName(QStringLiteral("solidarityButton"));
    connect(solidarityButton, &QPushButton::clicked, this, [this] {
        SolidarityDialog dialog(m_store, m_actor, this);
        if (dialog.exec() == QDialog::Accepted)
            showDone(tr("Solidarity prices saved: every till of the site offers them."));
    });
    auto *zoneRow = new QHBoxLayout;
    zoneRow->addWidget(m_timeZone, 1);
    zoneRow->addWidget(solidarityButton);
    form->addRow(tr("&Time zone:"), zoneRow);
    auto *colors = new QHBoxLayout;
    m_primary = new QLineEdit(this);
    m_primary->setObjectName(QStringLiteral("primaryColorField"));
    m_primary->setPlaceholderText(QStringLiteral("#2E7D32"));
    m_primary->setMaxLength(7);
    m_accent = new QLineEdit(this);
    m_accent->setObjectName(QStringLiteral("accentColorField"));
    m_accent->setPlaceholderText(QStringLiteral("#F9A825"));
    m_accent->setMaxLength(7);
    colors->addWidget(m_primary);
    colors->addWidget(m_accent);
    auto *colorsLabel = new QLabel(tr("&Colours (main, accent):"), this);
    colorsLabel->setBuddy(m_primary);
    form->addRow(colorsLabel, colors);
    auto *logoRow = new QHBoxLayout;
    m_logoPreview = new QLabel(this);
    m_logoPreview->setObjectName(QStringLiteral("logoPreview"));
    m_logoPreview->setFixedSize(120, 60);
    m_logoPreview->setAlignment(Qt::AlignCenter);
    auto *chooseLogo = new QPushButton(tr("Choose a logo…"), this);
    chooseLogo->setObjectName(QStringLiteral("chooseLogoButton"));
    auto *removeLogo = new QPushButton(tr("No logo"), this);
    removeLogo->setObjectName(QStringLiteral("removeLogoButton"));
    logoRow->addWidget(m_logoPreview);
    logoRow->addWidget(chooseLogo);
    logoRow->addWidget(removeLogo);
    logoRow->addStretch(1);
    form->addRow(tr("Logo:"), logoRow);
    m_header = smallText(this, QStringLiteral("receiptHeaderField"), 2);
    form->addRow(tr("Receipt &header:"), m_header);
    m_footer = smallText(this, QStringLiteral("receiptFooterField"), 2);
    form->addRow(tr("Receipt &footer:"), m_footer);
    m_defaultThreshold = new QLineEdit(this);
    m_defaultThreshold->setObjectName(QStringLiteral("defaultThresholdField"));
    form->addRow(tr("Default variance &threshold (€):"), m_defaultThreshold);
    m_save = new QPushButton(tr("&Save the site"), this);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setProperty("primary", true);
    form->addRow(QString(), m_save);
    columns->addPart(form, 3);

    auto *side = new QVBoxLayout;
    auto *previewTitle = new QLabel(tr("Preview of the cashier screen's band"), this);
    previewTitle->setObjectName(QStringLiteral("figureCaption"));
    side->addWidget(previewTitle);
    m_preview = new QLabel(this);
    m_preview->setObjectName(QStringLiteral("brandPreview"));
    m_preview->setMinimumHeight(56);
    m_preview->setWordWrap(true);
    side->addWidget(m_preview);
    auto *thresholdTitle = new QLabel(tr("Variance alert threshold per register"), this);
    thresholdTitle->setObjectName(QStringLiteral("cardTitle"));
    side->addWidget(thresholdTitle);
    m_thresholds = new QTableWidget(0, 2, this);
    m_thresholds->setObjectName(QStringLiteral("thresholdsTable"));
    m_thresholds->setHorizontalHeaderLabels({tr("Register"), tr("Threshold (€)")});
    m_thresholds->verticalHeader()->hide();
    m_thresholds->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    side->addWidget(m_thresholds, 1);
    m_saveThresholds = new QPushButton(tr("Save the &thresholds"), this);
    m_saveThresholds->setObjectName(QStringLiteral("saveThresholdsButton"));
    side->addWidget(m_saveThresholds);
    // A setting of this PC, not of the site: a till PC in register mode shows ReCaisse full
    // screen, and only an administrator can close it.
    m_registerMode = new QCheckBox(tr("Register mode on this station"), this);
    m_registerMode->setObjectName(QStringLiteral("registerModeBox"));
    m_registerMode->setMinimumHeight(48);
    side->addWidget(m_registerMode);
    auto *registerModeNote = new QLabel(tr("Full screen, and only an administrator can close "
                                           "ReCaisse. Takes effect the next time it starts."),
        this);
    registerModeNote->setObjectName(QStringLiteral("figureCaption"));
    registerModeNote->setWordWrap(true);
    side->addWidget(registerModeNote);
    // Tickets on request (loi AGEC) unless the shop prints every ticket.
    m_everyTicket = new QCheckBox(tr("Print every ticket"), this);
    m_everyTicket->setObjectName(QStringLiteral("everyTicketBox"));
    m_everyTicket->setMinimumHeight(48);
    side->addWidget(m_everyTicket);
    // Tax receipts for money donations: only an association entitled to them issues them.
    m_taxReceipts = new QCheckBox(tr("Issue tax receipts for money donations"), this);
    m_taxReceipts->setObjectName(QStringLiteral("taxReceiptsBox"));
    m_taxReceipts->setMinimumHeight(48);
    side->addWidget(m_taxReceipts);
    m_taxObject = new QLineEdit(this);
    m_taxObject->setObjectName(QStringLiteral("taxObjectField"));
    m_taxObject->setPlaceholderText(tr("The association's object, printed on the receipts"));
    m_taxObject->setMaxLength(core::maxBeneficiaryObjectLength);
    side->addWidget(m_taxObject);
    columns->addPart(side, 2);
    body()->addWidget(columns, 1);

    const bool manage = may(core::Permission::ManageSettings);
    for (QWidget *w : std::initializer_list<QWidget *>{m_name, m_address, m_siret, m_timeZone,
             m_primary, m_accent, chooseLogo, removeLogo, m_header, m_footer, m_defaultThreshold,
             m_save, m_saveThresholds, m_registerMode, m_everyTicket, m_taxReceipts, m_taxObject,
             m_vatButton, accountsButton})
        w->setEnabled(manage);
    if (!manage)
        m_thresholds->setEditTriggers(QAbstractItemView::NoEditTriggers);

    connect(m_siteChoice, &QComboBox::activated, this, [this](int index) {
        if (index >= 0 && index < m_sites.size())
            showSite(m_sites.at(index));
    });
    connect(m_primary, &QLineEdit::textChanged, this, &BrandingPage::updatePreview);
    connect(m_accent, &QLineEdit::textChanged, this, &BrandingPage::updatePreview);
    connect(m_name, &QLineEdit::textChanged, this, &BrandingPage::updatePreview);
    connect(chooseLogo, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("Choose a logo"), QString(), tr("Images (*.png *.jpg *.jpeg)"));
        if (!path.isEmpty())
            useLogoFile(path);
    });
    connect(removeLogo, &QPushButton::clicked, this, [this] {
        m_logo.clear();
        updatePreview();
    });
    connect(m_save, &QPushButton::clicked, this, &BrandingPage::save);
    connect(m_saveThresholds, &QPushButton::clicked, this, &BrandingPage::saveThresholds);
    connect(m_registerMode, &QCheckBox::clicked, this, [this](bool on) {
        if (auto result = core::RegisterMode(m_store).set(m_actor, on); !result) {
            showError(result.error());
            m_registerMode->setChecked(!on);
            return;
        }
        showDone(on ? tr("Register mode is on for this station from its next start.")
                    : tr("Register mode is off for this station from its next start."));
    });
    connect(m_taxReceipts, &QCheckBox::clicked, this, [this](bool on) {
        if (auto result = core::TaxReceipts(m_store).setSettings(
                m_actor, core::TaxReceiptSettings{on, m_taxObject->text()});
            !result) {
            showError(result.error());
            m_taxReceipts->setChecked(!on);
            return;
        }
        showDone(on ? tr("The till offers a tax receipt after each money donation.")
                    : tr("No tax receipt is issued."));
    });
    connect(m_everyTicket, &QCheckBox::clicked, this, [this](bool on) {
        if (auto result = core::TillRules(m_store).setPrintEveryTicket(m_actor, on); !result) {
            showError(result.error());
            m_everyTicket->setChecked(!on);
            return;
        }
        showDone(on ? tr("Every ticket is printed.")
                    : tr("Tickets are printed when the customer asks (and always for durable "
                         "goods)."));
    });
}

void BrandingPage::refreshVat()
{
    const auto now = core::TillRules(m_store).vatInForce(m_store.today());
    // Short, so that the form keeps its width; the regime in force is in the tooltip.
    m_vatButton->setText(tr("VAT…"));
    m_vatButton->setToolTip(
        now ? tr("In force today: %1").arg(VatDialog::describe(*now)) : QString());
}

void BrandingPage::refresh()
{
    refreshVat();
    if (const auto tax = core::TaxReceipts(m_store).settings()) {
        m_taxReceipts->setChecked(tax->enabled);
        m_taxObject->setText(tax->object);
    }
    m_registerMode->setChecked(core::RegisterMode(m_store).isOn());
    const auto every = core::TillRules(m_store).printEveryTicket();
    m_everyTicket->setChecked(every && *every);
    auto sites = core::Sites(m_store).list(m_actor);
    if (!sites) {
        showError(sites.error());
        return;
    }
    m_sites = *sites;
    const QString current = m_site.id.isEmpty() ? m_store.site().id : m_site.id;
    m_siteChoice->clear();
    int index = 0;
    for (int i = 0; i < m_sites.size(); ++i) {
        m_siteChoice->addItem(m_sites.at(i).name, m_sites.at(i).id);
        if (m_sites.at(i).id == current)
            index = i;
    }
    m_siteChoice->setEnabled(m_sites.size() > 1);
    if (!m_sites.isEmpty()) {
        m_siteChoice->setCurrentIndex(index);
        showSite(m_sites.at(index));
    }
    auto thresholds = core::Sites(m_store).thresholds(m_actor);
    if (!thresholds) {
        showError(thresholds.error());
        return;
    }
    m_thresholds->setRowCount(int(thresholds->size()));
    for (int row = 0; row < thresholds->size(); ++row) {
        const core::RegisterThreshold &t = thresholds->at(row);
        auto *code = new QTableWidgetItem(t.code);
        code->setFlags(Qt::ItemIsEnabled);
        code->setData(Qt::UserRole, t.stationId);
        m_thresholds->setItem(row, 0, code);
        auto *amount = new QTableWidgetItem(core::money::formatPlain(t.varianceThresholdCents));
        amount->setData(Qt::UserRole, t.varianceThresholdCents);
        amount->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_thresholds->setItem(row, 1, amount);
    }
}

void BrandingPage::showSite(const core::SiteSettings &site)
{
    m_site = site;
    m_logo = site.logo;
    m_name->setText(site.name);
    m_address->setPlainText(site.address);
    m_siret->setText(site.siret);
    m_timeZone->setCurrentText(site.timeZone);
    m_primary->setText(site.primaryColor);
    m_accent->setText(site.accentColor);
    m_header->setPlainText(site.receiptHeader);
    m_footer->setPlainText(site.receiptFooter);
    m_defaultThreshold->setText(core::money::formatPlain(site.defaultVarianceThresholdCents));
    updatePreview();
}

void BrandingPage::updatePreview()
{
    const QString primary =
        isColor(m_primary->text()) ? m_primary->text() : QStringLiteral("#2E7D32");
    const QString accent = isColor(m_accent->text()) ? m_accent->text() : QStringLiteral("#FFD54F");
    m_preview->setStyleSheet(QStringLiteral("#brandPreview { background: %1; color: #FFFFFF; "
                                            "font-size: 16pt; font-weight: bold; padding: 8px; "
                                            "border-bottom: 4px solid %2; }")
                                 .arg(primary, accent));
    m_preview->setText(m_name->text());
    QImage image;
    if (!m_logo.isEmpty() && image.loadFromData(m_logo)) {
        m_logoPreview->setPixmap(QPixmap::fromImage(
            image.scaled(m_logoPreview->size(), Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    } else {
        m_logoPreview->setPixmap({});
        m_logoPreview->setText(tr("no logo"));
    }
}

void BrandingPage::useLogoFile(const QString &path)
{
    auto bytes = core::Sites::readLogo(path);
    if (!bytes) {
        showError(bytes.error());
        return;
    }
    // The header says PNG or JPEG; the picture must also decode.
    QImage image;
    if (!image.loadFromData(*bytes)) {
        showError(tr("This file is damaged or is not a picture: choose another logo."));
        return;
    }
    clearMessage();
    m_logo = *bytes;
    updatePreview();
}

void BrandingPage::save()
{
    core::SiteSettings site = m_site;
    site.name = m_name->text();
    site.address = m_address->toPlainText();
    site.siret = m_siret->text().simplified().remove(QLatin1Char(' '));
    site.timeZone = m_timeZone->currentText().trimmed();
    site.primaryColor = m_primary->text().trimmed();
    site.accentColor = m_accent->text().trimmed();
    site.receiptHeader = m_header->toPlainText();
    site.receiptFooter = m_footer->toPlainText();
    site.logo = m_logo;
    auto threshold = core::money::parse(m_defaultThreshold->text());
    if (!threshold) {
        showError(tr("The default threshold is not an amount: %1").arg(threshold.error().message));
        m_defaultThreshold->setFocus();
        return;
    }
    site.defaultVarianceThresholdCents = *threshold;
    if (auto result = core::Sites(m_store).save(m_actor, site); !result) {
        showError(result.error());
        return;
    }
    m_site = site;
    refresh();
    showDone(tr("The site \"%1\" is saved.").arg(site.name.trimmed()));
}

void BrandingPage::addSite()
{
    core::SiteSettings site;
    site.name = tr("New site");
    site.timeZone = m_store.site().timeZone;
    auto created = core::Sites(m_store).create(m_actor, site);
    if (!created) {
        showError(created.error());
        return;
    }
    m_site = *created;
    refresh();
    showDone(tr("A new site is added: give it its name and address, then save."));
    m_name->setFocus();
    m_name->selectAll();
}

void BrandingPage::saveThresholds()
{
    core::Sites sites(m_store);
    // Everything is checked before anything is saved.
    QList<QPair<QString, qint64>> changes;
    for (int row = 0; row < m_thresholds->rowCount(); ++row) {
        const QString code = m_thresholds->item(row, 0)->text();
        auto cents = core::money::parse(m_thresholds->item(row, 1)->text());
        if (!cents) {
            showError(tr("Threshold of %1: %2").arg(code, cents.error().message));
            return;
        }
        if (*cents != m_thresholds->item(row, 1)->data(Qt::UserRole).toLongLong())
            changes.append({m_thresholds->item(row, 0)->data(Qt::UserRole).toString(), *cents});
    }
    for (const auto &change : changes) {
        if (auto result = sites.setThreshold(m_actor, change.first, change.second); !result) {
            showError(result.error());
            refresh();
            return;
        }
    }
    refresh();
    showDone(tr("%n threshold(s) saved.", nullptr, int(changes.size())));
}

} // namespace recaisse::ui
