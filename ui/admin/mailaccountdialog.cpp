#include "mailaccountdialog.h"

#include "core/clock.h"
#include "core/mail/mimemessage.h"
#include "core/mail/scheduledreports.h"
#include "core/store.h"
#include "core/users.h"
#include "ui/sync/backgroundjob.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace recaisse::ui {

using core::mail::MailAccount;
using core::mail::MailAccountSettings;
using core::mail::SmtpSecurity;

namespace {

// The usual port of each security: chosen with it unless the person typed another.
int usualPort(SmtpSecurity security)
{
    switch (security) {
    case SmtpSecurity::StartTls:
        return 587;
    case SmtpSecurity::Tls:
        return 465;
    case SmtpSecurity::Plain:
        return 25;
    }
    return 587;
}

} // namespace

MailAccountDialog::MailAccountDialog(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_mayChange(core::Users(store).may(actor, core::Permission::ManageSettings))
{
    setObjectName(QStringLiteral("mailAccountDialog"));
    setWindowTitle(tr("Mail account"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The server through which this station sends the scheduled "
                                "reports. Your provider gives these settings (often under "
                                "« SMTP »)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    // Published in the shop's signed configuration: read-only away from an administration
    // station, where only the password is this station's own.
    m_sharedEditable = MailAccount::sharedEditableHere(store);
    m_readOnly = new QLabel(MailAccount::readOnlyReason(), this);
    m_readOnly->setObjectName(QStringLiteral("mailReadOnly"));
    m_readOnly->setWordWrap(true);
    m_readOnly->setVisible(!m_sharedEditable);
    layout->addWidget(m_readOnly);

    auto *form = new QFormLayout;
    m_host = new QLineEdit(this);
    m_host->setObjectName(QStringLiteral("mailHost"));
    m_host->setPlaceholderText(tr("smtp.example.org"));
    form->addRow(tr("Server"), m_host);
    m_security = new QComboBox(this);
    m_security->setObjectName(QStringLiteral("mailSecurity"));
    m_security->addItem(tr("STARTTLS (usually port 587)"), toKey(SmtpSecurity::StartTls));
    m_security->addItem(tr("TLS (usually port 465)"), toKey(SmtpSecurity::Tls));
    m_security->addItem(tr("None (local network only)"), toKey(SmtpSecurity::Plain));
    form->addRow(tr("Security"), m_security);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("mailPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(587);
    form->addRow(tr("Port"), m_port);
    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("mailUser"));
    m_user->setPlaceholderText(tr("empty: the server asks for no login"));
    form->addRow(tr("Login"), m_user);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("mailPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Password"), m_password);
    m_from = new QLineEdit(this);
    m_from->setObjectName(QStringLiteral("mailFrom"));
    m_from->setPlaceholderText(tr("caisse@example.org"));
    form->addRow(tr("Sender"), m_from);
    layout->addLayout(form);

    auto *testRow = new QHBoxLayout;
    m_testAddress = new QLineEdit(this);
    m_testAddress->setObjectName(QStringLiteral("mailTestAddress"));
    m_testAddress->setPlaceholderText(tr("name@example.org"));
    m_test = new QPushButton(tr("Send a test e-mail"), this);
    m_test->setObjectName(QStringLiteral("mailTestButton"));
    m_test->setToolTip(tr("Sends a short message through the settings above, before they are "
                          "saved."));
    testRow->addWidget(new QLabel(tr("Test to"), this));
    testRow->addWidget(m_testAddress, 1);
    testRow->addWidget(m_test);
    layout->addLayout(testRow);
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("mailAccountResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_result);

    auto *buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("Save"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("mailSaveButton"));
    m_close = buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(buttons);

    // The saved account; the password is never read back, only said to be kept.
    if (auto loaded = MailAccount::load(store); loaded && *loaded) {
        m_loaded = **loaded;
        m_host->setText(m_loaded->host);
        m_security->setCurrentIndex(m_security->findData(toKey(m_loaded->security)));
        m_port->setValue(m_loaded->port);
        m_user->setText(m_loaded->user);
        m_from->setText(m_loaded->from);
        if (!m_loaded->user.isEmpty())
            m_password->setPlaceholderText(tr("kept in the keychain: leave empty to keep it"));
    } else if (!loaded) {
        m_result->setText(loaded.error().message);
    }
    if (!m_mayChange)
        m_result->setText(tr("Only an administrator can change the mail account."));

    connect(m_security, &QComboBox::currentIndexChanged, this, &MailAccountDialog::securityChosen);
    connect(m_save, &QPushButton::clicked, this, &MailAccountDialog::save);
    connect(m_test, &QPushButton::clicked, this, &MailAccountDialog::sendTest);
    connect(m_close, &QPushButton::clicked, this, &QDialog::reject);
    updateButtons();
}

MailAccountDialog::~MailAccountDialog()
{
    if (m_job) {
        m_job->wait();
        delete m_job;
    }
}

void MailAccountDialog::securityChosen()
{
    // The port follows the security while it is one of the usual ports.
    const int port = m_port->value();
    if (port == 25 || port == 465 || port == 587) {
        const auto security = core::mail::smtpSecurityFromKey(m_security->currentData().toString());
        if (security)
            m_port->setValue(usualPort(*security));
    }
}

MailAccountSettings MailAccountDialog::settings() const
{
    MailAccountSettings s;
    s.host = m_host->text().trimmed();
    s.port = m_port->value();
    s.security = core::mail::smtpSecurityFromKey(m_security->currentData().toString())
                     .value_or(SmtpSecurity::StartTls);
    s.user = m_user->text().trimmed();
    s.from = m_from->text().trimmed();
    if (m_loaded)
        s.caFile = m_loaded->caFile; // set with recaisse-cli only (a private authority)
    return s;
}

void MailAccountDialog::updateButtons()
{
    for (QPushButton *button : {m_save, m_test})
        button->setEnabled(m_mayChange && !m_job);
    for (QWidget *field :
        std::initializer_list<QWidget *>{m_host, m_port, m_security, m_user, m_from})
        field->setEnabled(m_mayChange && m_sharedEditable);
    m_password->setEnabled(m_mayChange);
}

void MailAccountDialog::runJob(const QString &doing, std::function<Outcome()> job)
{
    m_result->setText(doing);
    m_job = runInBackground<Outcome>(this, std::move(job), [this](const Outcome &outcome) {
        m_job = nullptr;
        m_result->setText(outcome.message);
        if (outcome.saved) {
            m_saved = true;
            if (!m_user->text().trimmed().isEmpty())
                m_password->setPlaceholderText(tr("kept in the keychain: leave empty to keep it"));
        }
        updateButtons();
        emit jobFinished();
    });
    updateButtons();
}

void MailAccountDialog::save()
{
    if (m_job || !m_mayChange)
        return;
    const QString path = m_store.db().path();
    const core::Actor actor = m_actor;
    const MailAccountSettings account = settings();
    const QString password = m_password->text();
    // The password leaves the form: it is not kept on screen once handed over.
    m_password->clear();
    runJob(tr("Saving…"), [path, actor, account, password]() -> Outcome {
        core::SystemClock clock;
        auto store = core::Store::open(path, clock, QStringLiteral("mail-account"));
        if (!store)
            return {false, store.error().message};
        if (auto saved = MailAccount::save(**store, actor, account, password); !saved)
            return {false, saved.error().message};
        return {true, tr("Mail account saved: reports go through %1.").arg(account.host)};
    });
}

void MailAccountDialog::sendTest()
{
    if (m_job || !m_mayChange)
        return;
    const QString to = m_testAddress->text().trimmed();
    if (!core::mail::MailAddress::isValid(to)) {
        m_result->setText(core::mail::MailAddress::invalid(to).message);
        return;
    }
    const QString path = m_store.db().path();
    const MailAccountSettings account = settings();
    const QString password = m_password->text();
    runJob(tr("Sending a test e-mail to %1…").arg(to), [path, account, password, to]() -> Outcome {
        core::SystemClock clock;
        auto store = core::Store::open(path, clock, QStringLiteral("mail-test"));
        if (!store)
            return {false, store.error().message};
        auto server = MailAccount::serverFor(**store, account, password);
        if (!server)
            return {false, server.error().message};
        auto sent = core::mail::ScheduledReports(**store).sendTest(to, *server, account.from);
        if (!sent)
            return {false, sent.error().message};
        return {false,
            sent->accepted()
                ? tr("Test e-mail sent to %1: the server accepted it. Check that it arrived.")
                      .arg(to)
                : tr("The test e-mail was not sent: %1").arg(sent->message)};
    });
}

} // namespace recaisse::ui
