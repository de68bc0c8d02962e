#pragma once

// The digit that picks a category on the sale screen's current level (its button's place, 1-9),
// 0 when the category is not among the first nine buttons.

#include <QPushButton>
#include <QString>
#include <QWidget>

namespace recaisse::test {

inline int categoryDigit(const QWidget &screen, const QString &categoryId)
{
    const QList<QPushButton *> buttons =
        screen.findChildren<QPushButton *>(QStringLiteral("categoryButton"));
    for (int i = 0; i < buttons.size() && i < 9; ++i) {
        if (buttons.at(i)->property("categoryId").toString() == categoryId)
            return i + 1;
    }
    return 0;
}

} // namespace recaisse::test
