#pragma once

#include <QList>

class QGridLayout;
class QPushButton;

namespace recaisse::ui {

// Lays buttons out in as many equal columns as width holds without cutting the widest text
// (at least one, at most maxColumns), row after row. Returns the column count; does nothing
// when it equals current.
int placeInColumns(QGridLayout *grid, const QList<QPushButton *> &buttons, int width,
    int maxColumns, int current = 0);

} // namespace recaisse::ui
