#include "loginscreen.h"

#include "branding.h"
#include "core/admin/sites.h"
#include "core/demoshop.h"
#include "core/store.h"
#include "helptopics.h"
#include "pinkeypad.h"
#include "touchkeyboard.h"

#include <QButtonGroup>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr int maxPinLength = 8;
constexpr int tileColumns = 3;
constexpr int tileHeight = 72;
const char userIdProperty[] = "userId";

QString capitalized(QString text)
{
    if (!text.isEmpty())
        text[0] = text.at(0).toUpper();
    return text;
}
} // namespace

LoginScreen::LoginScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_users(store)
{
    setObjectName(QStringLiteral("loginScreen"));
    m_newPinPrompt = [this](const QString &name) -> std::optional<QString> {
        bool ok = false;
        const QString first = QInputDialog::getText(this, tr("New PIN"),
            tr("%1, choose a new PIN of %2 to 8 digits:")
                .arg(name)
                .arg(core::Users::minAdministratorPinDigits),
            QLineEdit::Password, QString(), &ok);
        if (!ok || first.isEmpty())
            return std::nullopt;
        const QString again = QInputDialog::getText(this, tr("New PIN"),
            tr("Type the new PIN again:"), QLineEdit::Password, QString(), &ok);
        if (!ok)
            return std::nullopt;
        if (again != first) {
            showError(tr("The two PINs differ: try again."));
            return std::nullopt;
        }
        return first;
    };

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(createTopBand());
    m_demoBanner = createDemoBanner();
    layout->addWidget(m_demoBanner);

    auto *body = new QWidget(this);
    auto *bodyLayout = new QHBoxLayout(body);
    bodyLayout->setContentsMargins(24, 20, 24, 20);
    bodyLayout->setSpacing(32);
    layout->addWidget(body, 1);

    // Left: who are you?
    auto *usersPane = new QWidget(body);
    auto *usersLayout = new QVBoxLayout(usersPane);
    usersLayout->setContentsMargins(0, 0, 0, 0);
    auto *usersTitle = new QLabel(tr("Who are you?"), usersPane);
    usersTitle->setObjectName(QStringLiteral("sectionTitle"));
    usersLayout->addWidget(usersTitle);

    auto *scroll = new QScrollArea(usersPane);
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
    m_noUserLabel = new QLabel(tr("No active user on this station."), m_tileContainer);
    m_noUserLabel->setWordWrap(true);
    tileOuter->addWidget(m_noUserLabel);
    tileOuter->addStretch(1);
    scroll->setWidget(m_tileContainer);
    usersLayout->addWidget(scroll, 1);
    bodyLayout->addWidget(usersPane, 3);

    m_tiles = new QButtonGroup(this);
    m_tiles->setExclusive(true);
    connect(m_tiles, &QButtonGroup::buttonClicked, this, [this] { clearError(); });

    // Right: the PIN and its keypad.
    auto *pinPane = new QFrame(body);
    pinPane->setObjectName(QStringLiteral("pinPane"));
    auto *pinLayout = new QVBoxLayout(pinPane);
    pinLayout->setContentsMargins(24, 8, 24, 8);
    pinLayout->setSpacing(8);
    auto *pinTitle = new QLabel(tr("Your PIN"), pinPane);
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
    connect(m_pinField, &QLineEdit::textEdited, this, [this] { clearError(); });
    pinLayout->addWidget(m_pinField);

    m_errorLabel = new QLabel(pinPane);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setAlignment(Qt::AlignCenter);
    m_errorLabel->setMinimumHeight(32);
    pinLayout->addWidget(m_errorLabel);

    pinLayout->addWidget(createKeypad(), 0, Qt::AlignHCenter);
    pinLayout->addStretch(1);
    bodyLayout->addWidget(pinPane, 2, Qt::AlignTop);

    reset();
}

QWidget *LoginScreen::createTopBand()
{
    auto *band = new QFrame(this);
    band->setObjectName(QStringLiteral("topBand"));
    auto *layout = new QHBoxLayout(band);
    layout->setContentsMargins(24, 8, 24, 8);

    m_logo = new QLabel(band);
    m_logo->setObjectName(QStringLiteral("siteLogo"));
    m_logo->hide();
    layout->addWidget(m_logo, 0, Qt::AlignVCenter);
    m_siteName = new QLabel(m_store.site().name, band);
    m_siteName->setObjectName(QStringLiteral("siteName"));
    layout->addWidget(m_siteName, 1);

    auto *right = new QVBoxLayout();
    right->setSpacing(2);
    auto *station =
        new QLabel(tr("Station %1 · %2")
                       .arg(m_store.station().code, core::displayName(m_store.station().kind)),
            band);
    station->setObjectName(QStringLiteral("stationLabel"));
    station->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    right->addWidget(station);
    m_dateLabel = new QLabel(band);
    m_dateLabel->setObjectName(QStringLiteral("dateLabel"));
    m_dateLabel->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    right->addWidget(m_dateLabel);
    layout->addLayout(right);
    layout->addSpacing(16);
    layout->addWidget(Help::button(band, [] { return HelpTopic::Login; }));
    return band;
}

QWidget *LoginScreen::createDemoBanner()
{
    auto *banner = new QFrame(this);
    banner->setObjectName(QStringLiteral("demoBanner"));
    auto *layout = new QVBoxLayout(banner);
    layout->setContentsMargins(24, 10, 24, 10);
    layout->setSpacing(4);

    auto *title = new QLabel(tr("DEMO SHOP — fictitious data"), banner);
    title->setObjectName(QStringLiteral("demoTitle"));
    layout->addWidget(title);

    QStringList people;
    for (const core::DemoPerson &person : core::demoPeople()) {
        const auto role = core::roleFromKey(QString::fromLatin1(person.roleKey));
        // Lines break between people, never inside one.
        people << tr("%1 (%2): PIN %3")
                      .arg(QString::fromUtf8(person.name),
                          role ? core::displayName(*role) : QString::fromLatin1(person.roleKey),
                          QString::fromLatin1(person.pin))
                      .replace(QLatin1Char(' '), QChar(QChar::Nbsp));
    }
    auto *list = new QLabel(tr("Try it with: %1").arg(people.join(QStringLiteral(" · "))), banner);
    list->setObjectName(QStringLiteral("demoPeople"));
    list->setWordWrap(true);
    layout->addWidget(list);
    return banner;
}

QWidget *LoginScreen::createKeypad()
{
    auto *keypad = new PinKeypad(68, this);
    m_okButton = keypad->okButton();
    connect(keypad, &PinKeypad::digitPressed, this, &LoginScreen::appendDigit);
    connect(keypad, &PinKeypad::clearPressed, this, [this] {
        clearPin();
        clearError();
    });
    connect(keypad, &PinKeypad::okPressed, this, &LoginScreen::submit);
    return keypad;
}

void LoginScreen::reset()
{
    // The branding may have changed in the back office since the last time.
    if (const auto site = core::Sites(m_store).branding()) {
        m_siteName->setText(site->name);
        branding::showLogo(m_logo, site->logo);
    }
    m_dateLabel->setText(
        capitalized(QLocale(QLocale::French).toString(m_store.today(), QLocale::LongFormat)));
    m_demoBanner->setVisible(m_store.isDemo());
    reloadUsers();
    clearPin();
    clearError();
}

void LoginScreen::reloadUsers()
{
    const QList<QAbstractButton *> old = m_tiles->buttons();
    for (QAbstractButton *button : old) {
        m_tiles->removeButton(button);
        delete button;
    }

    const QList<core::UserInfo> users = m_users.list();
    QWidget *previous = nullptr;
    int index = 0;
    for (const core::UserInfo &user : users) {
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
        if (previous)
            setTabOrder(previous, tile);
        previous = tile;
        ++index;
    }
    m_noUserLabel->setVisible(users.isEmpty());
    if (previous)
        setTabOrder(previous, m_pinField);
    setTabOrder(m_pinField, m_okButton);
}

QString LoginScreen::selectedUserId() const
{
    const QAbstractButton *tile = m_tiles->checkedButton();
    return tile ? tile->property(userIdProperty).toString() : QString();
}

void LoginScreen::selectUser(const QString &userId)
{
    const QList<QAbstractButton *> tiles = m_tiles->buttons();
    for (QAbstractButton *tile : tiles) {
        if (tile->property(userIdProperty).toString() == userId) {
            tile->setChecked(true);
            clearError();
            return;
        }
    }
}

void LoginScreen::appendDigit(const QString &digit)
{
    if (m_pinField->text().size() < maxPinLength)
        m_pinField->setText(m_pinField->text() + digit);
    clearError();
}

void LoginScreen::clearPin()
{
    m_pinField->clear();
}

void LoginScreen::submit()
{
    const QString userId = selectedUserId();
    if (userId.isEmpty()) {
        showError(tr("Choose your name first"));
        return;
    }
    const QString pin = m_pinField->text();
    if (pin.isEmpty()) {
        showError(tr("Type your PIN"));
        m_pinField->setFocus();
        return;
    }

    auto actor = m_users.login(userId, pin);
    clearPin();
    if (!actor && actor.error().code == core::ErrorCode::PinChangeRequired) {
        chooseNewPin(userId, pin, actor.error().message);
        return;
    }
    finishLogin(actor);
}

void LoginScreen::finishLogin(const core::Result<core::Actor> &actor)
{
    if (!actor) {
        showError(actor.error().message);
        m_pinField->setFocus();
        return;
    }
    clearError();
    emit loggedIn(actor.value());
}

void LoginScreen::setNewPinPrompt(NewPinPrompt prompt)
{
    m_newPinPrompt = std::move(prompt);
}

void LoginScreen::chooseNewPin(
    const QString &userId, const QString &currentPin, const QString &reason)
{
    const auto user = m_users.find(userId);
    const QString name = user ? user->name : QString();
    showError(reason);
    const auto chosen = m_newPinPrompt ? m_newPinPrompt(name) : std::nullopt;
    if (!chosen) {
        m_pinField->setFocus();
        return;
    }
    finishLogin(m_users.changeOwnPin(userId, currentPin, *chosen));
}

void LoginScreen::showError(const QString &message)
{
    m_errorLabel->setText(message);
}

void LoginScreen::clearError()
{
    m_errorLabel->clear();
}

void LoginScreen::keyPressEvent(QKeyEvent *event)
{
    // Keys the focused tile or button did not use end up here: they all go to the PIN.
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
        submit();
        return;
    case Qt::Key_Escape:
        clearPin();
        clearError();
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
    QWidget::keyPressEvent(event);
}

bool LoginScreen::eventFilter(QObject *watched, QEvent *event)
{
    // QLineEdit lets Return travel on to its parent after returnPressed(): handle it once, here.
    if (watched == m_pinField && event->type() == QEvent::KeyPress) {
        switch (static_cast<QKeyEvent *>(event)->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            submit();
            return true;
        case Qt::Key_Escape:
            clearPin();
            clearError();
            return true;
        default:
            break;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace recaisse::ui
