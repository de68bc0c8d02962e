#include "sheetsdialog.h"

#include "core/clock.h"
#include "core/store.h"
#include "core/sync/sheets.h"
#include "core/users.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/sync/backgroundjob.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace recaisse::ui {

using core::sync::SheetsReport;
using core::sync::SheetsSettings;
using core::sync::SheetsSync;

namespace {

// Device-local: the range the price list was last read from.
const QString priceRangeSetting = QStringLiteral("sheets/priceRange");

QString reportLabel(SheetsReport report)
{
    switch (report) {
    case SheetsReport::Daily:
        return SheetsDialog::tr("Sales and tonnage per day");
    case SheetsReport::Deposits:
        return SheetsDialog::tr("Deposits");
    case SheetsReport::Sessions:
        return SheetsDialog::tr("Cash sessions");
    }
    return {};
}

} // namespace

SheetsDialog::SheetsDialog(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_mayChange(core::Users(store).may(actor, core::Permission::ManageSettings))
{
    setObjectName(QStringLiteral("sheetsDialog"));
    setWindowTitle(tr("Google Sheets"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The reports published to the shop's Google Sheet, each in its "
                                "own tab. Share the sheet with the service account's address "
                                "first."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    const SheetsSettings settings = SheetsSync::load(store);
    auto *form = new QFormLayout;
    m_spreadsheet = new QLineEdit(settings.spreadsheetId, this);
    m_spreadsheet->setObjectName(QStringLiteral("sheetsSpreadsheet"));
    m_spreadsheet->setPlaceholderText(tr("the part of the sheet's address between /d/ and /edit"));
    form->addRow(tr("Spreadsheet"), m_spreadsheet);
    m_account = new QLabel(settings.accountEmail.isEmpty()
            ? tr("none yet")
            : tr("%1 (key kept in the keychain)").arg(settings.accountEmail),
        this);
    m_account->setObjectName(QStringLiteral("sheetsAccount"));
    m_account->setWordWrap(true);
    form->addRow(tr("Service account"), m_account);
    auto *keyRow = new QHBoxLayout;
    m_keyFile = new QLineEdit(this);
    m_keyFile->setObjectName(QStringLiteral("sheetsKeyFile"));
    m_keyFile->setPlaceholderText(tr("a new key file (JSON) replaces the kept one"));
    m_choose = new QPushButton(tr("Choose…"), this);
    keyRow->addWidget(m_keyFile, 1);
    keyRow->addWidget(m_choose);
    form->addRow(tr("Key file"), keyRow);
    auto *reportsRow = new QHBoxLayout;
    for (SheetsReport report : core::sync::allSheetsReports()) {
        auto *box = new QCheckBox(reportLabel(report), this);
        box->setObjectName(QStringLiteral("sheetsReport_") + core::sync::toKey(report));
        box->setProperty("report", int(report));
        box->setChecked(settings.reports.contains(report));
        reportsRow->addWidget(box);
        m_reports << box;
    }
    reportsRow->addStretch(1);
    form->addRow(tr("Reports"), reportsRow);
    m_every = new QSpinBox(this);
    m_every->setObjectName(QStringLiteral("sheetsEvery"));
    m_every->setRange(0, 744);
    m_every->setSuffix(tr(" h"));
    m_every->setSpecialValueText(tr("by hand only"));
    m_every->setValue(settings.intervalHours);
    form->addRow(tr("Publish every"), m_every);
    m_days = new QSpinBox(this);
    m_days->setObjectName(QStringLiteral("sheetsDays"));
    m_days->setRange(1, 366);
    m_days->setSuffix(tr(" days"));
    m_days->setValue(settings.days);
    form->addRow(tr("Over the last"), m_days);
    m_api = new QLineEdit(settings.endpoints.apiBaseUrl, this);
    m_api->setObjectName(QStringLiteral("sheetsApi"));
    form->addRow(tr("Sheets API address"), m_api);
    m_tokenUrl = new QLineEdit(settings.endpoints.tokenUrl, this);
    m_tokenUrl->setObjectName(QStringLiteral("sheetsTokenUrl"));
    form->addRow(tr("Token address"), m_tokenUrl);
    auto *pricesRow = new QHBoxLayout;
    m_priceRange = new QLineEdit(QSettings().value(priceRangeSetting).toString(), this);
    m_priceRange->setObjectName(QStringLiteral("sheetsPriceRange"));
    m_priceRange->setPlaceholderText(tr("the tab and cells, as Prix!A1:F500"));
    m_importPrices = new QPushButton(tr("Import prices…"), this);
    m_importPrices->setObjectName(QStringLiteral("sheetsImportPricesButton"));
    m_importPrices->setToolTip(tr("Reads the range, then shows each row's columns and what "
                                  "is wrong before anything is imported."));
    pricesRow->addWidget(m_priceRange, 1);
    pricesRow->addWidget(m_importPrices);
    form->addRow(tr("Price list"), pricesRow);
    layout->addLayout(form);

    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("sheetsResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);
    auto *buttons = new QDialogButtonBox(this);
    m_publish = buttons->addButton(tr("Publish now"), QDialogButtonBox::ActionRole);
    m_publish->setObjectName(QStringLiteral("sheetsPublishButton"));
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("sheetsSaveButton"));
    QPushButton *close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);
    if (!m_mayChange)
        m_result->setText(tr("Only an administrator can change the Google Sheets settings."));

    connect(m_choose, &QPushButton::clicked, this, &SheetsDialog::chooseKeyFile);
    connect(m_save, &QPushButton::clicked, this, &SheetsDialog::save);
    connect(m_publish, &QPushButton::clicked, this, &SheetsDialog::publishNow);
    connect(m_importPrices, &QPushButton::clicked, this, &SheetsDialog::importPrices);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    updateButtons();
}

SheetsDialog::~SheetsDialog()
{
    if (m_job) {
        m_job->wait();
        delete m_job;
    }
}

void SheetsDialog::chooseKeyFile()
{
    const QString file = QFileDialog::getOpenFileName(
        this, tr("The service account's key file"), QString(), tr("Key file (*.json)"));
    if (!file.isEmpty())
        m_keyFile->setText(file);
}

void SheetsDialog::updateButtons()
{
    m_save->setEnabled(m_mayChange && !m_job);
    m_publish->setEnabled(m_mayChange && !m_job);
    m_importPrices->setEnabled(m_mayChange && !m_job);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_spreadsheet, m_keyFile, m_choose, m_every, m_days, m_api, m_tokenUrl, m_priceRange})
        field->setEnabled(m_mayChange);
    for (QCheckBox *box : std::as_const(m_reports))
        box->setEnabled(m_mayChange);
}

void SheetsDialog::runJob(const QString &doing, std::function<QString()> job)
{
    m_result->setText(doing);
    m_job = runInBackground(this, std::move(job), [this](const QString &message) {
        m_job = nullptr;
        m_result->setText(message);
        const SheetsSettings settings = SheetsSync::load(m_store);
        if (!settings.accountEmail.isEmpty())
            m_account->setText(tr("%1 (key kept in the keychain)").arg(settings.accountEmail));
        updateButtons();
        emit jobFinished();
    });
    updateButtons();
}

void SheetsDialog::save()
{
    if (m_job || !m_mayChange)
        return;
    SheetsSettings settings = SheetsSync::load(m_store);
    settings.spreadsheetId = m_spreadsheet->text().trimmed();
    settings.endpoints.apiBaseUrl = m_api->text().trimmed();
    settings.endpoints.tokenUrl = m_tokenUrl->text().trimmed();
    settings.reports.clear();
    for (QCheckBox *box : std::as_const(m_reports))
        if (box->isChecked())
            settings.reports << SheetsReport(box->property("report").toInt());
    settings.intervalHours = m_every->value();
    settings.days = m_days->value();
    const QString keyFile = m_keyFile->text().trimmed();
    if (keyFile.isEmpty() && settings.accountEmail.isEmpty()) {
        m_result->setText(tr("Choose the service account's key file first."));
        return;
    }
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    m_keyFile->clear();
    runJob(tr("Saving…"), [path, actor, settings, keyFile]() -> QString {
        QByteArray key;
        if (!keyFile.isEmpty()) {
            QFile file(keyFile);
            if (!file.open(QIODevice::ReadOnly))
                return tr("Cannot read %1: %2").arg(keyFile, file.errorString());
            key = file.read(64 * 1024 + 1);
        }
        core::SystemClock clock;
        auto store = core::Store::open(path, clock, QStringLiteral("sheets-settings"));
        if (!store)
            return store.error().message;
        auto saved = SheetsSync::save(**store, actor, settings, key);
        key.fill('\0');
        if (!saved)
            return saved.error().message;
        return keyFile.isEmpty()
            ? tr("Google Sheets settings saved.")
            : tr("Google Sheets settings saved; the key is in the keychain: you may delete the "
                 "file %1.")
                  .arg(keyFile);
    });
}

void SheetsDialog::publishNow()
{
    if (m_job || !m_mayChange)
        return;
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    runJob(tr("Publishing to Google Sheets…"), [path, actor]() -> QString {
        core::SystemClock clock;
        auto store = core::Store::open(path, clock, QStringLiteral("sheets-publish"));
        if (!store)
            return store.error().message;
        auto published = SheetsSync::publish(**store, actor);
        if (!published)
            return published.error().message;
        return tr("Published: %n row(s).", nullptr, int(published->rows));
    });
}

void SheetsDialog::importPrices()
{
    if (m_job || !m_mayChange)
        return;
    const QString range = m_priceRange->text().trimmed();
    if (range.isEmpty()) {
        m_result->setText(tr("Give the range of the price list first, as Prix!A1:F500."));
        return;
    }
    QSettings().setValue(priceRangeSetting, range);
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    using Table = core::Result<core::portability::SheetTable>;
    m_result->setText(tr("Reading %1 from Google Sheets…").arg(range));
    m_job = runInBackground<Table>(
        this,
        [path, actor, range]() -> Table {
            core::SystemClock clock;
            auto store = core::Store::open(path, clock, QStringLiteral("sheets-prices"));
            if (!store)
                return store.error();
            return SheetsSync::fetchPriceTable(**store, actor, range);
        },
        [this, range](const Table &table) {
            m_job = nullptr;
            updateButtons();
            if (!table) {
                m_result->setText(tr("The price list was not read: %1").arg(table.error().message));
            } else {
                m_result->setText(tr("%n row(s) read from %1: choose the columns and check them "
                                     "in the window that opened.",
                    nullptr, int(table->rows.size()))
                                      .arg(range));
                // The same import as a file's (and `sheets import-prices`): check, then one
                // transaction.
                auto *dialog = new CatalogueImportDialog(m_store, m_actor,
                    core::portability::ImportKind::Prices, *table,
                    QStringLiteral("Google Sheets %1").arg(range), this);
                dialog->setAttribute(Qt::WA_DeleteOnClose);
                dialog->open();
            }
            emit jobFinished();
        });
    updateButtons();
}

} // namespace recaisse::ui
