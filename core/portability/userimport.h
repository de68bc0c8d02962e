#pragma once

// The shop's team from its own spreadsheet: a name, a role (cashier, reception volunteer or
// supervisor; an administrator is only ever made on the users page, with a PIN) and a Telegram id.
// There is no PIN in the file: a new person chooses theirs at their first login
// (Users::createAwaitingPin). A row naming someone already there changes the role and the Telegram
// id mapped, through the users page's own rules. All or nothing (or only the valid rows), every
// change audited as on the users page, the whole as "user.import".

#include "core/domain.h"
#include "core/result.h"
#include "sheetimport.h"

#include <QCoreApplication>

namespace recaisse::core {

class Store;

namespace portability {

struct UserImportRow : ImportRowStatus
{
    QString name;
    QString existingId; // updates: the person already there
    std::optional<Role> role; // none: cashier for a new person, unchanged for someone there
    std::optional<QString> telegramId; // none: not mapped or empty
};

using UserPlan = ImportPlan<UserImportRow>;

class UserImport
{
    Q_DECLARE_TR_FUNCTIONS(UserImport)

public:
    explicit UserImport(Store &store);

    // "caissière", "Accueil", "supervisor"…: a role the import may give; an error otherwise.
    static Result<Role> parseRole(const QString &text);

    Result<UserPlan> plan(const SheetTable &table, const ImportMapping &mapping) const;
    // ManageUsers (on an administration station; a refusal is audited), then SheetImport::write.
    Result<ImportOutcome> apply(const Actor &actor, const SheetTable &table,
        const ImportMapping &mapping, const ImportOptions &options);

private:
    Store &m_store;
};

} // namespace portability
} // namespace recaisse::core
