#include "formrow.h"

#include "ui/common/keytext.h"

#include <QBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace recaisse::ui {

QLabel *FormRow::addMessage(
    QBoxLayout *layout, QWidget *parent, const QString &objectName, bool reserveLine)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    if (reserveLine)
        label->setMinimumHeight(32);
    layout->addWidget(label);
    return label;
}

FormRow::Buttons FormRow::addButtons(QBoxLayout *layout, QWidget *parent,
    const QString &primaryText, const QString &primaryObjectName)
{
    auto *row = new QHBoxLayout();
    row->setSpacing(16);
    Buttons buttons;
    buttons.back = new QPushButton(tr("Back (%1)").arg(keyText(Qt::Key_Escape)), parent);
    buttons.back->setObjectName(QStringLiteral("cancelButton"));
    buttons.back->setAutoDefault(false);
    buttons.back->setMinimumSize(180, 64);
    buttons.back->setShortcut(QKeySequence(Qt::Key_Escape));
    row->addWidget(buttons.back);
    row->addStretch(1);
    buttons.primary = new QPushButton(primaryText, parent);
    buttons.primary->setObjectName(primaryObjectName);
    buttons.primary->setProperty("primary", true);
    buttons.primary->setAutoDefault(false);
    buttons.primary->setMinimumSize(300, 64);
    row->addWidget(buttons.primary);
    layout->addLayout(row);
    return buttons;
}

} // namespace recaisse::ui
