#pragma once

#include "core/clock.h"
#include "core/demoshop.h"
#include "core/domain.h"
#include "core/store.h"
#include "core/vat.h"

#include <QTemporaryDir>
#include <QTimeZone>

#include <memory>

namespace recaisse::test {

// A fresh station database in its own temporary folder, with a manual clock and one person of
// each role already logged in. PINs: admin 123456, cashier 1111, reception 4444, supervisor 5555.
struct TestShop
{
    QTemporaryDir dir;
    core::ManualClock clock{QDateTime(QDate(2026, 3, 10), QTime(8, 0), QTimeZone::utc())};
    std::unique_ptr<core::Store> store;
    core::Actor admin;
    core::Actor cashier;
    core::Actor reception;
    core::Actor supervisor;

    QString path() const { return dir.filePath(QStringLiteral("station.sqlite")); }

    // nullptr (and a QWARN with the reason) when the shop cannot be created. A demo shop
    // (SiteInfo::demo) is the only one DemoShop fills.
    enum Demo { RealShop, DemoShop };
    static std::unique_ptr<TestShop> create(
        core::StationKind kind = core::StationKind::Register, Demo demo = RealShop);
};

// How many audit events of that action the store holds.
int auditCount(core::Store &store, const QString &action);
// How many rows a table holds (-1 when it cannot be read).
qint64 rowCount(core::Store &store, const QString &table);
// Whether the VAT amounts are these, rate by rate (a QWARN names the first difference).
bool sameVat(const QList<core::VatAmount> &actual, const QList<core::VatAmount> &expected);

// More demo activity on a demo station, as the days pass: demo days are past days after the
// station's last document (core::DemoShop), so the clock first moves on to the morning after
// `openDays` more open days (Tuesday to Saturday) following that document. A station without
// documents gets the `openDays` calendar days before its clock's day. The clock ends where it
// was moved to (never earlier than before the call). An error when the run adds no day.
core::Result<core::DemoShop::Generated> moreDemoDays(
    core::Store &store, core::ManualClock &clock, int openDays, quint32 seed);

} // namespace recaisse::test
