#pragma once

#include "core/store.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace recaisse::test {

// A deterministic quarter of a shop's flows, written as a pull of two other stations leaves them
// in the tables (documents and their rows): deposits by channel and destination, sales (weighed
// or not), refunds, and outflow documents (recycling, waste centre, partner association). The
// rows are kept so that a test computes its expectations from them, independently of core.
// A fixed seed and the raw Mersenne Twister (fully specified by the standard), so every
// platform makes the same data; days fall around the quarter's edges.
struct FlowFixture
{
    struct DepositRow
    {
        QDate day;
        QString categoryId;
        QString eeeCode;
        qint64 quantity = 1;
        qint64 grams = 0;
        QString destination; // shop, recycling, waste-centre
        QString origin; // voluntary, home-collection, partner-waste-centre, professional
    };
    struct SaleRow
    {
        QDate day;
        QString stationId;
        qint64 seq = 0;
        int lineNo = 0;
        QString categoryId;
        QString eeeCode;
        qint64 quantity = 1;
        std::optional<qint64> grams;
        qint64 cents = 0;
        qint64 refunded = 0; // items, by any refund on any day
        qint64 refundedCents = 0;
    };
    struct OutflowRow
    {
        QDate day;
        QString kind; // recycling, waste, partner
        QString categoryId;
        QString eeeCode;
        qint64 quantity = 1;
        qint64 grams = 0;
    };

    QDate first{2026, 1, 1};
    QDate last{2026, 3, 31};
    QList<DepositRow> deposits;
    QList<SaleRow> sales;
    QList<OutflowRow> outflows;
    // The categories' average weights the fixture sets (inputs of the estimated reuse).
    QHash<QString, qint64> averageGrams;

    // The categories the fixture uses: the eight EEE ones, furniture, toys, DIY and garden,
    // textiles, linen, shoes, and some belonging to no eco-organism.
    static const QStringList &categoryIds();
    // The EEE code the default categories carry ("" for the others).
    static QString eeeCodeOf(const QString &categoryId);

    bool inPeriod(const QDate &day) const { return day >= first && day <= last; }

    // Fills the store (clock untouched). False, with a warning, when an insert fails.
    bool build(core::Store &store, quint32 seed = 20261207, int documents = 240);
};

// One document of one line at a time, written as a pull leaves it in the tables, for a test whose
// few flows are computed by hand (the FlowFixture's own insertions, one by one).
class RawFlows
{
public:
    explicit RawFlows(core::Store &store, QString stationId = QStringLiteral("s2"));

    bool deposit(const QDate &day, const QString &categoryId, qint64 quantity, qint64 grams,
        const QString &destination, const QString &origin = QStringLiteral("voluntary"));
    // kind: recycling (with partner: an eco-organism's collection; with stream: that stream),
    // waste or partner (partner: the association).
    bool outflow(const QDate &day, const QString &kind, const QString &categoryId, qint64 quantity,
        qint64 grams, const QString &partner = {}, const QString &stream = {});
    // A line of a category sold by the kilo when pricePerKgCents is set (a weighed lot).
    bool sale(const QDate &day, const QString &categoryId, qint64 quantity, qint64 grams,
        qint64 cents, std::optional<qint64> pricePerKgCents = std::nullopt);

private:
    std::optional<qint64> document(const QString &kind, const QDate &day);

    core::Store &m_store;
    QString m_station;
    qint64 m_seq = 0;
};

} // namespace recaisse::test
