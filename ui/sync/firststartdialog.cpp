#include "firststartdialog.h"

#include "backgroundjob.h"
#include "core/clock.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/joinshop.h"
#include "core/sync/recovery.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/common/helptopics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

namespace recaisse::ui {

using namespace core::sync;

FirstStartDialog::FirstStartDialog(QString stationPath, QWidget *parent)
    : QDialog(parent)
    , m_path(std::move(stationPath))
{
    setWindowTitle(tr("Set up this computer"));
    setMinimumWidth(620);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This computer shows the demo shop. Make it a station of your "
                                "ressourcerie: create a new shop, or join the shop your "
                                "association already has on kDrive."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs = new QTabWidget;
    auto *create = new QWidget;
    auto *createForm = new QFormLayout(create);
    m_siteName = new QLineEdit;
    m_siteName->setObjectName(QStringLiteral("siteName"));
    m_siteName->setPlaceholderText(tr("e.g. Ressourcerie du Port"));
    m_newCode = new QLineEdit(QStringLiteral("CAISSE1"));
    m_adminName = new QLineEdit(tr("Admin"));
    m_adminPin = new QLineEdit;
    m_adminPin->setObjectName(QStringLiteral("adminPin"));
    m_adminPin->setEchoMode(QLineEdit::Password);
    m_adminPin->setPlaceholderText(tr("6 to 8 digits"));
    createForm->addRow(tr("Shop name"), m_siteName);
    createForm->addRow(tr("Code of this station"), m_newCode);
    createForm->addRow(tr("Administrator"), m_adminName);
    createForm->addRow(tr("Administrator's PIN"), m_adminPin);
    m_create = new QPushButton(tr("Create the shop"));
    m_create->setObjectName(QStringLiteral("createShop"));
    m_create->setProperty("primary", true);
    m_create->setMinimumHeight(48);
    createForm->addRow(m_create);
    m_tabs->addTab(create, tr("New shop"));

    auto *join = new QWidget;
    auto *joinForm = new QFormLayout(join);
    m_url = new QLineEdit;
    m_url->setObjectName(QStringLiteral("davAddress"));
    m_url->setPlaceholderText(QStringLiteral("https://123456.connect.kdrive.infomaniak.com"));
    m_user = new QLineEdit;
    m_user->setObjectName(QStringLiteral("davUser"));
    m_user->setPlaceholderText(tr("e-mail of the kDrive account"));
    m_password = new QLineEdit;
    m_password->setObjectName(QStringLiteral("davPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("application password"));
    m_joinCode = new QLineEdit(QStringLiteral("CAISSE2"));
    m_joinCode->setObjectName(QStringLiteral("joiningStationCode"));
    m_joinKey = new QLineEdit;
    m_joinKey->setObjectName(QStringLiteral("joinCode"));
    m_joinKey->setPlaceholderText(tr("e.g. ABCDE-FGHJK, made by an administrator"));
    m_kind = new QComboBox;
    m_kind->addItem(tr("Register"), QStringLiteral("register"));
    m_kind->addItem(tr("Reception"), QStringLiteral("reception"));
    m_kind->addItem(tr("Back office"), QStringLiteral("backoffice"));
    joinForm->addRow(tr("kDrive address"), m_url);
    joinForm->addRow(tr("User"), m_user);
    joinForm->addRow(tr("App password"), m_password);
    joinForm->addRow(tr("Code of this station"), m_joinCode);
    joinForm->addRow(tr("Kind of station"), m_kind);
    joinForm->addRow(tr("Join code"), m_joinKey);
    m_join = new QPushButton(tr("Join the shop"));
    m_join->setObjectName(QStringLiteral("joinShop"));
    m_join->setProperty("primary", true);
    m_join->setMinimumHeight(48);
    joinForm->addRow(m_join);
    m_tabs->addTab(join, tr("Join a shop from kDrive"));

    // Shown once, after a new shop was created: its recovery kit.
    auto *kit = new QWidget;
    auto *kitLayout = new QVBoxLayout(kit);
    m_kitText = new QLabel;
    m_kitText->setWordWrap(true);
    m_kitKey = new QLabel;
    m_kitKey->setObjectName(QStringLiteral("recoveryKey"));
    m_kitKey->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont big = m_kitKey->font();
    big.setPointSize(big.pointSize() + 8);
    big.setBold(true);
    big.setFamily(QStringLiteral("monospace"));
    m_kitKey->setFont(big);
    m_saveKit = new QPushButton(tr("Save the recovery kit (PDF)…"));
    m_saveKit->setProperty("primary", true);
    m_kitDone = new QPushButton(tr("Done: the kit is saved or printed"));
    for (QPushButton *button : {m_saveKit, m_kitDone})
        button->setMinimumHeight(48);
    kitLayout->addWidget(m_kitKey);
    kitLayout->addWidget(m_kitText, 1);
    kitLayout->addWidget(m_saveKit);
    // The shop's price list from the spreadsheet it already keeps, before the first sale.
    m_importCatalogue = new QPushButton(tr("Import the categories and prices from a spreadsheet…"));
    m_importCatalogue->setObjectName(QStringLiteral("importCatalogue"));
    m_importCatalogue->setMinimumHeight(48);
    kitLayout->addWidget(m_importCatalogue);
    kitLayout->addWidget(m_kitDone);

    m_pages = new QStackedWidget;
    m_pages->addWidget(m_tabs);
    m_pages->addWidget(kit);
    layout->addWidget(m_pages);
    m_kitPathPrompt = [this] {
        return QFileDialog::getSaveFileName(this, tr("Save the recovery kit"),
            QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
                + QStringLiteral("/recovery-kit.pdf"),
            tr("PDF document (*.pdf)"));
    };

    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("errorLabel"));
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    buttons->button(QDialogButtonBox::Cancel)->setMinimumHeight(48);
    auto *help = Help::button(this, [] { return HelpTopic::FirstStart; });
    help->setMinimumHeight(48);
    buttons->addButton(help, QDialogButtonBox::HelpRole);
    Help::installKey(this, [] { return HelpTopic::FirstStart; });
    layout->addWidget(buttons);

    connect(m_create, &QPushButton::clicked, this, &FirstStartDialog::createShop);
    connect(m_join, &QPushButton::clicked, this, &FirstStartDialog::joinShop);
    connect(m_saveKit, &QPushButton::clicked, this, &FirstStartDialog::saveKit);
    connect(m_kitDone, &QPushButton::clicked, this, &QDialog::accept);
    connect(m_importCatalogue, &QPushButton::clicked, this, &FirstStartDialog::importCatalogue);
    m_spreadsheetPrompt = [this] {
        return QFileDialog::getOpenFileName(this, tr("Spreadsheet to import"), QString(),
            tr("Spreadsheets (*.csv *.xlsx *.txt *.tsv);;All files (*)"));
    };
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FirstStartDialog::~FirstStartDialog()
{
    if (m_job)
        m_job->wait();
    // The import dialog uses the store this dialog owns: it goes first.
    delete m_importDialog.data();
    m_importStore.reset();
}

QString FirstStartDialog::message() const
{
    return m_message->text();
}

void FirstStartDialog::runJob(std::function<QString()> job, std::function<void()> after)
{
    m_create->setEnabled(false);
    m_join->setEnabled(false);
    m_message->setText(tr("Working…"));
    m_job = runInBackground(
        this, std::move(job), [this, after = std::move(after)](const QString &failure) {
            m_job = nullptr;
            m_create->setEnabled(true);
            m_join->setEnabled(true);
            m_message->setText(failure);
            // `after` decides what success means (the kit to show, a request still waiting).
            if (after)
                return after();
            emit jobFinished(failure.isEmpty());
            if (failure.isEmpty())
                accept();
        });
}

void FirstStartDialog::createShop()
{
    core::StationSetup setup;
    setup.siteName = m_siteName->text();
    setup.stationCode = m_newCode->text();
    setup.adminName = m_adminName->text();
    setup.adminPin = m_adminPin->text();
    const QString path = m_path;
    auto key = std::make_shared<QString>();
    auto failed = std::make_shared<bool>(true);
    runJob(
        [setup, path, key, failed]() -> QString {
            core::SystemClock clock;
            auto store = core::Store::create(path, setup, clock);
            if (!store)
                return store.error().message;
            *failed = false;
            // The site key and this station's keys (keychain; this job runs off the UI thread).
            // Without a keychain sync stays off and there is no recovery kit: say so, the shop
            // is created all the same.
            const auto keys = StationRegistry::establishFounder(**store);
            if (!keys)
                return keys.error().message + QLatin1Char(' ')
                    + FirstStartDialog::tr("The shop has no keys: this computer cannot sync "
                                           "and no recovery kit was made.");
            auto recoveryKey = SiteRecovery::prepareForNewShop(**store, *keys);
            if (!recoveryKey)
                return recoveryKey.error().message;
            *key = *recoveryKey;
            return QString();
        },
        [this, key, failed] {
            if (*failed) {
                emit jobFinished(false);
                return;
            }
            showKit(m_siteName->text().trimmed(), *key);
            emit jobFinished(true);
        });
}

CatalogueImportDialog *FirstStartDialog::importCatalogue()
{
    const QString file = m_spreadsheetPrompt ? m_spreadsheetPrompt() : QString();
    if (file.isEmpty())
        return nullptr;
    // The new shop's database, opened only while the import dialog shows: the program opens it
    // for good once this dialog is done.
    auto store = core::Store::open(m_path, m_clock, QStringLiteral("first-start-import"));
    if (!store) {
        m_message->setText(store.error().message);
        return nullptr;
    }
    core::Users users(**store);
    auto admin = users.findByName(m_adminName->text().trimmed());
    auto actor = admin ? users.login(admin->id, m_adminPin->text())
                       : core::Result<core::Actor>(admin.error());
    if (!actor) {
        m_message->setText(actor.error().message);
        return nullptr;
    }
    m_importStore = std::move(*store);
    auto *dialog = new CatalogueImportDialog(*m_importStore, *actor, file, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    m_importDialog = dialog;
    connect(dialog, &QObject::destroyed, this, [this] { m_importStore.reset(); });
    dialog->open();
    return dialog;
}

void FirstStartDialog::showKit(const QString &siteName, const QString &recoveryKey)
{
    m_kitSiteName = siteName;
    m_recoveryKey = recoveryKey;
    m_pages->setCurrentIndex(1);
    m_create->setEnabled(false);
    if (recoveryKey.isEmpty()) {
        // m_message says why there is no kit.
        m_kitKey->hide();
        m_saveKit->hide();
        m_kitText->setText(tr("The shop is created."));
        m_kitDone->setText(tr("Close"));
        return;
    }
    const RecoveryKit kit{siteName, recoveryKey, QDate::currentDate()};
    QStringList text = kit.paragraphs();
    text.removeFirst(); // the title: the window says it
    m_kitKey->setText(recoveryKey);
    m_kitText->setText(tr("This is the shop's recovery key, shown only this once. Save the "
                          "recovery kit as a PDF, print it, and keep the paper somewhere safe; "
                          "then delete the file.")
        + QStringLiteral("\n\n") + text.join(QStringLiteral("\n\n")));
}

void FirstStartDialog::reject()
{
    if (m_pages->currentIndex() == 1)
        return accept();
    QDialog::reject();
}

void FirstStartDialog::saveKit()
{
    const QString target = m_kitPathPrompt ? m_kitPathPrompt() : QString();
    if (target.isEmpty())
        return;
    const RecoveryKit kit{m_kitSiteName, m_recoveryKey, QDate::currentDate()};
    const auto saved = kit.save(target);
    m_message->setText(
        saved ? tr("Recovery kit saved in %1: print it now.").arg(target) : saved.error().message);
}

void FirstStartDialog::joinShop()
{
    auto settings = SyncAccount::validate(m_url->text(), m_user->text(), m_password->text());
    if (!settings) {
        m_message->setText(settings.error().message);
        return;
    }
    const QString path = m_path;
    const QString password = m_password->text();
    const QString code = m_joinCode->text();
    const QString joinCode = m_joinKey->text();
    const auto kind = core::stationKindFromKey(m_kind->currentData().toString())
                          .value_or(core::StationKind::Register);
    const AccountSettings account = *settings;
    auto waiting = std::make_shared<QString>();
    runJob(
        [path, password, code, joinCode, kind, account, waiting]() -> QString {
            core::SystemClock clock;
            WebDavClient client(DavAccount{account.url, account.user, password});
            // A missing folder is not created here: joining needs the shop its first station
            // published, so the address is the one to check.
            if (auto connected = client.testConnection(); !connected)
                return WebDavClient::isMissingFolder(connected.error())
                    ? connected.error().message + QLatin1Char('\n')
                        + FirstStartDialog::tr("No shop was published at this address: check "
                                               "it. The folder is made when the shop's first "
                                               "station sets up its kDrive account.")
                    : connected.error().message;
            auto step =
                requestToJoin(client, path, joinCode, code, kind, clock, JoinKeyStore::keychain());
            if (!step)
                return step.error().message;
            if (!step->approved) {
                *waiting = step->request.fingerprint();
                return FirstStartDialog::tr(
                    "Waiting for an administrator's approval… On an administration station, "
                    "the sync page shows this computer's request: check that its fingerprint "
                    "is %1, approve it, then press \"Try again\" here.")
                    .arg(step->request.fingerprint());
            }
            // A first sync cut short is finished by the background sync.
            auto joined = completeJoin(client, account, password, path, *step, clock);
            return joined ? QString() : joined.error().message;
        },
        [this, waiting] {
            if (!waiting->isEmpty()) {
                m_join->setText(tr("Try again"));
                emit jobFinished(false);
                return;
            }
            const bool ok = m_message->text().isEmpty();
            emit jobFinished(ok);
            if (ok)
                accept();
        });
}

} // namespace recaisse::ui
