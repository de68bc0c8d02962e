#include "adaptivecolumns.h"

#include <QBoxLayout>
#include <QResizeEvent>

namespace recaisse::ui::admin {

AdaptiveColumns::AdaptiveColumns(QWidget *parent)
    : QWidget(parent)
    , m_layout(new QBoxLayout(QBoxLayout::LeftToRight, this))
{
    m_layout->setContentsMargins(0, 0, 0, 0);
}

void AdaptiveColumns::addPart(QWidget *part, int stretch)
{
    m_parts.append(part);
    m_layout->addWidget(part, stretch);
    arrange(width());
}

void AdaptiveColumns::addPart(QLayout *part, int stretch)
{
    auto *holder = new QWidget(this);
    part->setContentsMargins(0, 0, 0, 0);
    holder->setLayout(part);
    addPart(holder, stretch);
}

bool AdaptiveColumns::sideBySide() const
{
    return m_layout->direction() == QBoxLayout::LeftToRight;
}

void AdaptiveColumns::rearrange()
{
    arrange(width());
    updateGeometry();
}

QSize AdaptiveColumns::minimumSizeHint() const
{
    int widest = 0;
    for (const QWidget *part : m_parts)
        widest = qMax(widest, part->minimumSizeHint().width());
    return {widest, m_layout->minimumSize().height()};
}

void AdaptiveColumns::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrange(event->size().width());
}

void AdaptiveColumns::arrange(int width)
{
    int together = m_layout->spacing() * int(qMax<qsizetype>(0, m_parts.size() - 1));
    for (const QWidget *part : m_parts)
        together += part->minimumSizeHint().width();
    const auto direction = width >= together ? QBoxLayout::LeftToRight : QBoxLayout::TopToBottom;
    if (direction == m_layout->direction())
        return;
    m_layout->setDirection(direction);
    updateGeometry(); // one under the other is taller: the scroll area makes room
}

} // namespace recaisse::ui::admin
