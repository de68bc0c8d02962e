// Schema step: which eco-organism (partner) and which of its categories each shop category is
// declared under, set by a super-administrator. A category without a row follows its EEE code
// (Ecologic) or the partner definitions' default mapping.

#include <QStringList>

namespace recaisse::core {

QStringList partnerMappingSchema()
{
    return {
        // partner '' is an explicit "no eco-organism" (it overrides the defaults).
        QStringLiteral(R"(CREATE TABLE category_partner (
            category_id TEXT PRIMARY KEY,
            partner TEXT NOT NULL,
            partner_code TEXT NOT NULL,
            set_by TEXT NOT NULL,
            set_utc TEXT NOT NULL,
            CHECK ((partner = '') = (partner_code = ''))) WITHOUT ROWID)"),
    };
}

} // namespace recaisse::core
