#include "weighedinput.h"

#include "core/money.h"
#include "core/sales.h"

#include <QCoreApplication>
#include <QLineEdit>

namespace recaisse::ui {

core::Result<WeighedInput> readWeighedInput(QLineEdit *weightField, QLineEdit *itemsField)
{
    const auto refuse = [](QLineEdit *field, const QString &message) {
        field->setFocus();
        field->selectAll();
        return core::makeError(core::ErrorCode::InvalidInput, message);
    };
    const auto grams = core::weight::parseKg(weightField->text());
    if (!grams)
        return refuse(weightField, grams.error().message);
    bool numeric = false;
    const qint64 items = itemsField->text().toLongLong(&numeric);
    if (!numeric || items < 1 || items > core::maxQuantity)
        return refuse(itemsField,
            QCoreApplication::translate(
                "WeighedInput", "The number of items must be between 1 and %1.")
                .arg(core::maxQuantity));
    return WeighedInput{*grams, items};
}

} // namespace recaisse::ui
