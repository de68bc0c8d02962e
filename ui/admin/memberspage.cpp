#include "memberspage.h"

#include "core/money.h"
#include "core/store.h"

#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSaveFile>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr int renewalDays = 30;
constexpr int maxShown = 500;

QString day(const QDate &date)
{
    return date.isValid() ? QLocale().toString(date, QLocale::ShortFormat) : QString();
}
} // namespace

MembersPage::MembersPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Members"), parent)
{
    setObjectName(QStringLiteral("membersPage"));
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("memberSearchField"));
    m_search->setPlaceholderText(tr("Name or number"));
    m_search->setMaxLength(core::maxMemberNameLength);
    filters->addWidget(m_search, 1);
    m_renewals = new QCheckBox(tr("To renew within %1 days").arg(renewalDays), this);
    m_renewals->setObjectName(QStringLiteral("renewalsBox"));
    filters->addWidget(m_renewals);
    body()->addLayout(filters);

    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("membersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Number"), tr("Name"), tr("Contact"), tr("Member since"), tr("Member until")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    body()->addWidget(m_table, 1);

    auto *rights = new QHBoxLayout;
    m_purchases = new QPushButton(tr("&Purchases"), this);
    m_purchases->setObjectName(QStringLiteral("memberPurchasesButton"));
    rights->addWidget(m_purchases);
    m_export = new QPushButton(tr("Export the member's data…"), this);
    m_export->setObjectName(QStringLiteral("memberExportButton"));
    m_erase = new QPushButton(tr("Erase the member…"), this);
    m_erase->setObjectName(QStringLiteral("memberEraseButton"));
    rights->addWidget(m_export);
    rights->addWidget(m_erase);
    rights->addStretch(1);
    body()->addLayout(rights);

    m_purchasesBox = new QWidget(this);
    m_purchasesBox->setObjectName(QStringLiteral("memberPurchases"));
    auto *purchases = new QVBoxLayout(m_purchasesBox);
    purchases->setContentsMargins(0, 0, 0, 0);
    m_purchasesTitle = new QLabel(m_purchasesBox);
    m_purchasesTitle->setObjectName(QStringLiteral("memberPurchasesTitle"));
    m_purchasesTitle->setWordWrap(true);
    purchases->addWidget(m_purchasesTitle);
    m_purchasesTable = new QTableWidget(0, 5, m_purchasesBox);
    m_purchasesTable->setObjectName(QStringLiteral("memberPurchasesTable"));
    m_purchasesTable->setHorizontalHeaderLabels(
        {tr("Date"), tr("Ticket"), tr("Paid"), tr("Discount"), tr("Refunded")});
    m_purchasesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_purchasesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_purchasesTable->verticalHeader()->hide();
    m_purchasesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_purchasesTable->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_purchasesTable->setMinimumHeight(160);
    purchases->addWidget(m_purchasesTable);
    m_purchasesTotal = new QLabel(m_purchasesBox);
    m_purchasesTotal->setObjectName(QStringLiteral("memberPurchasesTotal"));
    m_purchasesTotal->setWordWrap(true);
    m_purchasesTotal->setStyleSheet(QStringLiteral("font-weight: bold;"));
    purchases->addWidget(m_purchasesTotal);
    m_purchasesBox->hide();
    body()->addWidget(m_purchasesBox);

    auto *add = new QHBoxLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("newMemberName"));
    m_name->setPlaceholderText(tr("First name and name"));
    m_name->setMaxLength(core::maxMemberNameLength);
    m_contact = new QLineEdit(this);
    m_contact->setObjectName(QStringLiteral("newMemberContact"));
    m_contact->setPlaceholderText(tr("Phone or e-mail (optional)"));
    m_contact->setMaxLength(core::maxMemberContactLength);
    m_register = new QPushButton(tr("&Register"), this);
    m_register->setObjectName(QStringLiteral("registerMemberButton"));
    add->addWidget(m_name, 2);
    add->addWidget(m_contact, 2);
    add->addWidget(m_register);
    body()->addLayout(add);

    m_register->setEnabled(may(core::Permission::RecordSale));
    // Read like the list itself: whoever may see the register (the panel asks ViewReports).
    m_purchases->setEnabled(may(core::Permission::ViewReports));
    m_export->setEnabled(may(core::Permission::ExportData));
    m_erase->setEnabled(may(core::Permission::ManageSettings));

    connect(m_search, &QLineEdit::textChanged, this, &MembersPage::refresh);
    connect(m_renewals, &QCheckBox::toggled, this, &MembersPage::refresh);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersPage::disarmErase);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &MembersPage::hidePurchases);
    connect(m_purchases, &QPushButton::clicked, this, &MembersPage::showPurchases);
    connect(m_register, &QPushButton::clicked, this, &MembersPage::registerMember);
    connect(m_export, &QPushButton::clicked, this, &MembersPage::exportSelected);
    connect(m_erase, &QPushButton::clicked, this, &MembersPage::eraseSelected);
}

void MembersPage::setFileChooser(FileChooser chooser)
{
    m_fileChooser = std::move(chooser);
}

void MembersPage::refresh()
{
    disarmErase();
    hidePurchases();
    core::Members members(m_store);
    const auto found = m_renewals->isChecked()
        ? members.toRenew(m_store.today().addDays(renewalDays))
        : members.search(m_search->text(), maxShown);
    m_table->setRowCount(0);
    m_members.clear();
    if (!found) {
        showError(found.error());
        return;
    }
    const QString wanted = m_search->text().simplified();
    for (const core::Member &member : *found) {
        // The renewals list is filtered by the search text here.
        if (m_renewals->isChecked() && !wanted.isEmpty()
            && !member.name.contains(wanted, Qt::CaseInsensitive)
            && member.number.compare(wanted, Qt::CaseInsensitive) != 0)
            continue;
        m_members.append(member);
    }
    m_table->setRowCount(int(m_members.size()));
    for (int row = 0; row < m_members.size(); ++row) {
        const core::Member &member = m_members.at(row);
        const QStringList cells{member.number, member.name, member.contact, day(member.memberSince),
            day(member.memberUntil)};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

void MembersPage::selectRow(int row)
{
    m_table->selectRow(row);
}

const core::Member *MembersPage::selected() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty() || rows.first().row() >= m_members.size())
        return nullptr;
    return &m_members.at(rows.first().row());
}

void MembersPage::disarmErase()
{
    m_eraseArmed = false;
    m_erase->setText(tr("Erase the member…"));
}

void MembersPage::hidePurchases()
{
    m_purchasesBox->hide();
    m_purchasesTable->setRowCount(0);
}

void MembersPage::showPurchases()
{
    const core::Member *member = selected();
    if (!member) {
        showError(tr("Choose a member in the list first."));
        return;
    }
    const auto bought = core::Members(m_store).purchases(member->id);
    if (!bought) {
        showError(bought.error());
        return;
    }
    clearMessage();
    m_purchasesTitle->setText(tr("Purchases of %1 · %2").arg(member->number, member->name));
    m_purchasesTable->setRowCount(int(bought->tickets.size()));
    int row = 0;
    for (const core::MemberPurchase &ticket : bought->tickets) {
        const QStringList cells{instant(ticket.createdUtc), ticket.saleNumber,
            core::money::format(ticket.totalCents), core::money::format(ticket.discountCents),
            core::money::format(ticket.refundedCents)};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (column >= 2)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_purchasesTable->setItem(row, column, item);
        }
        ++row;
    }
    m_purchasesTotal->setText(bought->tickets.isEmpty()
            ? tr("No purchase recorded for this member.")
            : tr("%n ticket(s): %1 paid, %2 of discount, %3 refunded, %4 net.", nullptr,
                int(bought->tickets.size()))
                  .arg(core::money::format(bought->totalCents),
                      core::money::format(bought->discountCents),
                      core::money::format(bought->refundedCents),
                      core::money::format(bought->netCents())));
    m_purchasesBox->show();
}

void MembersPage::registerMember()
{
    const auto member = core::Members(m_store).create(m_actor, m_name->text(), m_contact->text());
    if (!member) {
        showError(member.error());
        return;
    }
    m_name->clear();
    m_contact->clear();
    m_renewals->setChecked(false);
    m_search->setText(member->number); // refreshes, the new member alone
    showDone(tr("Member %1 registered.").arg(member->number));
}

void MembersPage::exportSelected()
{
    const core::Member *member = selected();
    if (!member) {
        showError(tr("Choose a member in the list first."));
        return;
    }
    const QString proposed = tr("member-%1.json").arg(member->number);
    const QString path = m_fileChooser
        ? m_fileChooser(proposed)
        : QFileDialog::getSaveFileName(
            this, tr("Export the member's data"), proposed, tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    const auto data = core::Members(m_store).exportData(m_actor, member->id);
    if (!data) {
        showError(data.error());
        return;
    }
    const QByteArray bytes = QJsonDocument(*data).toJson(QJsonDocument::Indented);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        showError(tr("%1 cannot be written.").arg(QDir::toNativeSeparators(path)));
        return;
    }
    showDone(tr("The member's data is saved in %1.").arg(QDir::toNativeSeparators(path)));
}

void MembersPage::eraseSelected()
{
    const core::Member *member = selected();
    if (!member) {
        showError(tr("Choose a member in the list first."));
        return;
    }
    if (!m_eraseArmed) {
        m_eraseArmed = true;
        m_erase->setText(tr("Click again to erase %1").arg(member->number));
        return;
    }
    const QString number = member->number;
    if (auto erased = core::Members(m_store).erase(m_actor, member->id); !erased) {
        showError(erased.error());
        return;
    }
    refresh();
    showDone(
        tr("Member %1 erased: the fees keep their amounts, without name or contact.").arg(number));
}

} // namespace recaisse::ui
