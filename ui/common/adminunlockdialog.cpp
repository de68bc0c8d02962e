#include "adminunlockdialog.h"

#include "core/permissions.h"
#include "core/store.h"
#include "helptopics.h"
#include "helpviewer.h"
#include "idlecountdown.h"
#include "pinkeypad.h"
#include "touchkeyboard.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QTimer>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr int maxPinLength = 8;
constexpr int tileColumns = 2;
constexpr int tileHeight = 72;
const char userIdProperty[] = "userId";

} // namespace

AdminUnlockDialog::AdminUnlockDialog(core::Store &store, const QString &actionName, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("adminUnlockDialog"));
    setWindowTitle(tr("Administrator validation"));
    setModal(true);
    setStyleSheet(
        QStringLiteral("#actionLabel { font-size: 18pt; font-weight: bold; color: #1B5E20; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *intro = new QLabel(tr("An administrator must allow:"), this);
    intro->setObjectName(QStringLiteral("figureCaption"));
    layout->addWidget(intro);
    auto *action = new QLabel(actionName, this);
    action->setObjectName(QStringLiteral("actionLabel"));
    action->setWordWrap(true);
    layout->addWidget(action);

    auto *body = new QHBoxLayout();
    body->setSpacing(24);
    layout->addLayout(body, 1);

    auto *adminsPane = new QVBoxLayout();
    auto *adminsTitle = new QLabel(tr("Administrator"), this);
    adminsTitle->setObjectName(QStringLiteral("sectionTitle"));
    adminsPane->addWidget(adminsTitle);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_tileContainer = new QWidget(scroll);
    m_tileContainer->setObjectName(QStringLiteral("tileContainer"));
    auto *tileOuter = new QVBoxLayout(m_tileContainer);
    tileOuter->setContentsMargins(0, 0, 0, 0);
    m_tileLayout = new QGridLayout();
    m_tileLayout->setSpacing(12);
    tileOuter->addLayout(m_tileLayout);
    m_noAdminLabel = new QLabel(tr("No active administrator on this station."), m_tileContainer);
    m_noAdminLabel->setWordWrap(true);
    tileOuter->addWidget(m_noAdminLabel);
    tileOuter->addStretch(1);
    scroll->setWidget(m_tileContainer);
    adminsPane->addWidget(scroll, 1);
    body->addLayout(adminsPane, 3);

    m_tiles = new QButtonGroup(this);
    m_tiles->setExclusive(true);
    connect(m_tiles, &QButtonGroup::buttonClicked, this, [this] {
        showError({});
        touched();
    });

    auto *pinPane = new QFrame(this);
    pinPane->setObjectName(QStringLiteral("pinPane"));
    auto *pinLayout = new QVBoxLayout(pinPane);
    pinLayout->setContentsMargins(20, 16, 20, 16);
    pinLayout->setSpacing(10);
    auto *pinTitle = new QLabel(tr("Administrator's PIN"), pinPane);
    pinTitle->setObjectName(QStringLiteral("sectionTitle"));
    pinLayout->addWidget(pinTitle);
    m_pinField = new QLineEdit(pinPane);
    m_pinField->setObjectName(QStringLiteral("pinField"));
    m_pinField->setEchoMode(QLineEdit::Password);
    m_pinField->setProperty(TouchKeyboard::property, false); // the PIN keypad
    m_pinField->setMaxLength(maxPinLength);
    m_pinField->setAlignment(Qt::AlignCenter);
    m_pinField->setPlaceholderText(tr("PIN"));
    m_pinField->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("\\d{0,%1}").arg(maxPinLength)), m_pinField));
    m_pinField->setMinimumHeight(56);
    m_pinField->installEventFilter(this);
    connect(m_pinField, &QLineEdit::textEdited, this, [this] {
        showError({});
        touched();
    });
    pinLayout->addWidget(m_pinField);
    m_errorLabel = new QLabel(pinPane);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    pinLayout->addWidget(m_errorLabel);
    pinLayout->addWidget(createKeypad(), 0, Qt::AlignHCenter);
    pinLayout->addStretch(1);
    body->addWidget(pinPane, 2, Qt::AlignTop);

    auto *buttons = new QHBoxLayout();
    auto *help = Help::button(this, [] { return HelpTopic::AdminUnlock; });
    help->setMinimumSize(160, 56);
    buttons->addWidget(help);
    Help::installKey(this, [] { return HelpTopic::AdminUnlock; });
    buttons->addStretch(1);
    auto *cancel = new QPushButton(tr("Cancel"), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    cancel->setMinimumSize(160, 56);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);

    m_idleTimer = new IdleCountdown(store.clock(), defaultIdleTimeoutMs, this);
    connect(m_idleTimer, &IdleCountdown::timeout, this, [this] {
        // Someone reading the manual over it is still there.
        if (HelpViewer *reader = Help::openViewer(); reader && reader->parentWidget() == this)
            m_idleTimer->start();
        else
            reject();
    });

    loadAdmins();
    // The layout keeps the keypad whole; the rest is room for the administrators' tiles.
    resize(qMax(sizeHint().width(), 880), qMax(sizeHint().height(), 640));
}

QWidget *AdminUnlockDialog::createKeypad()
{
    auto *keypad = new PinKeypad(72, this);
    m_okButton = keypad->okButton();
    connect(keypad, &PinKeypad::digitPressed, this, &AdminUnlockDialog::appendDigit);
    connect(keypad, &PinKeypad::clearPressed, this, [this] {
        m_pinField->clear();
        showError({});
        touched();
    });
    connect(keypad, &PinKeypad::okPressed, this, &AdminUnlockDialog::submit);
    return keypad;
}

void AdminUnlockDialog::loadAdmins()
{
    const QList<core::UserInfo> users = core::Users(m_store).list();
    int index = 0;
    QAbstractButton *only = nullptr;
    for (const core::UserInfo &user : users) {
        if (!user.active || !core::isAdministrator(user.role))
            continue;
        auto *tile = new QPushButton(
            user.name + QLatin1Char('\n') + core::displayName(user.role), m_tileContainer);
        tile->setObjectName(QStringLiteral("userTile"));
        tile->setProperty(userIdProperty, user.id);
        tile->setCheckable(true);
        tile->setAutoDefault(false);
        tile->setMinimumHeight(tileHeight);
        tile->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_tiles->addButton(tile);
        m_tileLayout->addWidget(tile, index / tileColumns, index % tileColumns);
        only = index == 0 ? tile : nullptr;
        ++index;
    }
    m_noAdminLabel->setVisible(index == 0);
    // A single administrator needs no choosing.
    if (only)
        only->setChecked(true);
}

std::optional<core::Unlock> AdminUnlockDialog::unlock() const
{
    return m_unlock;
}

QString AdminUnlockDialog::selectedUserId() const
{
    const QAbstractButton *tile = m_tiles->checkedButton();
    return tile ? tile->property(userIdProperty).toString() : QString();
}

void AdminUnlockDialog::selectUser(const QString &userId)
{
    const QList<QAbstractButton *> tiles = m_tiles->buttons();
    for (QAbstractButton *tile : tiles) {
        if (tile->property(userIdProperty).toString() == userId) {
            tile->setChecked(true);
            touched();
            return;
        }
    }
}

void AdminUnlockDialog::setIdleTimeout(int milliseconds)
{
    m_idleTimer->setInterval(milliseconds);
    if (m_idleTimer->isActive())
        m_idleTimer->start();
}

int AdminUnlockDialog::idleTimeout() const
{
    return m_idleTimer->interval();
}

void AdminUnlockDialog::appendDigit(const QString &digit)
{
    if (m_pinField->text().size() < maxPinLength)
        m_pinField->setText(m_pinField->text() + digit);
    showError({});
    touched();
}

void AdminUnlockDialog::submit()
{
    touched();
    const QString userId = selectedUserId();
    if (userId.isEmpty()) {
        showError(tr("Choose the administrator first"));
        return;
    }
    if (m_pinField->text().isEmpty()) {
        showError(tr("Type the administrator's PIN"));
        m_pinField->setFocus();
        return;
    }
    m_unlock = core::Unlock{userId, m_pinField->text()};
    m_idleTimer->stop();
    accept();
}

void AdminUnlockDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
}

void AdminUnlockDialog::touched()
{
    if (isVisible())
        m_idleTimer->start();
}

void AdminUnlockDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    m_idleTimer->start();
    m_pinField->setFocus();
}

void AdminUnlockDialog::keyPressEvent(QKeyEvent *event)
{
    touched();
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        submit();
        return;
    case Qt::Key_Backspace:
        m_pinField->backspace();
        return;
    default:
        break;
    }
    const QString text = event->text();
    if (text.size() == 1 && text.at(0).isDigit() && text.at(0).unicode() < 128) {
        appendDigit(text);
        m_pinField->setFocus();
        return;
    }
    // Escape rejects, as in every dialog.
    QDialog::keyPressEvent(event);
}

bool AdminUnlockDialog::eventFilter(QObject *watched, QEvent *event)
{
    // QLineEdit lets Return travel on to the dialog after returnPressed(): handle it once, here.
    if (watched == m_pinField && event->type() == QEvent::KeyPress) {
        touched();
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            submit();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

UnlockPrompt AdminUnlockDialog::prompt(core::Store &store, QWidget *parent)
{
    QPointer<QWidget> guardedParent(parent);
    return [&store, guardedParent](const QString &action) -> std::optional<core::Unlock> {
        AdminUnlockDialog dialog(store, action, guardedParent.data());
        if (dialog.exec() != QDialog::Accepted)
            return std::nullopt;
        return dialog.unlock();
    };
}

} // namespace recaisse::ui
