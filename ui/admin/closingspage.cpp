#include "closingspage.h"

#include "adminwidgets.h"
#include "core/money.h"
#include "core/receipt.h"
#include "core/store.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

QString kindText(core::PeriodKind kind)
{
    switch (kind) {
    case core::PeriodKind::Day:
        return ClosingsPage::tr("Day");
    case core::PeriodKind::Month:
        return ClosingsPage::tr("Month");
    case core::PeriodKind::Year:
        return ClosingsPage::tr("Year");
    }
    return {};
}

} // namespace

ClosingsPage::ClosingsPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Closings"), parent)
{
    setObjectName(QStringLiteral("adminClosings"));
    auto *intro = new QLabel(tr("ReCaisse closes each day, month and year by itself once it has "
                                "ended (after a register is closed, and at midnight). Each closing "
                                "is recorded in the chain with its totals and the fingerprint of "
                                "the last document of the period."),
        this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_table = admin::makeTable(this,
        {tr("Closing"), tr("Period"), tr("Closed on"), tr("Sales"), tr("Refunds"), tr("Discounts"),
            tr("Free gifts"), tr("Grand total"), tr("Last hash")},
        QStringLiteral("closingsTable"));
    body()->addWidget(m_table, 1);
    auto *row = new QHBoxLayout;
    row->addStretch(1);
    m_print = new QPushButton(tr("Print the closing"), this);
    m_print->setObjectName(QStringLiteral("printClosingButton"));
    m_print->setEnabled(false);
    row->addWidget(m_print);
    body()->addLayout(row);
    connect(m_print, &QPushButton::clicked, this, &ClosingsPage::printSelected);
    connect(m_table, &QTableWidget::itemSelectionChanged, this,
        [this] { m_print->setEnabled(m_table->currentRow() >= 0); });
}

void ClosingsPage::refresh()
{
    auto closings = core::Closings(m_store).recent(shownClosings);
    if (!closings) {
        showError(closings.error());
        return;
    }
    clearMessage();
    m_closings = *closings;
    m_table->setRowCount(int(m_closings.size()));
    for (int row = 0; row < m_closings.size(); ++row) {
        const core::PeriodClosing &c = m_closings.at(row);
        m_table->setItem(row, 0, admin::readOnlyCell(c.stamp.number));
        m_table->setItem(row, 1,
            admin::readOnlyCell(tr("%1 %2").arg(kindText(c.kind), core::Receipt::periodText(c))));
        m_table->setItem(row, 2, admin::readOnlyCell(instant(c.stamp.createdUtc)));
        m_table->setItem(row, 3,
            admin::readOnlyCell(
                tr("%1 (%2)").arg(core::money::format(c.salesTotalCents)).arg(c.salesCount), true));
        m_table->setItem(
            row, 4, admin::readOnlyCell(core::money::format(-c.refundsTotalCents), true));
        // Solidarity prices (the Z's rule over the period): discounted tickets, free gifts.
        m_table->setItem(row, 5,
            admin::readOnlyCell(tr("%1 (%2)")
                                    .arg(core::money::format(-c.solidarity.discountCents))
                                    .arg(c.solidarity.discountedTickets),
                true));
        m_table->setItem(row, 6,
            admin::readOnlyCell(tr("%1 (%2)")
                                    .arg(core::weight::format(c.solidarity.giftGrams))
                                    .arg(c.solidarity.giftItems),
                true));
        m_table->setItem(row, 7, admin::readOnlyCell(core::money::format(c.grandTotalCents), true));
        m_table->setItem(row, 8,
            admin::readOnlyCell(
                c.form >= 2 ? core::Receipt::shortHash(c.lastHash) : QStringLiteral("—")));
    }
    m_table->resizeColumnsToContents();
    m_print->setEnabled(m_table->currentRow() >= 0);
}

void ClosingsPage::printSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_closings.size())
        return;
    emit printRequested(m_closings.at(row));
    showDone(tr("Closing %1 sent to the receipt printer.").arg(m_closings.at(row).stamp.number));
}

} // namespace recaisse::ui
