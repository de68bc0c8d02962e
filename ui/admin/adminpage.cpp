#include "adminpage.h"

#include "core/result.h"
#include "core/store.h"
#include "core/users.h"

#include <QLabel>
#include <QStyle>
#include <QVBoxLayout>

namespace recaisse::ui {

AdminPage::AdminPage(
    core::Store &store, const core::Actor &actor, const QString &title, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_actor(actor)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 12, 20, 12);
    layout->setSpacing(8);
    auto *heading = new QHBoxLayout;
    auto *titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("sectionTitle"));
    heading->addWidget(titleLabel);
    heading->addStretch(1);
    if (!may(core::Permission::ManageSettings)) {
        auto *readOnly = new QLabel(tr("Read only: your role can look, not change."), this);
        readOnly->setObjectName(QStringLiteral("readOnlyNotice"));
        heading->addWidget(readOnly);
    }
    layout->addLayout(heading);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("adminMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);
    m_body = new QVBoxLayout;
    m_body->setSpacing(8);
    layout->addLayout(m_body, 1);
}

bool AdminPage::may(core::Permission permission) const
{
    return core::Users(m_store).may(m_actor, permission);
}

void AdminPage::showError(const QString &message)
{
    m_message->setText(message);
    m_message->setProperty("kind", QStringLiteral("error"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->show();
}

void AdminPage::showError(const core::Error &error)
{
    showError(error.message);
}

void AdminPage::showDone(const QString &message)
{
    m_message->setText(message);
    m_message->setProperty("kind", QStringLiteral("done"));
    m_message->style()->unpolish(m_message);
    m_message->style()->polish(m_message);
    m_message->show();
}

void AdminPage::clearMessage()
{
    m_message->clear();
    m_message->hide();
}

QString AdminPage::instant(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toTimeZone(m_store.timeZone()).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace recaisse::ui
