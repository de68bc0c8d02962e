#pragma once

// A test shop with the data of several stations, for the back office's tests: demo activity on
// the local register, copied under two more registers as if sync had pulled them, and one open
// session with a sale today on the local register.

#include "core/admin/demostations.h"
#include "core/cashsession.h"
#include "core/categories.h"
#include "core/demoshop.h"
#include "core/sales.h"
#include "tests/support/testshop.h"

#include <QTest>
#include <QTimeZone>

namespace recaisse::test {

struct AdminShop
{
    std::unique_ptr<TestShop> shop;
    QStringList stationIds; // local register first
    core::Sale todaysSale;

    // nullptr (and a QWARN) on failure. A Wednesday, so that the demo (Tuesday to Saturday)
    // has worked the days before.
    static std::unique_ptr<AdminShop> create(int days = 20)
    {
        auto admin = std::make_unique<AdminShop>();
        admin->shop = TestShop::create(core::StationKind::Register, TestShop::DemoShop);
        if (!admin->shop)
            return nullptr;
        TestShop &s = *admin->shop;
        s.clock.set(QDateTime(QDate(2026, 3, 11), QTime(9, 0), QTimeZone::utc()));
        if (auto result = core::DemoShop(*s.store, s.clock).generate(days, 7); !result) {
            qWarning("demo: %s", qPrintable(result.error().message));
            return nullptr;
        }
        // The demo leaves the clock after its last day; the test's day starts at 9:00.
        s.clock.set(QDateTime(QDate(2026, 3, 11), QTime(9, 0), QTimeZone::utc()));
        admin->stationIds << s.store->station().id;
        core::DemoStations stations(*s.store);
        for (const char *code : {"CAISSE2", "CAISSE3"}) {
            auto id = stations.cloneStation(s.store->station().id, QString::fromLatin1(code));
            if (!id) {
                qWarning("clone: %s", qPrintable(id.error().message));
                return nullptr;
            }
            admin->stationIds << *id;
        }
        core::CashSessions sessions(*s.store);
        if (!sessions.current()) {
            if (auto opened = sessions.open(s.cashier, 15000); !opened) {
                qWarning("open: %s", qPrintable(opened.error().message));
                return nullptr;
            }
        }
        s.clock.advanceSecs(600);
        auto category = core::CategoryCatalog(*s.store).list().value(0);
        for (const core::Category &c : core::CategoryCatalog(*s.store).list()) {
            if (!c.weightRequired && !c.minPriceCents && c.parentId.isEmpty()) {
                category = c;
                break;
            }
        }
        core::SaleDraft draft;
        draft.lines.append({category.id, 2, 350, std::nullopt});
        draft.payments.append({core::PaymentMethod::Cash, 1000});
        auto sale = core::Sales(*s.store).record(s.cashier, draft);
        if (!sale) {
            qWarning("sale: %s", qPrintable(sale.error().message));
            return nullptr;
        }
        admin->todaysSale = *sale;
        s.clock.advanceSecs(180);
        return admin;
    }
};

} // namespace recaisse::test
