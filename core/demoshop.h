#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace recaisse::core {

class Store;
class ManualClock;

// The demo shop's people, with the PINs the login screen shows.
struct DemoPerson
{
    const char *name;
    const char *roleKey;
    const char *pin;
};
const QList<DemoPerson> &demoPeople();

// Generates realistic activity through the same services a register uses: shifts opened and
// closed with small variances, sales, refunds, deposits, closings. The shop opens Tuesday to
// Saturday and takes a few hundred to a few thousand euros a day (baskets of a few euros to a few
// tens), quieter in January and August; an appliance is sold only out of what was received, so
// that no 30 days show more reused than collected. Same seed, same data.
//
// Demo days are past days: the `days` days before the clock's day, never the clock's day or
// later, and never before the station's own last document (of any kind: a document is never
// dated before its predecessor). A second run continues after the latest document, through
// yesterday; when that is already covered, or only Sundays and Mondays (the shop is closed) are
// left, it adds nothing (Generated::days is 0). A station that
// joined the demo shop therefore has demo days only after its join: `recaisse-cli join
// --demo-days N` dates the join N days back and fills those days.
class DemoShop
{
    Q_DECLARE_TR_FUNCTIONS(DemoShop)

public:
    struct Progress
    {
        int daysDone = 0;
        int daysTotal = 0;
    };
    // The calendar days a run covered: first..last, `days` of them (0: nothing to add, the
    // station's documents already reach `last`, the day before the clock's day).
    struct Generated
    {
        QDate first;
        QDate last;
        int days = 0;
    };

    // The words that mark a demo shop's data wherever it goes: receipts, the Z, PDFs, exports,
    // the fiscal archive. Whether a shop is a demo is the site's flag (Store::isDemo(),
    // SiteInfo::demo), set at its creation.
    static QString mark();
    // The sentence that heads a demo shop's table or message (the full export's workbook, the
    // tonnage report's CSV and XLSX, a report's e-mail): the mark, then why it matters.
    static QString notice();
    // The one rule for a text a demo shop sends out (an e-mail's subject and body, a Telegram
    // message, a CSV's first line): headed by mark() for a demo shop, unchanged for a real one.
    static QString marked(bool demo, const QString &text);
    // What a demo shop's file names start with ("demonstration_", the separator given), so that
    // a file is known for a demo's wherever it is copied; empty for a real shop. Not
    // translated: a file's name stays the same whatever the language.
    static QString fileNamePrefix(bool demo, QChar separator = QLatin1Char('_'));

    // store must have been opened on clock, which this class moves forward.
    DemoShop(Store &store, ManualClock &clock);
    Result<void> ensurePeople();
    Result<Generated> generate(
        int days, quint32 seed, const std::function<void(Progress)> &progress = {});

private:
    // Demo data goes only into a demo shop (SiteInfo::demo).
    Result<void> requireDemoShop() const;

    Store &m_store;
    ManualClock &m_clock;
};

} // namespace recaisse::core
