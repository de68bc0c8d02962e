#include "giftdialog.h"

#include "core/solidarity.h"
#include "ui/common/keytext.h"

#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

GiftDialog::GiftDialog(const QStringList &reasons, QWidget *parent)
    : QDialog(parent)
    , m_reasons(reasons)
{
    setObjectName(QStringLiteral("giftDialog"));
    setWindowTitle(tr("Free gift"));
    setModal(true);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(10);
    auto *title = new QLabel(
        tr("The object is given for a social action: 0 € on the ticket, counted as reuse."), this);
    title->setWordWrap(true);
    layout->addWidget(title);
    // The site's reasons, two by row (a site sets up to six).
    auto *grid = new QGridLayout();
    grid->setSpacing(10);
    for (int i = 0; i < m_reasons.size(); ++i) {
        auto *button = new QPushButton(
            QStringLiteral("%1 (%2)").arg(m_reasons.at(i), keyText(reasonKey(i))), this);
        button->setObjectName(QStringLiteral("giftReasonButton"));
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(64);
        connect(button, &QPushButton::clicked, this, [this, i] { give(m_reasons.at(i)); });
        grid->addWidget(button, i / 2, i % 2);
    }
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Another reason:"), this));
    m_reasonField = new QLineEdit(this);
    m_reasonField->setObjectName(QStringLiteral("giftReasonField"));
    m_reasonField->setMaxLength(core::Solidarity::maxReasonLength);
    m_reasonField->setMinimumHeight(48);
    layout->addWidget(m_reasonField);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setMinimumHeight(28);
    layout->addWidget(m_errorLabel);
    connect(m_reasonField, &QLineEdit::textChanged, m_errorLabel, &QLabel::clear);

    auto *buttons = new QHBoxLayout();
    auto *ok = new QPushButton(tr("Give (%1)").arg(keyText(Qt::Key_Return)), this);
    ok->setObjectName(QStringLiteral("giveButton"));
    auto *cancel = new QPushButton(tr("Cancel (%1)").arg(keyText(Qt::Key_Escape)), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton *button : {ok, cancel}) {
        button->setFocusPolicy(Qt::NoFocus);
        button->setAutoDefault(false);
        button->setMinimumHeight(56);
        buttons->addWidget(button);
    }
    connect(ok, &QPushButton::clicked, this, [this] { give(m_reasonField->text()); });
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(buttons);
    m_reasonField->setFocus();
}

void GiftDialog::give(const QString &reason)
{
    const auto checked = core::Solidarity::checkReason(reason);
    if (!checked) {
        m_errorLabel->setText(checked.error().message);
        m_reasonField->setFocus();
        return;
    }
    m_reason = *checked;
    accept();
}

void GiftDialog::keyPressEvent(QKeyEvent *event)
{
    for (int i = 0; i < m_reasons.size(); ++i) {
        if (event->key() == reasonKey(i)) {
            give(m_reasons.at(i));
            return;
        }
    }
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        give(m_reasonField->text());
        return;
    }
    QDialog::keyPressEvent(event);
}

} // namespace recaisse::ui
