#include "userspage.h"

#include "adminwidgets.h"
#include "catalogueimportdialog.h"
#include "core/store.h"
#include "core/users.h"
#include "ui/admin/adaptivecolumns.h"

#include <QComboBox>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {

const QList<core::Role> &roles()
{
    static const QList<core::Role> all = {core::Role::SuperAdmin, core::Role::Admin,
        core::Role::Supervisor, core::Role::Cashier, core::Role::Reception};
    return all;
}

} // namespace

UsersPage::UsersPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Users"), parent)
{
    setObjectName(QStringLiteral("adminUsers"));
    auto *top = new admin::AdaptiveColumns(this);
    m_table = admin::makeTable(
        this, {tr("Name"), tr("Role"), tr("State"), tr("Telegram")}, QStringLiteral("usersTable"));
    top->addPart(m_table, 3);

    auto *form = new QFrame(this);
    form->setObjectName(QStringLiteral("card"));
    auto *formLayout = new QVBoxLayout(form);
    m_formTitle = new QLabel(form);
    m_formTitle->setObjectName(QStringLiteral("cardTitle"));
    formLayout->addWidget(m_formTitle);
    auto *fields = new QFormLayout;
    m_name = new QLineEdit(form);
    m_name->setObjectName(QStringLiteral("nameField"));
    m_name->setMaxLength(60);
    fields->addRow(tr("&Name:"), m_name);
    m_role = new QComboBox(form);
    m_role->setObjectName(QStringLiteral("roleField"));
    for (core::Role role : roles()) {
        if (role != core::Role::SuperAdmin || actor.role == core::Role::SuperAdmin)
            m_role->addItem(core::displayName(role), toKey(role));
    }
    fields->addRow(tr("&Role:"), m_role);
    m_pin = new QLineEdit(form);
    m_pin->setObjectName(QStringLiteral("newPinField"));
    m_pin->setEchoMode(QLineEdit::Password);
    m_pin->setMaxLength(8);
    m_pin->setValidator(
        new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{0,8}")), m_pin));
    m_pin->setPlaceholderText(tr("4 to 8 digits"));
    fields->addRow(tr("New &PIN:"), m_pin);
    m_telegram = new QLineEdit(form);
    m_telegram->setObjectName(QStringLiteral("telegramField"));
    m_telegram->setMaxLength(16);
    m_telegram->setPlaceholderText(tr("empty: no notifications"));
    fields->addRow(tr("&Telegram id:"), m_telegram);
    formLayout->addLayout(fields);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("&Save"), form);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setProperty("primary", true);
    m_active = new QPushButton(form);
    m_active->setObjectName(QStringLiteral("activeButton"));
    buttons->addWidget(m_save);
    buttons->addWidget(m_active);
    formLayout->addLayout(buttons);
    m_new = new QPushButton(tr("New person…"), form);
    m_new->setObjectName(QStringLiteral("newButton"));
    formLayout->addWidget(m_new);
    m_import = new QPushButton(tr("Import from a spreadsheet…"), form);
    m_import->setObjectName(QStringLiteral("importUsersButton"));
    m_import->setToolTip(tr("Create or update people from a CSV or Excel (.xlsx) file: name, "
                            "role, Telegram id. Each new person chooses a PIN at their first "
                            "login."));
    formLayout->addWidget(m_import);
    formLayout->addStretch(1);
    top->addPart(form, 2);
    body()->addWidget(top, 3);

    auto *matrixTitle = new QLabel(tr("What each role can do"), this);
    matrixTitle->setObjectName(QStringLiteral("cardTitle"));
    body()->addWidget(matrixTitle);
    const QList<core::Permission> &permissions = core::allPermissions();
    m_matrix = new QTableWidget(int(permissions.size()), int(roles().size()), this);
    m_matrix->setObjectName(QStringLiteral("permissionMatrix"));
    QStringList roleNames;
    // Role names on two lines, so that five columns fit beside the permissions.
    for (core::Role role : roles()) {
        QString name = core::displayName(role);
        if (name.contains(QLatin1Char('-')))
            name.replace(QLatin1Char('-'), QStringLiteral("-\n"));
        else if (name.size() > 12 && name.contains(QLatin1Char(' ')))
            name[name.indexOf(QLatin1Char(' '))] = QLatin1Char('\n');
        roleNames << name;
    }
    m_matrix->setHorizontalHeaderLabels(roleNames);
    QStringList permissionNames;
    for (core::Permission permission : permissions)
        permissionNames << core::displayName(permission);
    m_matrix->setVerticalHeaderLabels(permissionNames);
    for (int row = 0; row < permissions.size(); ++row) {
        for (int column = 0; column < roles().size(); ++column) {
            const bool has = core::roleHas(roles().at(column), permissions.at(row));
            auto *item = admin::readOnlyCell(has ? QStringLiteral("✔") : QString());
            item->setTextAlignment(Qt::AlignCenter);
            item->setForeground(QColor(0x2E, 0x7D, 0x32));
            m_matrix->setItem(row, column, item);
        }
    }
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Each role's column as wide as its name: on a narrow screen the matrix scrolls sideways
    // rather than cut the names.
    m_matrix->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_matrix->horizontalHeader()->setStretchLastSection(true);
    m_matrix->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The permissions' column is narrowed (names elided, whole in their tooltip) so that the
    // five roles fit beside it on most screens.
    m_matrix->verticalHeader()->setFixedWidth(280);
    m_matrix->verticalHeader()->setTextElideMode(Qt::ElideRight);
    for (int row = 0; row < permissions.size(); ++row)
        m_matrix->verticalHeaderItem(row)->setToolTip(permissionNames.at(row));
    body()->addWidget(m_matrix, 2);

    const bool manage = may(core::Permission::ManageUsers);
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_name, m_role, m_pin, m_telegram, m_save, m_active, m_new, m_import})
        w->setEnabled(manage);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        m_creating = false;
        showSelected();
    });
    connect(m_save, &QPushButton::clicked, this, &UsersPage::save);
    connect(m_new, &QPushButton::clicked, this, &UsersPage::startNew);
    connect(m_active, &QPushButton::clicked, this, &UsersPage::toggleActive);
    connect(m_import, &QPushButton::clicked, this, &UsersPage::importSpreadsheet);
    m_spreadsheetChooser = [this] { return CatalogueImportDialog::chooseSpreadsheet(this); };
}

void UsersPage::setSpreadsheetChooser(std::function<QString()> chooser)
{
    m_spreadsheetChooser = std::move(chooser);
}

CatalogueImportDialog *UsersPage::importSpreadsheet()
{
    auto *dialog =
        CatalogueImportDialog::openFor(m_store, m_actor, core::portability::ImportKind::Users,
            m_spreadsheetChooser ? m_spreadsheetChooser() : QString(), this);
    if (dialog)
        connect(dialog, &CatalogueImportDialog::imported, this, &UsersPage::refresh);
    return dialog;
}

const core::UserRow *UsersPage::selected() const
{
    const int row = m_table->currentRow();
    if (m_creating || row < 0 || row >= m_users.size())
        return nullptr;
    return &m_users.at(row);
}

void UsersPage::refresh()
{
    const QString current = selected() ? selected()->user.id : QString();
    auto users = core::UserAdministration(m_store).list(m_actor);
    if (!users) {
        showError(users.error());
        return;
    }
    m_users = *users;
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(m_users.size()));
    int currentRow = m_users.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_users.size(); ++row) {
        const core::UserRow &u = m_users.at(row);
        m_table->setItem(row, 0, admin::readOnlyCell(u.user.name));
        m_table->setItem(row, 1, admin::readOnlyCell(core::displayName(u.user.role)));
        QString state = u.user.active ? tr("active") : tr("deactivated");
        if (u.user.locked)
            state = tr("locked until %1")
                        .arg(u.user.lockedUntilUtc.toTimeZone(m_store.timeZone())
                                 .toString(QStringLiteral("HH:mm")));
        auto *stateItem = admin::readOnlyCell(state);
        if (!u.user.active)
            stateItem->setForeground(QColor(0x78, 0x90, 0x9C));
        m_table->setItem(row, 2, stateItem);
        m_table->setItem(row, 3,
            admin::readOnlyCell(u.telegramId.isEmpty() ? QStringLiteral("—") : u.telegramId));
        if (u.user.id == current)
            currentRow = row;
    }
    m_table->setCurrentCell(currentRow, 0);
    showSelected();
}

void UsersPage::selectUser(const QString &name)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).user.name == name)
            m_table->setCurrentCell(row, 0);
    }
}

void UsersPage::showSelected()
{
    const bool manage = may(core::Permission::ManageUsers);
    m_pin->clear();
    if (m_creating) {
        m_formTitle->setText(tr("New person"));
        m_name->clear();
        m_name->setReadOnly(false);
        m_role->setCurrentIndex(m_role->findData(toKey(core::Role::Cashier)));
        m_telegram->clear();
        m_active->setEnabled(false);
        m_active->setText(tr("Deactivate"));
        m_name->setFocus();
        return;
    }
    const core::UserRow *row = selected();
    if (!row) {
        m_formTitle->setText(tr("Choose a person in the list"));
        return;
    }
    m_formTitle->setText(row->user.name);
    m_name->setText(row->user.name);
    m_name->setReadOnly(true);
    const int roleIndex = m_role->findData(toKey(row->user.role));
    if (roleIndex < 0)
        m_role->addItem(core::displayName(row->user.role), toKey(row->user.role));
    m_role->setCurrentIndex(m_role->findData(toKey(row->user.role)));
    m_telegram->setText(row->telegramId);
    m_active->setText(row->user.active ? tr("Deactivate") : tr("Reactivate"));
    m_active->setEnabled(manage);
}

void UsersPage::startNew()
{
    m_creating = true;
    clearMessage();
    showSelected();
}

void UsersPage::save()
{
    const core::Role role =
        core::roleFromKey(m_role->currentData().toString()).value_or(core::Role::Cashier);
    const QString telegram = m_telegram->text().trimmed();
    if (auto valid = core::UserAdministration::validateTelegramId(telegram); !valid) {
        showError(valid.error());
        return;
    }
    core::UserAdministration admin(m_store);
    if (m_creating) {
        auto user = core::Users(m_store).create(m_actor, m_name->text(), role, m_pin->text());
        if (!user) {
            showError(user.error());
            return;
        }
        if (!telegram.isEmpty()) {
            if (auto result = admin.setTelegramId(m_actor, user->id, telegram); !result) {
                showError(result.error());
                return;
            }
        }
        m_creating = false;
        refresh();
        selectUser(user->name);
        showDone(tr("%1 can now log in with their PIN.").arg(user->name));
        return;
    }
    const core::UserRow *row = selected();
    if (!row)
        return;
    const core::UserRow before = *row;
    if (role != before.user.role) {
        if (auto result = admin.setRole(m_actor, before.user.id, role); !result) {
            showError(result.error());
            refresh();
            return;
        }
    }
    if (telegram != before.telegramId) {
        if (auto result = admin.setTelegramId(m_actor, before.user.id, telegram); !result) {
            showError(result.error());
            refresh();
            return;
        }
    }
    if (!m_pin->text().isEmpty()) {
        if (auto result = admin.resetPin(m_actor, before.user.id, m_pin->text()); !result) {
            showError(result.error());
            refresh();
            return;
        }
    }
    refresh();
    showDone(tr("%1's account is saved.").arg(before.user.name));
}

void UsersPage::toggleActive()
{
    const core::UserRow *row = selected();
    if (!row)
        return;
    const core::UserRow before = *row;
    auto result =
        core::UserAdministration(m_store).setActive(m_actor, before.user.id, !before.user.active);
    if (!result) {
        showError(result.error());
        return;
    }
    refresh();
    showDone(before.user.active
            ? tr("%1 is deactivated: their history stays.").arg(before.user.name)
            : tr("%1 is active again.").arg(before.user.name));
}

} // namespace recaisse::ui
