#include "buttoncolumns.h"

#include <QGridLayout>
#include <QPushButton>

namespace recaisse::ui {

int placeInColumns(
    QGridLayout *grid, const QList<QPushButton *> &buttons, int width, int maxColumns, int current)
{
    int widest = 0;
    for (const QPushButton *button : buttons)
        widest = qMax(widest, button->minimumSizeHint().width());
    const int spacing = grid->horizontalSpacing();
    const int columns = qBound(1, (width + spacing) / qMax(1, widest + spacing), maxColumns);
    if (columns == current)
        return columns;
    for (QPushButton *button : buttons)
        grid->removeWidget(button);
    for (int column = 0; column < maxColumns; ++column)
        grid->setColumnStretch(column, column < columns ? 1 : 0);
    for (int index = 0; index < buttons.size(); ++index)
        grid->addWidget(buttons.at(index), index / columns, index % columns);
    return columns;
}

} // namespace recaisse::ui
