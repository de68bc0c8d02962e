#pragma once

#include "core/result.h"

class QLineEdit;

namespace recaisse::ui {

// What a reception screen's line fields hold: the weight typed in kg and the number of items.
struct WeighedInput
{
    qint64 grams = 0;
    qint64 items = 1;
};

// Reads the two fields of a weighed line (the deposit's and the outflow's): the weight by core's
// parser, the items between 1 and core::maxQuantity. On an error the faulty field gets the focus
// with its text selected, and the error says what to type.
core::Result<WeighedInput> readWeighedInput(QLineEdit *weightField, QLineEdit *itemsField);

} // namespace recaisse::ui
