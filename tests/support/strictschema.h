#pragma once

// The shipped Ecologic schema with a stricter rule: more reused than received in a family is an
// error instead of a warning, so that a declaration fails its check for the tests.

#include "core/exports/ecologicschema.h"

#include <QFile>

namespace recaisse::test {

inline core::Result<core::EcologicSchema> strictEcologicSchema()
{
    QFile file(core::EcologicSchema::builtInPath());
    if (!file.open(QIODevice::ReadOnly))
        return core::Error{core::ErrorCode::StorageFailure, file.errorString()};
    QByteArray json = file.readAll();
    json.replace("\"limit\": \"entrees_poids_kg\", \"severity\": \"warning\"",
        "\"limit\": \"entrees_poids_kg\", \"severity\": \"error\"");
    return core::EcologicSchema::parse(json);
}

} // namespace recaisse::test
