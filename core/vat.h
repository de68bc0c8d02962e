#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QMap>

namespace recaisse::core {

class Store;
struct Sale;

// The VAT status of a site. A VAT-exempt association prints its mention (art. 293 B du CGI); a
// shop under the margin scheme for second-hand goods pays VAT on its margin, which for donated
// goods (bought for 0) is the whole price, and never shows that VAT on a ticket (art. 297 E du
// CGI); a liable shop applies a rate per category and prints the totals excluding VAT per rate.
enum class VatRegime { NotLiable, Margin, Liable };
QString toKey(VatRegime regime); // "not-liable", "margin", "liable"
std::optional<VatRegime> vatRegimeFromKey(const QString &key);

namespace vat {

// Rates are kept in hundredths of a percent: 2000 is 20 %, 550 is 5,5 %.
inline constexpr int maxRateBp = 10000;
inline constexpr int standardRateBp = 2000;

// The one rounding rule, applied per ticket and rate: excluding VAT = price × 100 / (100 + rate)
// rounded half up to the cent; the VAT is the price minus that. A negative amount (a refund) is
// rounded as its opposite.
qint64 excludingVat(qint64 grossCents, int rateBp);
// "20", "5,5", "5.5 %", "2,10" -> hundredths of a percent; refused outside 0–100 %.
Result<int> parseRate(const QString &text);
// 2000 -> "20 %", 550 -> "5,5 %", 210 -> "2,1 %".
QString formatRate(int rateBp);

} // namespace vat

// The VAT of one rate: on one ticket, or summed over tickets (Z report, closings).
struct VatAmount
{
    int rateBp = 0;
    qint64 grossCents = 0;
    qint64 netCents = 0; // excluding VAT
    qint64 vatCents = 0;
};
// The VAT of one ticket: its lines' amounts grouped by rate, each group rounded once.
QList<VatAmount> ticketVat(const QList<std::pair<int, qint64>> &rateAndGrossCents);
// Adds one ticket's VAT to a sum per rate, kept ordered by rate.
void addVat(QList<VatAmount> &sum, const QList<VatAmount> &ticket);
// The VAT of the sales of a session or a period: the sum of each ticket's VAT, apart for the
// tickets made under the margin scheme (VAT on the margin, never printed on the ticket).
struct VatTotals
{
    QList<VatAmount> liable;
    QList<VatAmount> margin;
    bool isEmpty() const { return liable.isEmpty() && margin.isEmpty(); }
};
// The VAT of sales by business day, then station id (only the station-days that have some).
using DailyVat = QMap<QDate, QMap<QString, VatTotals>>;

// The VAT of a recorded sale under the regime it captured (empty when not liable or recorded
// before regimes existed).
QList<VatAmount> saleVat(const Sale &sale);

// A site's VAT setting, in force from effectiveDay (a business day) on.
struct VatStatus
{
    VatRegime regime = VatRegime::NotLiable;
    QString mention; // printed on tickets, Z reports and closings
    int defaultRateBp = vat::standardRateBp; // liable: a category without its own rate; margin
    QMap<QString, int> categoryRatesBp; // liable: per category id, inherited by sub-categories
    QDate effectiveDay;

    static QString defaultMention(VatRegime regime);
};

// The legal warranty printed for a category's goods (tickets on request).
struct Warranty
{
    bool durable = false; // a ticket holding such a good is always printed
    int months = 0; // the legal guarantee of conformity printed for it
};

// The French till rules of a site: its VAT status over time, which goods are durable and their
// warranty, whether every ticket is printed. Changing them needs ManageSettings (a category's
// warranty: ManageCategories); each change is audited. Reading needs nothing: every ticket is made
// with them.
class TillRules
{
    Q_DECLARE_TR_FUNCTIONS(TillRules)

public:
    // The legal guarantee of conformity lasts 2 years from delivery for new and second-hand goods
    // alike (Code de la consommation, art. L217-3; art. L217-2 excludes only public auctions);
    // for second-hand goods the defect is presumed to predate the sale for 12 months instead of
    // 24 (art. L217-7). The shop may set another duration per category.
    static constexpr int defaultWarrantyMonths = 24;
    static constexpr int maxWarrantyMonths = 120;
    static constexpr int maxMentionLength = 200;

    explicit TillRules(Store &store);

    // The setting in force on a business day (the latest one effective that day); not liable
    // with its default mention when none was ever set.
    Result<VatStatus> vatInForce(const QDate &day) const;
    // Every setting, oldest first (the history the admin reads).
    Result<QList<VatStatus>> vatHistory() const;
    // A new setting from status.effectiveDay on: never before today (a past document keeps the
    // regime it was made under), rates within 0–100 %, known categories. Audited ("vat.change").
    Result<void> setVat(const Actor &actor, const VatStatus &status);
    // A category's own rate (none: it takes its parent's, else the default) from today on, in
    // the setting in force (a liable shop's): a new setting of today that copies it with this
    // one change, checked and audited as any (setVat). Refused while a later setting is
    // scheduled (it would undo the change on its day): change that one instead.
    Result<void> setCategoryRate(
        const Actor &actor, const QString &categoryId, std::optional<int> rateBp);
    // The rate set on the category itself in the setting in force today (none: inherited).
    Result<std::optional<int>> ownRate(const QString &categoryId) const;
    // The rate a line of the category takes under the status (its own, an ancestor's, else the
    // default); nullopt when not liable.
    std::optional<int> rateFor(const VatStatus &status, const Category &category) const;

    Result<Warranty> warrantyOf(const Category &category) const;
    // Audited ("category.warranty").
    Result<void> setWarranty(const Actor &actor, const QString &categoryId, const Warranty &w);

    Result<bool> printEveryTicket() const;
    // Audited ("site.ticket-printing").
    Result<void> setPrintEveryTicket(const Actor &actor, bool every);

    // The VAT of a station's sales in one cash session, or on the business days first..last.
    Result<VatTotals> sessionVat(const QString &stationId, qint64 sessionSeq) const;
    Result<VatTotals> periodVat(
        const QString &stationId, const QDate &first, const QDate &last) const;
    // Every station's VAT on each of the business days first..last, in one pass: each
    // station-day's is periodVat(station, day, day), and periodVat is the sum of its days'.
    Result<DailyVat> dailyVat(const QDate &first, const QDate &last) const;

    // Tickets on request (loi AGEC, art. L541-15-10 du code de l'environnement): a ticket is
    // printed when the customer asks, unless the site prints every ticket or the ticket holds a
    // durable good, whose ticket carries the legal warranty and is always printed.
    static bool printForced(const Sale &sale, bool printEveryTicket);

private:
    Store &m_store;
};

} // namespace recaisse::core
