#pragma once

#include <QCoreApplication>
#include <QString>

class QBoxLayout;
class QLabel;
class QPushButton;
class QWidget;

namespace recaisse::ui {

// The parts every form screen of the register ends with, built one way.
class FormRow
{
    Q_DECLARE_TR_FUNCTIONS(FormRow)

public:
    // A message line under the form: "errorLabel" (red) or "resultLabel" (green), wrapped.
    // reserveLine keeps its line even when empty, so that the form does not jump when an error
    // appears; a short screen leaves it out for the result.
    static QLabel *addMessage(
        QBoxLayout *layout, QWidget *parent, const QString &objectName, bool reserveLine = true);

    // The bottom row: "Back (Esc)" on the left (objectName cancelButton; Escape presses it
    // while it is visible), the primary action on the right. The caller connects both.
    struct Buttons
    {
        QPushButton *back = nullptr;
        QPushButton *primary = nullptr;
    };
    static Buttons addButtons(QBoxLayout *layout, QWidget *parent, const QString &primaryText,
        const QString &primaryObjectName);
};

} // namespace recaisse::ui
