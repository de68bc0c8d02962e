#include "userimport.h"

#include "core/admin/useradmin.h"
#include "core/ledger.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"

#include <QHash>
#include <QSqlQuery>

namespace recaisse::core::portability {

UserImport::UserImport(Store &store)
    : m_store(store)
{
}

Result<Role> UserImport::parseRole(const QString &text)
{
    const QString words = SheetImport::normalizedWords(text);
    static const QHash<QString, Role> known = {
        {QStringLiteral("cashier"), Role::Cashier},
        {QStringLiteral("caisse"), Role::Cashier},
        {QStringLiteral("caissier"), Role::Cashier},
        {QStringLiteral("caissiere"), Role::Cashier},
        {QStringLiteral("caissier e"), Role::Cashier},
        {QStringLiteral("caissier ere"), Role::Cashier},
        {QStringLiteral("vendeur"), Role::Cashier},
        {QStringLiteral("vendeuse"), Role::Cashier},
        {QStringLiteral("reception"), Role::Reception},
        {QStringLiteral("accueil"), Role::Reception},
        {QStringLiteral("benevole"), Role::Reception},
        {QStringLiteral("benevole accueil"), Role::Reception},
        {QStringLiteral("benevole reception"), Role::Reception},
        {QStringLiteral("reception volunteer"), Role::Reception},
        {QStringLiteral("supervisor"), Role::Supervisor},
        {QStringLiteral("superviseur"), Role::Supervisor},
        {QStringLiteral("superviseuse"), Role::Supervisor},
        {QStringLiteral("responsable"), Role::Supervisor},
        {QStringLiteral("admin"), Role::Admin},
        {QStringLiteral("administrateur"), Role::Admin},
        {QStringLiteral("administratrice"), Role::Admin},
        {QStringLiteral("super admin"), Role::SuperAdmin},
    };
    std::optional<Role> role;
    if (const auto it = known.constFind(words); it != known.cend())
        role = it.value();
    for (const Role candidate :
        {Role::Cashier, Role::Reception, Role::Supervisor, Role::Admin, Role::SuperAdmin}) {
        if (!role && SheetImport::normalizedWords(displayName(candidate)) == words)
            role = candidate;
    }
    if (!role)
        return makeError(ErrorCode::InvalidInput,
            tr("\"%1\" is not a role: write caisse, accueil or superviseur").arg(text.left(40)));
    if (isAdministrator(*role))
        return makeError(ErrorCode::InvalidInput,
            tr("an administrator is created on the users page, with a PIN"));
    return *role;
}

Result<UserPlan> UserImport::plan(const SheetTable &table, const ImportMapping &mapping) const
{
    if (!mapping.contains(ImportField::Name))
        return makeError(
            ErrorCode::InvalidInput, tr("Choose the column that holds the people's names."));
    if (const int maxRows = SheetImport::maxRows(ImportKind::Users); table.rows.size() > maxRows)
        return makeError(ErrorCode::InvalidInput,
            tr("The file has more than %1 rows: nothing was imported.").arg(maxRows));
    QHash<QString, UserInfo> existing;
    for (const UserInfo &user : Users(m_store).list(true))
        existing.insert(user.name.trimmed().toCaseFolded(), user);
    // Telegram ids already given, to refuse one that would be given twice.
    QHash<QString, QString> telegramOwner; // id -> user id
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("SELECT id, telegram_id FROM app_user WHERE site_id = ? AND "
                                 "telegram_id <> ''"));
    query.addBindValue(m_store.site().id);
    if (!query.exec())
        return m_store.db().errorFrom(query.lastError());
    while (query.next())
        telegramOwner.insert(query.value(1).toString(), query.value(0).toString());
    query.finish();

    const int nameColumn = mapping.value(ImportField::Name);
    const int roleColumn = mapping.value(ImportField::Role, -1);
    const int telegramColumn = mapping.value(ImportField::TelegramId, -1);
    UserPlan plan;
    plan.rows.reserve(table.rows.size());
    QHash<QString, int> names; // case-folded name -> row
    QHash<QString, int> telegramRows; // Telegram id -> row
    for (qsizetype r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        UserImportRow row;
        row.sourceRow = table.rowNumbers.value(r, int(r) + 2);
        row.name = SheetImport::mappedText(cells, mapping, ImportField::Name, row.errors);
        if (row.name.isEmpty() && row.errors.isEmpty())
            row.errors.append({nameColumn, tr("the name is empty")});
        else if (auto valid = Users::validateName(row.name); !row.name.isEmpty() && !valid)
            row.errors.append({nameColumn, valid.error().message});
        const QString key = row.name.toCaseFolded();
        if (!row.name.isEmpty()) {
            if (const auto other = names.constFind(key); other != names.cend())
                row.errors.append({nameColumn,
                    tr("\"%1\" is already on row %2").arg(row.name).arg(other.value())});
            else
                names.insert(key, row.sourceRow);
        }
        const auto there = existing.constFind(key);
        if (there != existing.cend()) {
            row.updates = true;
            row.existingId = there->id;
        }
        if (const QString text =
                SheetImport::mappedText(cells, mapping, ImportField::Role, row.errors);
            !text.isEmpty()) {
            if (auto role = parseRole(text))
                row.role = *role;
            else
                row.errors.append({roleColumn, role.error().message});
        }
        if (const QString text =
                SheetImport::mappedText(cells, mapping, ImportField::TelegramId, row.errors);
            !text.isEmpty()) {
            if (auto valid = UserAdministration::validateTelegramId(text); !valid) {
                row.errors.append({telegramColumn, valid.error().message});
            } else {
                row.telegramId = text;
                const QString owner = telegramOwner.value(text);
                if (!owner.isEmpty() && owner != row.existingId)
                    row.errors.append(
                        {telegramColumn, tr("this Telegram id is already someone else's")});
                else if (const auto other = telegramRows.constFind(text);
                         other != telegramRows.cend())
                    row.errors.append({telegramColumn,
                        tr("this Telegram id is already on row %1").arg(other.value())});
                else
                    telegramRows.insert(text, row.sourceRow);
            }
        }
        // An administrator stays as they are: the users page changes them, with its checks.
        if (there != existing.cend() && isAdministrator(there->role) && row.role
            && *row.role != there->role)
            row.errors.append({roleColumn,
                tr("%1 is an administrator: change the role on the users page").arg(there->name)});
        plan.rows.append(row);
    }
    plan.count();
    return plan;
}

Result<ImportOutcome> UserImport::apply(const Actor &actor, const SheetTable &table,
    const ImportMapping &mapping, const ImportOptions &options)
{
    if (auto allowed = SheetImport::mayImport(m_store, actor, Permission::ManageUsers); !allowed)
        return allowed.error();
    auto planned = plan(table, mapping);
    if (!planned)
        return planned.error();
    const UserPlan &plan = *planned;
    const QList<int> order = SheetImport::validRows(plan);
    Users users(m_store);
    UserAdministration administration(m_store);
    return SheetImport::write(
        m_store, SheetImport::statuses(plan), order, table.header, options,
        [&](int r) -> Result<void> {
            const UserImportRow &row = plan.rows.at(r);
            QString id = row.existingId;
            if (id.isEmpty()) {
                auto created =
                    users.createAwaitingPin(actor, row.name, row.role.value_or(Role::Cashier));
                if (!created)
                    return created.error();
                id = created->id;
            } else if (row.role) {
                if (auto changed = administration.setRole(actor, id, *row.role); !changed)
                    return changed;
            }
            if (row.telegramId) {
                if (auto set = administration.setTelegramId(actor, id, *row.telegramId); !set)
                    return set;
            }
            return {};
        },
        [&](const ImportOutcome &outcome) {
            return AuditLog(m_store).record(actor.userId, QStringLiteral("user.import"),
                options.sourceName.left(200), SheetImport::auditDetails(outcome));
        });
}

} // namespace recaisse::core::portability
