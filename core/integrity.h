#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>

namespace recaisse::core {

class Store;

// Recomputes every station's document sequence, number series and hash chain, and the audit
// chain, from the stored rows.
class IntegrityCheck
{
    Q_DECLARE_TR_FUNCTIONS(IntegrityCheck)

public:
    explicit IntegrityCheck(Store &store);

    struct Report
    {
        qint64 documentsChecked = 0;
        qint64 auditEventsChecked = 0;
        QStringList problems; // one line per broken document or event, naming it
        bool intact() const { return problems.isEmpty(); }
    };
    Report run() const;

private:
    Store &m_store;
};

} // namespace recaisse::core
