#include "firststartdialog.h"

#include "backgroundjob.h"
#include "core/clock.h"
#include "core/store.h"
#include "core/sync/account.h"
#include "core/sync/joinshop.h"
#include "ui/common/helptopics.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
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
    m_siteName->setPlaceholderText(tr("e.g. Ressourcerie du Port"));
    m_newCode = new QLineEdit(QStringLiteral("CAISSE1"));
    m_adminName = new QLineEdit(tr("Admin"));
    m_adminPin = new QLineEdit;
    m_adminPin->setEchoMode(QLineEdit::Password);
    m_adminPin->setPlaceholderText(tr("6 to 8 digits"));
    createForm->addRow(tr("Shop name"), m_siteName);
    createForm->addRow(tr("Code of this station"), m_newCode);
    createForm->addRow(tr("Administrator"), m_adminName);
    createForm->addRow(tr("Administrator's PIN"), m_adminPin);
    m_create = new QPushButton(tr("Create the shop"));
    m_create->setProperty("primary", true);
    m_create->setMinimumHeight(48);
    createForm->addRow(m_create);
    m_tabs->addTab(create, tr("New shop"));

    auto *join = new QWidget;
    auto *joinForm = new QFormLayout(join);
    m_url = new QLineEdit;
    m_url->setPlaceholderText(QStringLiteral("https://123456.connect.kdrive.infomaniak.com"));
    m_user = new QLineEdit;
    m_user->setPlaceholderText(tr("e-mail of the kDrive account"));
    m_password = new QLineEdit;
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("application password"));
    m_joinCode = new QLineEdit(QStringLiteral("CAISSE2"));
    m_kind = new QComboBox;
    m_kind->addItem(tr("Register"), QStringLiteral("register"));
    m_kind->addItem(tr("Reception"), QStringLiteral("reception"));
    m_kind->addItem(tr("Back office"), QStringLiteral("backoffice"));
    joinForm->addRow(tr("kDrive address"), m_url);
    joinForm->addRow(tr("User"), m_user);
    joinForm->addRow(tr("App password"), m_password);
    joinForm->addRow(tr("Code of this station"), m_joinCode);
    joinForm->addRow(tr("Kind of station"), m_kind);
    m_join = new QPushButton(tr("Join the shop"));
    m_join->setProperty("primary", true);
    m_join->setMinimumHeight(48);
    joinForm->addRow(m_join);
    m_tabs->addTab(join, tr("Join a shop from kDrive"));
    layout->addWidget(m_tabs);

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
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

FirstStartDialog::~FirstStartDialog()
{
    if (m_job)
        m_job->wait();
}

QString FirstStartDialog::message() const
{
    return m_message->text();
}

void FirstStartDialog::runJob(std::function<QString()> job)
{
    m_create->setEnabled(false);
    m_join->setEnabled(false);
    m_message->setText(tr("Working…"));
    m_job = runInBackground(this, std::move(job), [this](const QString &failure) {
        m_job = nullptr;
        m_create->setEnabled(true);
        m_join->setEnabled(true);
        m_message->setText(failure);
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
    runJob([setup, path]() -> QString {
        core::SystemClock clock;
        auto store = core::Store::create(path, setup, clock);
        return store ? QString() : store.error().message;
    });
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
    const auto kind = core::stationKindFromKey(m_kind->currentData().toString())
                          .value_or(core::StationKind::Register);
    const AccountSettings account = *settings;
    runJob([path, password, code, kind, account]() -> QString {
        core::SystemClock clock;
        WebDavClient client(DavAccount{account.url, account.user, password});
        // A missing folder is not created here: joining needs the shop its first station
        // published, so the address is the one to check.
        if (auto connected = client.testConnection(); !connected)
            return WebDavClient::isMissingFolder(connected.error())
                ? connected.error().message + QLatin1Char('\n')
                    + FirstStartDialog::tr("No shop was published at this address: check it. The "
                                           "folder is made when the shop's first station sets up "
                                           "its kDrive account.")
                : connected.error().message;
        // A first sync cut short is finished by the background sync.
        auto joined = core::sync::joinShop(client, account, password, path, code, kind, clock);
        return joined ? QString() : joined.error().message;
    });
}

} // namespace recaisse::ui
