#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QMap>

namespace recaisse::core {

class Store;
struct FlowRow;
struct SiteSettings;

// What became of the kilograms of one group (the whole site, a partner, a partner category or a
// shop category) over a period, from the documents by the one rule of MaterialFlows.
struct TonnageFigures
{
    qint64 receivedCount = 0;
    qint64 receivedGrams = 0;
    // By collection channel: voluntary, home-collection, partner-waste-centre, professional (the
    // deposits' origin keys).
    QMap<QString, qint64> receivedByChannel;
    qint64 soldCount = 0; // net of refunds
    qint64 soldGrams = 0;
    qint64 soldEstimatedGrams = 0; // the part counted from the categories' average weights
    qint64 soldCents = 0;
    qint64 givenGrams = 0; // outflows to a partner association and free gifts at the till
    // Deposits sent straight to recycling and recycling outflows: handed to the eco-organism's
    // collection or a recycling stream.
    qint64 recycledGrams = 0;
    qint64 collectedGrams = 0; // of recycledGrams: handed to an eco-organism's collection
    QMap<QString, qint64> recycledByStream; // of recycledGrams: outflows to a named stream
    qint64 wasteGrams = 0; // deposits sent to the waste centre and waste outflows

    qint64 reusedGrams() const { return soldGrams + givenGrams; }
    // Of recycledGrams: neither collected nor sorted by stream (deposits sent to recycling at
    // the reception and recycling outflows without a stream).
    qint64 unsortedRecycledGrams() const;
    // Diverted from waste: reused and recycled.
    qint64 divertedGrams() const { return reusedGrams() + recycledGrams; }
    // Reused / received in hundredths of a percent (half up); -1 when nothing was received.
    qint64 reuseRateBasisPoints() const;
    void add(const TonnageFigures &other);
    // Adds one group of flows: the single rule of what counts as received, sold, given,
    // recycled and thrown away, shared by every declaration and the report.
    void add(const FlowRow &row);
    bool operator==(const TonnageFigures &other) const = default;
};

struct TonnageGroup
{
    QString partner; // "" for no eco-organism
    QString code; // shop category id, or the partner category code
    QString label;
    TonnageFigures figures;
};

// One line of the report as shown and printed: a label and its value (a weight, a rate), or a
// section's title (no value). A detail is an "of which" of the line above it.
struct TonnageLine
{
    QString label;
    QString value;
    bool detail = false;
    bool title() const { return value.isEmpty(); }
};

struct TonnageReport
{
    QDate from;
    QDate to;
    QString site;
    // The site is a demo shop (SiteInfo::demo): its figures are invented, and every form of the
    // report (PDF, CSV, XLSX, JSON, the file name) says so.
    bool demo = false;
    QDateTime generatedUtc;
    TonnageFigures total;
    QList<TonnageGroup> byPartner; // every known partner, then "none"
    QList<TonnageGroup> byPartnerCategory; // in each definition's code order, then "none"
    QList<TonnageGroup> byCategory; // shop categories with any flow, by id
    // What was received from each town (code: its postcode; label: its name), heaviest first,
    // then the deposits that named none (empty code and label); only the received figures.
    QList<TonnageGroup> byTown;
    QStringList warnings;
};

// The tonnage report ("Bilan matière") a local authority asks for: received by channel, reused
// (sold and given), recycled and thrown away, per eco-organism, partner category and shop
// category. Its partner categories' figures are each declaration's for the same period.
class TonnageReports
{
    Q_DECLARE_TR_FUNCTIONS(TonnageReports)

public:
    explicit TonnageReports(Store &store);

    // Needs ViewReports.
    Result<TonnageReport> prepare(const Actor &actor, const QDate &from, const QDate &to) const;
    // The same without a permission check (benchmarks, scheduled runs).
    // stationId: only what that station recorded (the e-mail key figures' filter); empty: the
    // whole site. siteId: only the documents of that site's stations, named after it (a
    // super-administrator's full export of another site); empty: every document held.
    Result<TonnageReport> aggregate(const QDate &from, const QDate &to,
        const QString &stationId = {}, const QString &siteId = {}) const;

    static const QStringList &channels();
    // The whole site's figures: received (by channel), sold (the estimated part), given, reused,
    // recycled, thrown away, diverted from waste and the reuse rate.
    static QList<TonnageLine> summaryLines(const TonnageReport &report);
    // Where the recycled kilograms went: each eco-organism's collection, each recycling stream,
    // the rest not sorted, and the total recycled.
    static QList<TonnageLine> recyclingLines(const TonnageReport &report);
    // Where the received kilograms come from: each town, then the deposits without one.
    static QList<TonnageLine> townLines(const TonnageReport &report);
    // The report on A4 pages with the site's name, address and SIRET (site) and its logo and
    // colours (branding, Sites::branding(); the default look without them): both lists above,
    // then per eco-organism, per partner category and per shop category.
    static QByteArray pdf(
        const TonnageReport &report, const SiteInfo &site, const SiteSettings &branding);
    // One table: a header, then the total, each partner, each partner category, each shop
    // category; kilograms with three decimals, ';' separated, UTF-8 with a BOM. A demo shop's
    // starts with a line of its own, before the header, saying that its figures are invented.
    static QByteArray csv(const TonnageReport &report);
    static QJsonObject json(const TonnageReport &report);
    // The same table in an XLSX workbook (numbers as numbers). A demo shop's sheet starts with
    // a row saying that its figures are invented, and its printed pages carry the mark in their
    // header.
    static Result<void> writeXlsx(const TonnageReport &report, const QString &path);
    // The name proposed for the report's file: "bilan-matiere-<from>-<to>.<extension>", headed
    // by DemoShop::fileNamePrefix for a demo shop.
    static QString fileName(const TonnageReport &report, const QString &extension);

private:
    // The received kilograms per town, heaviest first, then the deposits without a town, from
    // rows split by town (MaterialFlows::Split::ByTown).
    static QList<TonnageGroup> receivedByTown(const QList<FlowRow> &flows);

    Store &m_store;
};

} // namespace recaisse::core
