#include "firststartdialog.h"

#include "backgroundjob.h"
#include "core/clock.h"
#include "core/database.h"
#include "core/portability/backupfile.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/backup.h"
#include "core/sync/joinshop.h"
#include "core/sync/recovery.h"
#include "core/sync/rekey.h"
#include "core/sync/sitekeys.h"
#include "core/sync/stationregistry.h"
#include "core/users.h"
#include "ui/admin/catalogueimportdialog.h"
#include "ui/common/helptopics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

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
                                "ressourcerie: create a new shop, join the shop your "
                                "association already has on kDrive, or restore a lost station."));
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_tabs = new QTabWidget;
    // Four tabs side by side, each title whole: the dialog is as wide as they need.
    m_tabs->setUsesScrollButtons(false);
    m_tabs->setElideMode(Qt::ElideNone);
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
    m_tabs->addTab(makeDriveRestoreTab(), tr("Restore from kDrive"));
    m_tabs->addTab(makeFileRestoreTab(), tr("Restore from a file"));
    // Every tab title whole (1024 pixels wide screens have room for them), measured with the
    // style's fonts.
    m_tabs->tabBar()->ensurePolished();
    setMinimumWidth(std::max(620, m_tabs->tabBar()->sizeHint().width() + 40));

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

    m_progress = new QProgressBar;
    m_progress->setRange(0, 0); // busy: the work says nothing of its progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(12);
    m_progress->hide();
    layout->addWidget(m_progress);
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
            tr("Spreadsheets (*.csv *.xlsx *.xls *.txt *.tsv);;All files (*)"));
    };
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_backupFilePrompt = [this] {
        return QFileDialog::getOpenFileName(this, tr("Backup file to restore"), QString(),
            tr("ReCaisse backups (*.recaisse-backup);;All files (*)"));
    };
}

namespace {

QLineEdit *secretField(const char *name, const QString &placeholder = {})
{
    auto *field = new QLineEdit;
    field->setObjectName(QString::fromLatin1(name));
    field->setEchoMode(QLineEdit::Password);
    field->setPlaceholderText(placeholder);
    return field;
}

QLineEdit *namedField(const char *name, const QString &text = {})
{
    auto *field = new QLineEdit(text);
    field->setObjectName(QString::fromLatin1(name));
    return field;
}

QPushButton *primaryButton(const char *name, const QString &text)
{
    auto *button = new QPushButton(text);
    button->setObjectName(QString::fromLatin1(name));
    button->setProperty("primary", true);
    button->setMinimumHeight(48);
    return button;
}

// Without the recovery kit, the station comes back through the shop's other stations.
QLabel *withoutKitNote()
{
    auto *note = new QLabel(
        FirstStartDialog::tr("No recovery kit? Join the shop instead (second tab): an "
                             "administrator approves this computer from another station."));
    note->setWordWrap(true);
    return note;
}

// The restored station's administrator and their PIN, on one line.
QHBoxLayout *adminRow(QLineEdit *name, QLineEdit *pin)
{
    auto *row = new QHBoxLayout;
    row->addWidget(name, 1);
    auto *label = new QLabel(FirstStartDialog::tr("PIN"));
    label->setBuddy(pin);
    row->addWidget(label);
    row->addWidget(pin, 1);
    return row;
}

} // namespace

QWidget *FirstStartDialog::makeDriveRestoreTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_restoreUrl = namedField("restoreAddress");
    m_restoreUrl->setPlaceholderText(
        QStringLiteral("https://123456.connect.kdrive.infomaniak.com"));
    m_restoreUser = namedField("restoreUser");
    m_restoreUser->setPlaceholderText(tr("e-mail of the kDrive account"));
    m_restorePassword = secretField("restorePassword", tr("application password"));
    m_restoreCode = namedField("restoreStationCode", QStringLiteral("CAISSE1"));
    m_restoreCode->setMinimumWidth(120);
    m_listPoints = new QPushButton(tr("Show the points"));
    m_listPoints->setObjectName(QStringLiteral("listRestorePoints"));
    m_listPoints->setMinimumWidth(m_listPoints->sizeHint().width());
    auto *code = new QHBoxLayout;
    code->addWidget(m_restoreCode, 1);
    code->addWidget(m_listPoints);
    m_points = new QListWidget;
    m_points->setObjectName(QStringLiteral("restorePoints"));
    m_points->setMaximumHeight(64);
    m_driveKey = namedField("driveRecoveryKey");
    m_driveKey->setPlaceholderText(
        tr("the recovery kit's key, or a join code from an administrator"));
    m_driveAdmin = namedField("driveAdmin", tr("Admin"));
    m_driveAdminPin = secretField("driveAdminPin");
    m_restoreDrive = primaryButton("restoreFromDrive", tr("Restore this station"));
    form->addRow(tr("kDrive address"), m_restoreUrl);
    form->addRow(tr("User"), m_restoreUser);
    form->addRow(tr("App password"), m_restorePassword);
    form->addRow(tr("Station to restore"), code);
    form->addRow(tr("Restore point"), m_points);
    form->addRow(tr("Recovery key or join code"), m_driveKey);
    form->addRow(tr("Administrator"), adminRow(m_driveAdmin, m_driveAdminPin));
    auto *note = new QLabel(
        tr("No recovery kit? Type a join code an administrator made: they approve the restore "
           "of this station from an administration station, and the lost computer's keys stop "
           "being accepted."));
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(m_restoreDrive);
    connect(m_listPoints, &QPushButton::clicked, this, &FirstStartDialog::listRestorePoints);
    connect(m_restoreDrive, &QPushButton::clicked, this, &FirstStartDialog::restoreFromDrive);
    return tab;
}

QWidget *FirstStartDialog::makeFileRestoreTab()
{
    auto *tab = new QWidget;
    auto *form = new QFormLayout(tab);
    m_backupFile = namedField("backupFile");
    m_backupFile->setPlaceholderText(tr("a .recaisse-backup file, e.g. on the USB key"));
    auto *choose = new QPushButton(tr("Choose…"));
    choose->setObjectName(QStringLiteral("chooseBackupFile"));
    auto *file = new QHBoxLayout;
    file->addWidget(m_backupFile, 1);
    file->addWidget(choose);
    m_fileKey = namedField("fileRecoveryKey");
    m_fileKey->setPlaceholderText(tr("8 groups of 4 letters and digits, on the recovery kit"));
    m_fileAdmin = namedField("fileAdmin", tr("Admin"));
    m_fileAdminPin = secretField("fileAdminPin");
    m_restoreFile = primaryButton("restoreFromFile", tr("Restore from this file"));
    auto *detached = new QLabel(
        tr("The station restored from a file starts a new numbering series and is not "
           "connected to kDrive: join the shop again, or restore from kDrive, to sync."));
    detached->setWordWrap(true);
    form->addRow(tr("Backup file"), file);
    form->addRow(tr("Recovery key"), m_fileKey);
    form->addRow(tr("Administrator"), adminRow(m_fileAdmin, m_fileAdminPin));
    form->addRow(detached);
    form->addRow(withoutKitNote());
    form->addRow(m_restoreFile);
    connect(choose, &QPushButton::clicked, this, &FirstStartDialog::chooseBackupFile);
    connect(m_restoreFile, &QPushButton::clicked, this, &FirstStartDialog::restoreFromFile);
    return tab;
}

void FirstStartDialog::chooseBackupFile()
{
    const QString file = m_backupFilePrompt ? m_backupFilePrompt() : QString();
    if (!file.isEmpty())
        m_backupFile->setText(file);
}

void FirstStartDialog::listRestorePoints()
{
    auto settings = SyncAccount::validate(
        m_restoreUrl->text(), m_restoreUser->text(), m_restorePassword->text());
    if (!settings) {
        m_message->setText(settings.error().message);
        return;
    }
    const QString password = m_restorePassword->text();
    const QString code = m_restoreCode->text().trimmed().toUpper();
    const QString key = m_driveKey->text();
    const QString path = m_path;
    const AccountSettings account = *settings;
    auto points = std::make_shared<QList<RestorePoint>>();
    m_points->clear();
    runJob(
        [account, password, code, key, path, points]() -> QString {
            WebDavClient client(DavAccount{account.url, account.user, password});
            const auto list = [&]() -> RemoteResult<QList<RestorePoint>> {
                if (joincode::normalized(key).isEmpty())
                    return StationRekey::restorePoints(client, key, code);
                // A join code: the points once an administrator approved this computer's
                // request to restore the station (the same request the restore continues).
                core::SystemClock clock;
                auto step = requestToJoin(client, path, key, code, core::StationKind::Register,
                    clock, JoinKeyStore::keychain(), true);
                if (!step)
                    return step.error();
                if (!step->approved)
                    return RemoteError{Failure::Local, 0,
                        FirstStartDialog::tr(
                            "Waiting for an administrator's approval… On an administration "
                            "station, the sync page shows that this computer asks to restore %1: "
                            "check that its fingerprint is %2, approve it, then press \"Show the "
                            "points\" here again.")
                            .arg(code, step->request.fingerprint()),
                        -1};
                return approvedRestorePoints(client, *step);
            };
            auto listed = list();
            if (!listed)
                return listed.error().message;
            *points = *listed;
            return points->isEmpty()
                ? FirstStartDialog::tr("Station %1 has no restore point yet: restoring it "
                                       "rebuilds it from its journal on kDrive.")
                      .arg(code)
                : QString();
        },
        [this, points] {
            const QLocale locale;
            for (const RestorePoint &point : std::as_const(*points)) {
                const QString when =
                    locale.toString(point.createdUtc.toLocalTime(), QLocale::ShortFormat);
                const QString documents = point.documents < 0
                    ? tr("documents not counted")
                    : tr("%n document(s)", nullptr,
                        int(std::min<qint64>(point.documents, std::numeric_limits<int>::max())));
                auto *item = new QListWidgetItem(
                    QStringLiteral("%1 — %2 — %3")
                        .arg(when,
                            point.stationCode.isEmpty() ? m_restoreCode->text().toUpper()
                                                        : point.stationCode,
                            documents));
                item->setData(Qt::UserRole, point.name);
                m_points->addItem(item);
            }
            if (m_points->count() > 0)
                m_points->setCurrentRow(0);
            emit jobFinished(!points->isEmpty());
        });
}

void FirstStartDialog::restoreFromDrive()
{
    auto settings = SyncAccount::validate(
        m_restoreUrl->text(), m_restoreUser->text(), m_restorePassword->text());
    if (!settings) {
        m_message->setText(settings.error().message);
        return;
    }
    if (m_driveKey->text().trimmed().isEmpty()) {
        m_message->setText(tr("Type the recovery key of the shop's recovery kit, or a join code "
                              "an administrator made."));
        m_driveKey->setFocus();
        return;
    }
    const QString path = m_path;
    const QString password = m_restorePassword->text();
    const QString code = m_restoreCode->text().trimmed().toUpper();
    const QString key = m_driveKey->text();
    const RestoringUser by{m_driveAdmin->text().trimmed(), m_driveAdminPin->text()};
    const QString point = m_points->currentItem()
        ? m_points->currentItem()->data(Qt::UserRole).toString()
        : QString();
    const AccountSettings account = *settings;
    // A join code instead of the recovery key: a restore an administrator approves.
    const bool approved = !joincode::normalized(key).isEmpty();
    auto waiting = std::make_shared<QString>();
    runJob(
        [path, account, password, code, key, by, point, approved, waiting]() -> QString {
            core::SystemClock clock;
            WebDavClient client(DavAccount{account.url, account.user, password});
            const auto restore = [&]() -> RemoteResult<RestoredStation> {
                if (!approved)
                    return StationRekey::restoreStation(client, key, code, path, clock, by, point);
                auto step = requestToJoin(client, path, key, code, core::StationKind::Register,
                    clock, JoinKeyStore::keychain(), true);
                if (!step)
                    return step.error();
                if (!step->approved) {
                    *waiting = step->request.fingerprint();
                    return RemoteError{Failure::Local, 0,
                        FirstStartDialog::tr(
                            "Waiting for an administrator's approval… On an administration "
                            "station, "
                            "the sync page shows that this computer asks to restore %1: check that "
                            "its fingerprint is %2, approve it, then press \"Restore this "
                            "station\" "
                            "here again.")
                            .arg(code, step->request.fingerprint()),
                        -1};
                }
                return completeRestore(client, path, *step, clock, by, point);
            };
            auto restored = restore();
            if (!restored)
                return restored.error().message;
            // The restored station's new keys and the account, as the CLI's restore keeps them.
            auto kept = SiteKeyStore::save(restored->keys);
            if (kept)
                kept = SyncAccount::save(*restored->store, account, password);
            if (!kept) {
                restored->store.reset();
                core::Database::removeFiles(path);
                return kept.error().message;
            }
            return QString();
        },
        [this, waiting] {
            const bool ok = waiting->isEmpty() && m_message->text().isEmpty();
            emit jobFinished(ok);
            if (ok)
                accept();
        });
}

void FirstStartDialog::restoreFromFile()
{
    const QString file = m_backupFile->text().trimmed();
    if (file.isEmpty()) {
        m_message->setText(tr("Choose the backup file to restore."));
        return;
    }
    const QString path = m_path;
    const QString key = m_fileKey->text();
    const RestoringUser by{m_fileAdmin->text().trimmed(), m_fileAdminPin->text()};
    runJob([path, file, key, by]() -> QString {
        core::SystemClock clock;
        auto restored = core::BackupFile::restore(file, path, clock, key, by);
        return restored ? QString() : restored.error().message;
    });
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
    const QList<QPushButton *> buttons{
        m_create, m_join, m_listPoints, m_restoreDrive, m_restoreFile};
    for (QPushButton *button : buttons)
        button->setEnabled(false);
    m_progress->show();
    m_message->setText(tr("Working…"));
    m_job = runInBackground(
        this, std::move(job), [this, buttons, after = std::move(after)](const QString &failure) {
            m_job = nullptr;
            for (QPushButton *button : buttons)
                button->setEnabled(true);
            m_progress->hide();
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
