#include "memberdialog.h"

#include "core/money.h"
#include "core/store.h"
#include "ui/common/amountkeypad.h"
#include "ui/common/keytext.h"

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr int buttonHeight = 56;

QPushButton *touchButton(const QString &text, const char *name, QWidget *parent)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(QString::fromLatin1(name));
    button->setFocusPolicy(Qt::NoFocus);
    button->setAutoDefault(false);
    button->setMinimumHeight(buttonHeight);
    return button;
}
} // namespace

MemberDialog::MemberDialog(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("memberDialog"));
    setWindowTitle(tr("Member"));
    setModal(true);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(24);

    auto *left = new QVBoxLayout();
    left->setSpacing(8);
    left->addWidget(new QLabel(tr("Find a member (name or number)"), this));
    m_searchField = new QLineEdit(this);
    m_searchField->setObjectName(QStringLiteral("memberSearch"));
    m_searchField->setMinimumHeight(48);
    m_searchField->setMaxLength(core::maxMemberNameLength);
    connect(m_searchField, &QLineEdit::textChanged, this, &MemberDialog::search);
    // Down goes to the list, Enter takes the member for the ticket.
    m_searchField->installEventFilter(this);
    left->addWidget(m_searchField);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("memberList"));
    m_list->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px; }"));
    m_list->setMinimumWidth(360);
    connect(m_list, &QListWidget::currentRowChanged, this, &MemberDialog::select);
    connect(m_list, &QListWidget::itemActivated, this, [this] {
        if (m_linkOffered)
            linkToTicket();
    });
    left->addWidget(m_list, 1);
    // Under the list (the fee is on the right): the member found is the ticket's.
    m_linkButton = touchButton(
        tr("For this ticket (%1)").arg(keyText(Qt::Key_Return)), "linkMemberButton", this);
    m_linkButton->setProperty("primary", true);
    m_linkButton->hide();
    connect(m_linkButton, &QPushButton::clicked, this, &MemberDialog::linkToTicket);
    left->addWidget(m_linkButton);

    left->addWidget(new QLabel(tr("Or register a new member"), this));
    m_nameField = new QLineEdit(this);
    m_nameField->setObjectName(QStringLiteral("memberName"));
    m_nameField->setPlaceholderText(tr("First name and name"));
    m_nameField->setMaxLength(core::maxMemberNameLength);
    m_nameField->setMinimumHeight(44);
    left->addWidget(m_nameField);
    m_contactField = new QLineEdit(this);
    m_contactField->setObjectName(QStringLiteral("memberContact"));
    m_contactField->setPlaceholderText(tr("Phone or e-mail (optional)"));
    m_contactField->setMaxLength(core::maxMemberContactLength);
    m_contactField->setMinimumHeight(44);
    left->addWidget(m_contactField);
    auto *registerButton = touchButton(tr("Register the member"), "registerMemberButton", this);
    connect(registerButton, &QPushButton::clicked, this, &MemberDialog::registerMember);
    left->addWidget(registerButton);
    layout->addLayout(left, 1);

    auto *right = new QVBoxLayout();
    right->setSpacing(8);
    m_selectedLabel = new QLabel(tr("No member chosen."), this);
    m_selectedLabel->setObjectName(QStringLiteral("selectedMember"));
    m_selectedLabel->setWordWrap(true);
    m_selectedLabel->setMinimumHeight(60);
    right->addWidget(m_selectedLabel);
    right->addWidget(new QLabel(tr("Amount of the fee"), this));
    m_amountField = new QLineEdit(this);
    m_amountField->setObjectName(QStringLiteral("feeAmount"));
    m_amountField->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_amountField->setMinimumHeight(52);
    m_amountField->setMaxLength(16);
    right->addWidget(m_amountField);
    AmountKeypad::Options options;
    options.keyWidth = 80;
    options.keyHeight = 52;
    right->addWidget(new AmountKeypad(m_amountField, options, this));
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setMinimumHeight(28);
    m_errorLabel->setMaximumWidth(options.rowWidth());
    right->addWidget(m_errorLabel);
    auto *methods = new QHBoxLayout();
    for (const auto &[method, name] : {std::pair{core::PaymentMethod::Cash, "feeCash"},
             std::pair{core::PaymentMethod::Card, "feeCard"},
             std::pair{core::PaymentMethod::Cheque, "feeCheque"}}) {
        auto *button = touchButton(core::displayName(method), name, this);
        connect(button, &QPushButton::clicked, this, [this, m = method] { pay(m); });
        methods->addWidget(button);
    }
    right->addLayout(methods);
    auto *cancel =
        touchButton(tr("Cancel (%1)").arg(keyText(Qt::Key_Escape)), "cancelButton", this);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    right->addWidget(cancel);
    right->addStretch(1);
    layout->addLayout(right);

    for (QLineEdit *field : {m_nameField, m_contactField, m_amountField})
        connect(field, &QLineEdit::textEdited, m_errorLabel, &QLabel::clear);
    search();
    m_searchField->setFocus();
}

void MemberDialog::offerTicketLink()
{
    m_linkOffered = true;
    m_linkButton->show();
}

bool MemberDialog::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchField && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down && m_list->count() > 0) {
            m_list->setFocus();
            m_list->setCurrentRow(qMax(0, m_list->currentRow()));
            return true;
        }
        if ((key == Qt::Key_Return || key == Qt::Key_Enter) && m_linkOffered) {
            linkToTicket();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void MemberDialog::linkToTicket()
{
    if (!m_selected && m_found.size() == 1)
        m_list->setCurrentRow(0);
    if (!m_selected) {
        showError(m_found.isEmpty() ? tr("Choose the member first.")
                                    : tr("Several members match: choose one in the list."));
        return;
    }
    m_choice = Choice{std::nullopt, m_selected};
    accept();
}

void MemberDialog::showError(const QString &message)
{
    m_errorLabel->setText(message);
}

void MemberDialog::search()
{
    const QString text = m_searchField->text().simplified();
    m_list->clear();
    m_found.clear();
    if (text.isEmpty())
        return;
    const auto found = core::Members(m_store).search(text);
    if (!found) {
        showError(found.error().message);
        return;
    }
    m_found = *found;
    const QDate today = m_store.today();
    for (const core::Member &member : std::as_const(m_found)) {
        const QString status = member.isCurrent(today)
            ? tr("member until %1")
                  .arg(QLocale().toString(member.memberUntil, QLocale::ShortFormat))
            : tr("not a member now");
        m_list->addItem(QStringLiteral("%1 · %2 · %3").arg(member.number, member.name, status));
    }
}

void MemberDialog::registerMember()
{
    const auto created =
        core::Members(m_store).create(m_actor, m_nameField->text(), m_contactField->text());
    if (!created) {
        showError(created.error().message);
        return;
    }
    m_nameField->clear();
    m_contactField->clear();
    // Found again by its number, and chosen.
    m_searchField->setText(created->number);
    if (!m_found.isEmpty())
        m_list->setCurrentRow(0);
}

void MemberDialog::select(int row)
{
    if (row < 0 || row >= m_found.size()) {
        m_selected.reset();
        m_selectedLabel->setText(tr("No member chosen."));
        return;
    }
    m_selected = m_found.at(row);
    const auto period = core::Members(m_store).nextPeriod(m_selected->id);
    if (!period) {
        showError(period.error().message);
        return;
    }
    m_selectedLabel->setText(tr("%1 (%2)\nThe fee covers %3 to %4.")
                                 .arg(m_selected->name, m_selected->number,
                                     QLocale().toString(period->first, QLocale::ShortFormat),
                                     QLocale().toString(period->second, QLocale::ShortFormat)));
    showError({});
}

void MemberDialog::pay(core::PaymentMethod method)
{
    if (!m_selected) {
        showError(tr("Choose the member first."));
        return;
    }
    const auto amount = core::money::parse(m_amountField->text(), true);
    if (!amount) {
        showError(amount.error().message);
        return;
    }
    const core::MembershipDraft draft{m_selected->id, method, *amount};
    if (auto valid = core::Members::validate(draft); !valid) {
        showError(valid.error().message);
        return;
    }
    m_draft = draft;
    m_choice = Choice{draft, std::nullopt};
    accept();
}

} // namespace recaisse::ui
