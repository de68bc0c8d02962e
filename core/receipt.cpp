#include "receipt.h"

#include "demoshop.h"
#include "money.h"

#include <algorithm>
#include <functional>

namespace recaisse::core {

namespace {

QString cut(const QString &text, int width)
{
    return text.size() <= width ? text : text.left(std::max(0, width));
}

// One line of text: line breaks and tabs become spaces; no-break spaces are kept.
QString oneLine(const QString &text)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    return line.trimmed();
}

QString centered(const QString &text, int width)
{
    const QString fitted = cut(oneLine(text), width);
    const int left = (width - int(fitted.size())) / 2;
    return QString(left, u' ') + fitted;
}

// left ... right, right aligned; the left part is cut to leave at least one space.
QString columns(const QString &left, const QString &right, int width)
{
    const QString r = cut(right, width);
    const int room = width - int(r.size()) - 1;
    if (room <= 0)
        return r;
    const QString l = cut(oneLine(left), room);
    return l + QString(width - int(l.size()) - int(r.size()), u' ') + r;
}

QString rule(int width)
{
    return QString(width, u'-');
}

// Words wrapped to width; a word longer than width is cut into pieces. Each paragraph of text
// (a line the admin typed) starts a new line; blank lines are kept between paragraphs.
QStringList wrapped(const QString &text, int width)
{
    QStringList lines;
    QStringList paragraphs = text.split(u'\n');
    while (!paragraphs.isEmpty() && paragraphs.constFirst().trimmed().isEmpty())
        paragraphs.removeFirst();
    while (!paragraphs.isEmpty() && paragraphs.constLast().trimmed().isEmpty())
        paragraphs.removeLast();
    for (const QString &paragraph : std::as_const(paragraphs)) {
        const QStringList words = oneLine(paragraph).split(u' ', Qt::SkipEmptyParts);
        if (words.isEmpty()) {
            lines << QString();
            continue;
        }
        QString line;
        for (QString word : words) {
            while (word.size() > width) {
                if (!line.isEmpty()) {
                    lines << line;
                    line.clear();
                }
                lines << word.left(width);
                word = word.mid(width);
            }
            if (word.isEmpty())
                continue;
            if (line.isEmpty())
                line = word;
            else if (line.size() + 1 + word.size() <= width)
                line += u' ' + word;
            else {
                lines << line;
                line = word;
            }
        }
        if (!line.isEmpty())
            lines << line;
    }
    return lines;
}

QString localTime(const QDateTime &utc, const QTimeZone &zone)
{
    return utc.toTimeZone(zone).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

} // namespace

QString Receipt::shortHash(const QString &hash)
{
    return hash.left(12);
}

namespace {

struct Builder
{
    int width;
    QStringList lines;

    void add(const QString &text) { lines << cut(oneLine(text), width); }
    void center(const QString &text) { lines << centered(text, width); }
    void pair(const QString &left, const QString &right) { lines << columns(left, right, width); }
    // A pair under a heading, indented by two spaces.
    void item(const QString &left, const QString &right)
    {
        lines << QStringLiteral("  ") + columns(left, right, width - 2);
    }
    void separator() { lines << rule(width); }
    // The admin's free text (receipt header or footer), wrapped and centred.
    void paragraphs(const QString &text)
    {
        for (const QString &line : wrapped(text, width))
            lines << (line.isEmpty() ? QString() : centered(line, width));
    }
};

} // namespace

static void header(Builder &b, const SiteInfo &site, const StationInfo &station, bool duplicate,
    const QString &duplicateText, const QString &stationText)
{
    // A demo shop's documents were invented: never mistaken for a real one, on paper or screen.
    if (site.demo) {
        b.center(QStringLiteral("*** %1 ***").arg(DemoShop::mark()));
        b.add(QString());
    }
    if (duplicate) {
        b.center(QStringLiteral("*** %1 ***").arg(duplicateText));
        b.add(QString());
    }
    b.center(site.name);
    const QStringList address = site.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &part : address)
        b.center(part);
    if (!site.siret.isEmpty())
        b.center(Receipt::tr("SIRET: %1").arg(site.siret));
    if (!site.receiptHeader.trimmed().isEmpty()) {
        b.add(QString());
        b.paragraphs(site.receiptHeader);
    }
    b.add(QString());
    b.add(stationText.arg(station.code));
}

// The register's cheques not on a deposit slip yet, on its Z: how many, their total, and each
// one (its day and ticket, bank and number when typed) up to maxListed, oldest first.
static void chequeLines(Builder &b, const QList<Cheque> &cheques)
{
    constexpr int maxListed = 100;
    if (cheques.isEmpty())
        return;
    qint64 totalCents = 0;
    for (const Cheque &cheque : cheques)
        totalCents += cheque.amountCents;
    b.separator();
    b.pair(
        Receipt::tr("Cheques not deposited (%1)").arg(cheques.size()), money::format(totalCents));
    for (qsizetype i = 0; i < std::min<qsizetype>(cheques.size(), maxListed); ++i) {
        const Cheque &cheque = cheques.at(i);
        b.item(QStringLiteral("%1 %2").arg(
                   cheque.day.toString(QStringLiteral("dd/MM")), cheque.documentNumber),
            money::format(cheque.amountCents));
        if (const QString typed = ChequeSlips::bankAndNumber(cheque); !typed.isEmpty())
            b.add(QStringLiteral("    ") + typed);
    }
    if (cheques.size() > maxListed)
        b.add(QStringLiteral("  ")
            + Receipt::tr(
                "and %n more: see the Cheques page", nullptr, int(cheques.size() - maxListed)));
}

// The VAT of a ticket, Z report or closing: per rate, the amount excluding VAT and the VAT; the
// margin scheme's VAT apart (only on Z reports and closings: a ticket never shows it).
static void vatLines(Builder &b, const QList<VatAmount> &amounts, const QString &heading)
{
    if (amounts.isEmpty())
        return;
    b.add(heading);
    for (const VatAmount &amount : amounts) {
        b.item(Receipt::tr("%1 excl. VAT").arg(vat::formatRate(amount.rateBp)),
            money::format(amount.netCents));
        b.item(Receipt::tr("%1 VAT").arg(vat::formatRate(amount.rateBp)),
            money::format(amount.vatCents));
    }
}

// Solidarity prices on a Z report or closing: the discounts are already out of the sales; free
// gifts are reuse (their count and weight).
static void solidarityLines(Builder &b, const SolidarityTotals &totals)
{
    if (totals.discountedTickets > 0)
        b.pair(Receipt::tr("Solidarity discounts (%1)").arg(totals.discountedTickets),
            money::format(-totals.discountCents));
    if (totals.giftItems > 0)
        b.pair(
            Receipt::tr("Free gifts (%1)").arg(totals.giftItems), weight::format(totals.giftGrams));
}

static void mention(Builder &b, const QString &text)
{
    if (text.trimmed().isEmpty())
        return;
    for (const QString &line : wrapped(text, b.width))
        b.center(line);
}

static void footer(Builder &b, const SiteInfo &site, bool duplicate, const QString &duplicateText)
{
    if (!site.receiptFooter.trimmed().isEmpty()) {
        b.add(QString());
        b.paragraphs(site.receiptFooter);
    }
    if (site.demo) {
        b.add(QString());
        b.center(QStringLiteral("*** %1 ***").arg(DemoShop::mark()));
    }
    if (duplicate) {
        b.add(QString());
        b.center(QStringLiteral("*** %1 ***").arg(duplicateText));
    }
}

QStringList Receipt::forSale(const Sale &sale, const SiteInfo &site, const StationInfo &station,
    const QTimeZone &zone, int width, bool duplicate)
{
    Builder b{std::max(width, minWidth), {}};
    const QString duplicateText = tr("DUPLICATE");
    header(b, site, station, duplicate, duplicateText, tr("Station: %1"));
    b.add(tr("Ticket: %1").arg(sale.stamp.number));
    b.add(tr("Date: %1").arg(localTime(sale.stamp.createdUtc, zone)));
    // The member's number only: the name stays in the register.
    if (!sale.memberNumber.isEmpty())
        b.add(tr("Member: %1").arg(sale.memberNumber));
    b.separator();
    for (const SaleLine &line : sale.lines) {
        // The original price, then the line's share of the solidarity discount.
        b.pair(tr("%1 x %2").arg(line.quantity).arg(line.categoryName),
            money::format(line.listCents()));
        if (line.quantity > 1)
            b.add(QStringLiteral("    ") + tr("%1 each").arg(money::format(line.unitPriceCents)));
        if (line.discountCents > 0)
            b.pair(QStringLiteral("    ") + tr("Discount"), money::format(-line.discountCents));
        if (!line.giftReason.isEmpty())
            b.add(QStringLiteral("    ") + tr("Free gift: %1").arg(line.giftReason));
        if (line.pricePerKgCents && line.weightGrams)
            b.add(QStringLiteral("    ")
                + tr("%1 × %2/kg")
                      .arg(
                          weight::format(*line.weightGrams), money::format(*line.pricePerKgCents)));
        // A durable good's ticket states the legal warranty (Code de la consommation,
        // art. L217-3 and D211-2).
        if (line.durable)
            for (const QString &text :
                wrapped(tr("Legal guarantee of conformity: %1 months").arg(line.warrantyMonths),
                    b.width))
                b.add(text);
    }
    b.separator();
    if (sale.discount) {
        b.pair(tr("Before discount"), money::format(sale.totalCents + sale.discountCents()));
        b.pair(QStringLiteral("%1 %2").arg(
                   sale.discount->reason, Solidarity::describe(*sale.discount)),
            money::format(-sale.discountCents()));
    }
    b.pair(tr("TOTAL"), money::format(sale.totalCents));
    for (const Payment &payment : sale.payments)
        b.pair(displayName(payment.method), money::format(payment.amountCents));
    if (sale.changeCents != 0)
        b.pair(tr("Change"), money::format(sale.changeCents));
    if (sale.vatRegime == VatRegime::Liable) {
        b.separator();
        vatLines(b, saleVat(sale), tr("VAT"));
    }
    if (!sale.vatMention.trimmed().isEmpty()) {
        b.separator();
        mention(b, sale.vatMention);
    }
    b.separator();
    b.add(tr("Fingerprint: %1").arg(shortHash(sale.stamp.hash)));
    b.add(QString());
    b.center(tr("Thank you for your visit!"));
    footer(b, site, duplicate, duplicateText);
    return b.lines;
}

QStringList Receipt::forDeposit(const Deposit &deposit, const DepositDraft &draft,
    const SiteInfo &site, const StationInfo &station, const QTimeZone &zone, int width,
    bool duplicate, const QHash<QString, QString> &categoryNames)
{
    Builder b{std::max(width, minWidth), {}};
    const QString duplicateText = tr("DUPLICATE");
    header(b, site, station, duplicate, duplicateText, tr("Station: %1"));
    b.center(tr("DONATION RECEIPT"));
    b.add(tr("Receipt: %1").arg(deposit.stamp.number));
    b.add(tr("Date: %1").arg(localTime(deposit.stamp.createdUtc, zone)));
    if (!draft.note.simplified().isEmpty())
        b.add(tr("Donor: %1").arg(draft.note.simplified()));
    // The donor's town, with its postcode, when reception asked for it.
    if (!deposit.town.isEmpty())
        b.add(tr("Town: %1").arg(deposit.town));
    b.separator();
    qint64 items = 0;
    for (const DepositLineDraft &line : draft.lines) {
        const QString name = categoryNames.value(line.categoryId, line.categoryId);
        b.pair(tr("%1 x %2").arg(line.quantity).arg(name), weight::format(line.weightGrams));
        items += line.quantity;
    }
    b.separator();
    b.pair(tr("Items"), QString::number(items));
    b.pair(tr("Total weight"), weight::format(deposit.totalWeightGrams));
    b.separator();
    b.add(tr("Fingerprint: %1").arg(shortHash(deposit.stamp.hash)));
    b.add(QString());
    b.center(tr("Thank you for your donation!"));
    footer(b, site, duplicate, duplicateText);
    return b.lines;
}

QStringList Receipt::forZReport(const ZReport &report, const SiteInfo &site,
    const StationInfo &station, const QTimeZone &zone, int width, bool duplicate)
{
    // The one rendering of a closing: printed, shown on the closing screen and in the sessions
    // history. Money that leaves the drawer is written negative, money that enters positive.
    const auto inflow = [](qint64 cents) {
        return cents > 0 ? QStringLiteral("+") + money::format(cents) : money::format(cents);
    };
    Builder b{std::max(width, minWidth), {}};
    const QString duplicateText = tr("DUPLICATE");
    header(b, site, station, duplicate, duplicateText, tr("Station: %1"));
    b.center(tr("Z REPORT"));
    b.add(tr("Closing: %1").arg(report.stamp.number));
    b.add(tr("Cashier: %1").arg(report.cashierName));
    b.add(tr("Opened: %1").arg(localTime(report.openedUtc, zone)));
    b.add(tr("Closed: %1")
              .arg(localTime(
                  report.closedUtc.isValid() ? report.closedUtc : report.stamp.createdUtc, zone)));
    b.separator();
    const SessionTotals &t = report.totals;
    b.pair(tr("Sales (%1)").arg(t.salesCount), money::format(t.salesTotalCents));
    b.pair(tr("Refunds (%1)").arg(t.refundsCount), money::format(-t.refundsTotalCents));
    // Objects that left for recycling from the till: weight, never money.
    if (t.outflowsCount > 0)
        b.pair(tr("Outflows (%1)").arg(t.outflowsCount), weight::format(t.outflowGrams));
    // Money donations: apart from the sales, never turnover.
    if (t.donationsCount > 0)
        b.pair(tr("Donations (%1)").arg(t.donationsCount), money::format(t.donationsCents));
    // Membership fees: apart from the sales, never turnover.
    if (t.membershipsCount > 0)
        b.pair(
            tr("Membership fees (%1)").arg(t.membershipsCount), money::format(t.membershipsCents));
    solidarityLines(b, report.solidarity);
    if (!report.vat.isEmpty()) {
        b.separator();
        vatLines(b, report.vat.liable, tr("VAT"));
        vatLines(b, report.vat.margin, tr("VAT on the margin (second-hand goods)"));
    }
    b.separator();
    b.add(tr("Payment methods"));
    for (const auto &[method, cents] : {std::pair{PaymentMethod::Cash, t.cashSalesCents},
             std::pair{PaymentMethod::Card, t.cardCents},
             std::pair{PaymentMethod::Cheque, t.chequeCents},
             std::pair{PaymentMethod::Free, t.freeCents}})
        b.item(displayName(method), money::format(cents));
    if (t.donationsCount > 0) {
        b.separator();
        b.add(tr("Donations by payment method"));
        for (const auto &[method, cents] : {std::pair{PaymentMethod::Cash, t.cashDonationsCents},
                 std::pair{PaymentMethod::Card, t.cardDonationsCents},
                 std::pair{PaymentMethod::Cheque, t.chequeDonationsCents}})
            b.item(displayName(method), money::format(cents));
    }
    if (t.membershipsCount > 0) {
        b.separator();
        b.add(tr("Membership fees by payment method"));
        for (const auto &[method, cents] : {std::pair{PaymentMethod::Cash, t.cashMembershipsCents},
                 std::pair{PaymentMethod::Card, t.cardMembershipsCents},
                 std::pair{PaymentMethod::Cheque, t.chequeMembershipsCents}})
            b.item(displayName(method), money::format(cents));
    }
    b.separator();
    b.add(tr("Cash drawer"));
    b.item(tr("Opening float"), money::format(t.floatCents));
    b.item(tr("Cash sales"), inflow(t.cashSalesCents));
    b.item(tr("Cash refunds"), money::format(-t.cashRefundsCents));
    b.item(tr("Cash in"), inflow(t.movementsInCents));
    b.item(tr("Cash out"), money::format(-t.movementsOutCents));
    if (t.cashDonationsCents != 0)
        b.item(tr("Cash donations"), inflow(t.cashDonationsCents));
    if (t.cashMembershipsCents != 0)
        b.item(tr("Cash membership fees"), inflow(t.cashMembershipsCents));
    b.pair(tr("Expected cash"), money::format(report.expectedCents));
    b.pair(tr("Counted cash"), money::format(report.countedCents));
    b.pair(tr("Variance"), inflow(report.varianceCents));
    if (!report.counted.isEmpty()) {
        b.separator();
        b.add(tr("Count"));
        // Largest first, as on the count sheet.
        QList<qint64> denominations = report.counted.keys();
        std::sort(denominations.begin(), denominations.end(), std::greater<>());
        for (const qint64 cents : std::as_const(denominations)) {
            const qint64 pieces = report.counted.value(cents);
            if (pieces != 0)
                b.item(QStringLiteral("%1 x %2").arg(money::format(cents)).arg(pieces),
                    money::format(cents * pieces));
        }
    }
    chequeLines(b, report.chequesWaiting);
    if (!report.comment.simplified().isEmpty() || !report.validatedBy.isEmpty()) {
        b.separator();
        if (!report.comment.simplified().isEmpty()) {
            b.add(tr("Comment:"));
            for (const QString &line : wrapped(report.comment, b.width))
                b.add(line);
        }
        if (!report.validatedBy.isEmpty())
            b.add(tr("Validated by: %1").arg(report.validatedBy));
    }
    if (report.restore) {
        // The numbers printed on the lost PC after its last sync are nowhere else: the Z says
        // where the known numbering stopped and where it goes on.
        b.separator();
        const ZReport::Restore &restore = *report.restore;
        QStringList text{
            tr("Restored from a backup: numbering continues in series %1.").arg(restore.newSeries),
            restore.lastNumber.isEmpty()
                ? tr("No number of series %1 was known.").arg(restore.oldSeries)
                : tr("Last known number of series %1: %2")
                      .arg(restore.oldSeries, restore.lastNumber)};
        for (const QString &sentence : std::as_const(text)) {
            for (const QString &line : wrapped(sentence, b.width))
                b.add(line);
        }
    }
    b.separator();
    b.pair(tr("Grand total"), money::format(report.grandTotalCents));
    b.add(tr("Fingerprint: %1").arg(shortHash(report.stamp.hash)));
    if (!site.vatMention.trimmed().isEmpty()) {
        b.add(QString());
        mention(b, site.vatMention);
    }
    footer(b, site, duplicate, duplicateText);
    return b.lines;
}

QStringList Receipt::forPrinterTest(
    const SiteInfo &site, const StationInfo &station, const QDateTime &localTime, int width)
{
    Builder b{width, {}};
    b.center(site.name);
    b.center(tr("Test ticket"));
    b.add(QString());
    b.add(tr("Station %1").arg(station.code));
    b.add(localTime.toString(QStringLiteral("dd/MM/yyyy HH:mm")));
    b.separator();
    b.add(QStringLiteral("éèêàçù € 0123456789"));
    b.separator();
    return b.lines;
}

QString Receipt::periodText(const PeriodClosing &closing)
{
    switch (closing.kind) {
    case PeriodKind::Day:
        return closing.first.toString(QStringLiteral("dd/MM/yyyy"));
    case PeriodKind::Month:
        return closing.first.toString(QStringLiteral("MM/yyyy"));
    case PeriodKind::Year:
        return closing.first.toString(QStringLiteral("yyyy"));
    }
    return {};
}

QStringList Receipt::forClosing(const PeriodClosing &closing, const SiteInfo &site,
    const StationInfo &station, const QTimeZone &zone, int width)
{
    Builder b{std::max(width, minWidth), {}};
    header(b, site, station, false, QString(), tr("Station: %1"));
    switch (closing.kind) {
    case PeriodKind::Day:
        b.center(tr("DAY CLOSING"));
        break;
    case PeriodKind::Month:
        b.center(tr("MONTH CLOSING"));
        break;
    case PeriodKind::Year:
        b.center(tr("YEAR CLOSING"));
        break;
    }
    b.add(tr("Closing: %1").arg(closing.stamp.number));
    b.add(tr("Period: %1").arg(periodText(closing)));
    b.add(tr("Closed: %1").arg(localTime(closing.stamp.createdUtc, zone)));
    b.separator();
    b.pair(tr("Sales (%1)").arg(closing.salesCount), money::format(closing.salesTotalCents));
    b.pair(tr("Refunds (%1)").arg(closing.refundsCount), money::format(-closing.refundsTotalCents));
    b.pair(tr("Net"), money::format(closing.salesTotalCents - closing.refundsTotalCents));
    if (closing.form >= 2)
        b.pair(tr("Documents"), QString::number(closing.documentsCount));
    if (closing.donationsCount > 0)
        b.pair(tr("Donations (%1)").arg(closing.donationsCount),
            money::format(closing.donationsCents));
    // Membership fees: apart from the sales, never turnover.
    if (closing.membershipsCount > 0)
        b.pair(tr("Membership fees (%1)").arg(closing.membershipsCount),
            money::format(closing.membershipsCents));
    solidarityLines(b, closing.solidarity);
    if (!closing.vat.isEmpty()) {
        b.separator();
        vatLines(b, closing.vat.liable, tr("VAT"));
        vatLines(b, closing.vat.margin, tr("VAT on the margin (second-hand goods)"));
    }
    b.separator();
    b.pair(tr("Grand total"), money::format(closing.grandTotalCents));
    if (closing.form >= 2) {
        b.pair(tr("Absolute grand total"), money::format(closing.absoluteGrandTotalCents));
        b.add(tr("Last document: %1").arg(closing.lastSeq));
        b.add(tr("Last hash: %1").arg(shortHash(closing.lastHash)));
    }
    b.add(tr("Fingerprint: %1").arg(shortHash(closing.stamp.hash)));
    if (!site.vatMention.trimmed().isEmpty()) {
        b.add(QString());
        mention(b, site.vatMention);
    }
    footer(b, site, false, QString());
    return b.lines;
}

} // namespace recaisse::core
