#pragma once

#include "core/domain.h"
#include "core/solidarity.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The site's solidarity presets: the discounts the till offers on one key (a reason, a rate or an
// amount, members only or not) and the free gifts' reasons ("don solidaire", "maraude"...). Core
// checks them (Solidarity::checkPresets) and audits the change (Solidarity::setSitePresets); the
// administration station publishes them with the site's configuration.
class SolidarityDialog : public QDialog
{
    Q_OBJECT

public:
    SolidarityDialog(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void addDiscount();
    void addGift();
    void removeSelected();
    void restoreDefaults();
    // Records the presets shown; accepts when core took them, else shows why.
    void save();

    QTableWidget *discountTable() const { return m_discounts; }
    QTableWidget *giftTable() const { return m_gifts; }

private:
    void show(const core::SolidarityPresets &presets);
    void appendDiscount(const core::Discount &discount);
    // The presets typed; an error names the row that cannot be read.
    core::Result<core::SolidarityPresets> typed() const;

    core::Store &m_store;
    core::Actor m_actor;
    QTableWidget *m_discounts = nullptr;
    QTableWidget *m_gifts = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace recaisse::ui
