#include "tonnagereport.h"

#include "core/admin/sites.h"
#include "core/demoshop.h"
#include "core/exports/ecologicexport.h"
#include "core/exports/partners.h"
#include "core/money.h"
#include "core/outflows.h"
#include "core/pdfpages.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"
#include "core/vat.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <xlsxwriter.h>

#include <algorithm>
#include <functional>

namespace recaisse::core {

namespace {

QString kilograms(qint64 grams)
{
    const QString sign = grams < 0 ? QStringLiteral("-") : QString();
    const qint64 g = grams < 0 ? -grams : grams;
    return sign + QString::number(g / 1000) + QLatin1Char(',')
        + QString::number(g % 1000).rightJustified(3, QLatin1Char('0'));
}

QString percent(qint64 basisPoints)
{
    if (basisPoints < 0)
        return {};
    return QString::number(basisPoints / 100) + QLatin1Char(',')
        + QString::number(basisPoints % 100).rightJustified(2, QLatin1Char('0'));
}

struct Level
{
    QString key;
    const TonnageGroup *group;
    const TonnageFigures *figures;
    bool receivedOnly = false; // a town: what came from it, nothing of what became of it
};

// The cells of numbers() a town's row fills: the received count, weight and channels.
qsizetype receivedCells()
{
    return 2 + TonnageReports::channels().size();
}

QList<Level> levels(const TonnageReport &report, TonnageGroup &totalGroup)
{
    totalGroup.label = TonnageReports::tr("All flows");
    totalGroup.figures = report.total;
    QList<Level> all{{QStringLiteral("total"), &totalGroup, &report.total}};
    for (const TonnageGroup &g : report.byPartner)
        all << Level{QStringLiteral("eco-organisme"), &g, &g.figures};
    for (const TonnageGroup &g : report.byPartnerCategory)
        all << Level{QStringLiteral("categorie_eco-organisme"), &g, &g.figures};
    for (const TonnageGroup &g : report.byCategory)
        all << Level{QStringLiteral("categorie"), &g, &g.figures};
    for (const TonnageGroup &g : report.byTown)
        all << Level{QStringLiteral("commune"), &g, &g.figures, true};
    return all;
}

const QStringList &headers()
{
    static const QStringList names = [] {
        QStringList list = {QStringLiteral("periode_debut"), QStringLiteral("periode_fin"),
            QStringLiteral("site"), QStringLiteral("niveau"), QStringLiteral("eco_organisme"),
            QStringLiteral("code"), QStringLiteral("libelle"), QStringLiteral("entrees_nombre"),
            QStringLiteral("entrees_kg"), QStringLiteral("apport_volontaire_kg"),
            QStringLiteral("collecte_domicile_kg"), QStringLiteral("decheterie_partenaire_kg"),
            QStringLiteral("professionnels_kg"), QStringLiteral("vendu_nombre"),
            QStringLiteral("vendu_kg"), QStringLiteral("dont_estime_kg"),
            QStringLiteral("donne_kg"), QStringLiteral("reemploi_kg"),
            QStringLiteral("recyclage_kg"), QStringLiteral("dechets_kg"),
            QStringLiteral("detourne_kg"), QStringLiteral("taux_reemploi_pct"),
            QStringLiteral("collecte_eco_organismes_kg")};
        for (const QString &stream : recyclingStreams())
            list << QStringLiteral("recyclage_%1_kg")
                        .arg(QString(stream).replace(QLatin1Char('-'), QLatin1Char('_')));
        return list;
    }();
    return names;
}

// The numeric cells of a row, in grams, counts or basis points, after the 7 text cells.
QList<qint64> numbers(const TonnageFigures &f)
{
    QList<qint64> n{f.receivedCount, f.receivedGrams};
    for (const QString &channel : TonnageReports::channels())
        n << f.receivedByChannel.value(channel);
    n << f.soldCount << f.soldGrams << f.soldEstimatedGrams << f.givenGrams << f.reusedGrams()
      << f.recycledGrams << f.wasteGrams << f.divertedGrams() << f.reuseRateBasisPoints()
      << f.collectedGrams;
    for (const QString &stream : recyclingStreams())
        n << f.recycledByStream.value(stream);
    return n;
}

// Which of numbers() are counts and which the reuse rate (the others are grams).
bool isCount(int index)
{
    return index == 0 || index == 6;
}

bool isRate(int index)
{
    return index == 14;
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(';')) && !text.contains(QLatin1Char('"'))
        && !text.contains(QLatin1Char('\n')))
        return text;
    return QLatin1Char('"') + QString(text).replace(QLatin1Char('"'), QStringLiteral("\"\""))
        + QLatin1Char('"');
}

} // namespace

qint64 TonnageFigures::reuseRateBasisPoints() const
{
    if (receivedGrams <= 0)
        return -1;
    return (reusedGrams() * 20000 + receivedGrams) / (2 * receivedGrams);
}

qint64 TonnageFigures::unsortedRecycledGrams() const
{
    qint64 sorted = collectedGrams;
    for (const qint64 grams : recycledByStream)
        sorted += grams;
    return recycledGrams - sorted;
}

void TonnageFigures::add(const TonnageFigures &o)
{
    receivedCount += o.receivedCount;
    receivedGrams += o.receivedGrams;
    for (auto it = o.receivedByChannel.cbegin(); it != o.receivedByChannel.cend(); ++it)
        receivedByChannel[it.key()] += it.value();
    soldCount += o.soldCount;
    soldGrams += o.soldGrams;
    soldEstimatedGrams += o.soldEstimatedGrams;
    soldCents += o.soldCents;
    givenGrams += o.givenGrams;
    recycledGrams += o.recycledGrams;
    collectedGrams += o.collectedGrams;
    for (auto it = o.recycledByStream.cbegin(); it != o.recycledByStream.cend(); ++it)
        recycledByStream[it.key()] += it.value();
    wasteGrams += o.wasteGrams;
}

void TonnageFigures::add(const FlowRow &row)
{
    switch (row.flow) {
    case FlowRow::Flow::Deposit:
        receivedCount += row.count;
        receivedGrams += row.grams;
        receivedByChannel[row.kind] += row.grams;
        if (row.destination == QLatin1String("recycling"))
            recycledGrams += row.grams;
        else if (row.destination == QLatin1String("waste-centre"))
            wasteGrams += row.grams;
        break;
    case FlowRow::Flow::Outflow:
        if (row.kind == QLatin1String("recycling")) {
            recycledGrams += row.grams;
            if (!row.partner.isEmpty())
                collectedGrams += row.grams;
            else if (!row.destination.isEmpty())
                recycledByStream[row.destination] += row.grams;
        } else if (row.kind == QLatin1String("waste")) {
            wasteGrams += row.grams;
        } else if (row.kind == QLatin1String("partner")) {
            givenGrams += row.grams;
        }
        break;
    case FlowRow::Flow::Sale:
        // A free gift leaves for use like a sold object: reused, apart from the sales.
        if (row.kind == QLatin1String("gift")) {
            givenGrams += row.grams;
            break;
        }
        soldCount += row.count;
        soldGrams += row.grams;
        soldEstimatedGrams += row.estimatedGrams;
        soldCents += row.cents;
        break;
    }
}

TonnageReports::TonnageReports(Store &store)
    : m_store(store)
{
}

const QStringList &TonnageReports::channels()
{
    static const QStringList keys = {QStringLiteral("voluntary"), QStringLiteral("home-collection"),
        QStringLiteral("partner-waste-centre"), QStringLiteral("professional")};
    return keys;
}

Result<TonnageReport> TonnageReports::prepare(
    const Actor &actor, const QDate &from, const QDate &to) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    return aggregate(from, to);
}

Result<TonnageReport> TonnageReports::aggregate(
    const QDate &from, const QDate &to, const QString &stationId, const QString &siteId) const
{
    if (auto valid = EcologicPeriod::range(from, to); !valid)
        return valid.error();
    PartnerMapping mapping(m_store);
    if (auto loaded = mapping.load(); !loaded)
        return loaded.error();
    // One pass: the deposits' rows split by town give the received kilograms per town too.
    const auto flows =
        MaterialFlows(m_store).rows(from, to, stationId, siteId, MaterialFlows::Split::ByTown);
    if (!flows)
        return flows.error();

    TonnageReport report;
    report.from = from;
    report.to = to;
    report.site = m_store.site().name;
    report.demo = m_store.isDemo();
    if (!siteId.isEmpty() && siteId != m_store.site().id) {
        QSqlQuery name(m_store.db().connection());
        name.prepare(QStringLiteral("SELECT name, demo FROM site WHERE id = ?"));
        if (auto result = m_store.db().exec(name, {siteId}); !result)
            return result.error();
        if (!name.next())
            return makeError(ErrorCode::NotFound, tr("The shop has no site %1.").arg(siteId));
        report.site = name.value(0).toString();
        report.demo = name.value(1).toInt() == 1;
    }
    report.generatedUtc = m_store.clock().nowUtc();

    // Every known partner and partner category appears, in the definitions' order, then "none".
    QHash<QString, int> partnerRow;
    QHash<QString, int> codeRow;
    const auto codeKey = [](const QString &partner, const QString &code) -> QString {
        return partner + QLatin1Char('\n') + code;
    };
    for (const QString &id : Partners::ids()) {
        const EcologicSchema &definition = mapping.definitions()[id];
        partnerRow.insert(id, int(report.byPartner.size()));
        report.byPartner << TonnageGroup{id, {}, definition.partnerName, {}};
        for (const EcologicCode &code : definition.codes) {
            codeRow.insert(codeKey(id, code.code), int(report.byPartnerCategory.size()));
            report.byPartnerCategory << TonnageGroup{id, code.code, code.label, {}};
        }
    }
    partnerRow.insert(QString(), int(report.byPartner.size()));
    report.byPartner << TonnageGroup{{}, {}, tr("No eco-organism"), {}};
    codeRow.insert(codeKey({}, {}), int(report.byPartnerCategory.size()));
    report.byPartnerCategory << TonnageGroup{{}, {}, tr("No eco-organism"), {}};

    QMap<QString, TonnageFigures> categories;
    for (const FlowRow &flow : *flows) {
        const PartnerAssignment assigned = mapping.resolve(flow.categoryId, flow.eeeCode);
        // Items as the category's eco-organism counts them (weighed lots in pieces for one
        // that counts pieces), so that every group agrees with that partner's declaration.
        const FlowRow row = mapping.counted(flow, assigned);
        report.total.add(row);
        report.byPartner[partnerRow.value(assigned.partner)].figures.add(row);
        const QString key = codeKey(assigned.partner, assigned.code);
        auto it = codeRow.constFind(key);
        if (it == codeRow.constEnd()) {
            report.warnings << tr("The code \"%1\" stored on lines of the category \"%2\" is "
                                  "unknown to the %3 definition.")
                                   .arg(assigned.code, row.categoryId, assigned.partner);
            it = codeRow.insert(key, int(report.byPartnerCategory.size()));
            report.byPartnerCategory << TonnageGroup{assigned.partner, assigned.code, {}, {}};
        }
        report.byPartnerCategory[*it].figures.add(row);
        categories[row.categoryId].add(row);
    }

    // A category's partner as its current lines would be declared (its EEE code included).
    QHash<QString, QString> names;
    QHash<QString, QString> eeeCodes;
    QSqlQuery query(m_store.db().connection());
    if (!query.exec(QStringLiteral("SELECT id, name, coalesce(eee_code, '') FROM category")))
        return m_store.db().errorFrom(query.lastError());
    while (query.next()) {
        names.insert(query.value(0).toString(), query.value(1).toString());
        eeeCodes.insert(query.value(0).toString(), query.value(2).toString());
    }
    for (auto it = categories.cbegin(); it != categories.cend(); ++it) {
        const PartnerAssignment assigned = mapping.resolve(it.key(), eeeCodes.value(it.key()));
        report.byCategory << TonnageGroup{
            assigned.partner, it.key(), names.value(it.key(), it.key()), it.value()};
    }
    report.byTown = receivedByTown(*flows);
    return report;
}

QList<TonnageGroup> TonnageReports::receivedByTown(const QList<FlowRow> &flows)
{
    // The items as deposited (not as a partner counts them), whichever their category.
    QMap<std::pair<QString, QString>, TonnageFigures> byTown;
    for (const FlowRow &row : flows) {
        if (row.flow != FlowRow::Flow::Deposit)
            continue;
        TonnageFigures &f = byTown[{row.town, row.townPostcode}];
        f.receivedCount += row.count;
        f.receivedGrams += row.grams;
        f.receivedByChannel[row.kind] += row.grams;
    }
    QList<TonnageGroup> towns;
    for (auto it = byTown.cbegin(); it != byTown.cend(); ++it) {
        if (!it.key().first.isEmpty())
            towns << TonnageGroup{{}, it.key().second, it.key().first, it.value()};
    }
    std::stable_sort(towns.begin(), towns.end(), [](const TonnageGroup &a, const TonnageGroup &b) {
        return a.figures.receivedGrams > b.figures.receivedGrams;
    });
    if (const auto none = byTown.constFind({QString(), QString()}); none != byTown.cend())
        towns << TonnageGroup{{}, {}, {}, *none};
    return towns;
}

QList<TonnageLine> TonnageReports::summaryLines(const TonnageReport &report)
{
    const TonnageFigures &total = report.total;
    const auto kg = [](qint64 grams) { return weight::format(grams); };
    QList<TonnageLine> lines{{tr("Received"), kg(total.receivedGrams)}};
    for (const QString &channel : channels()) {
        const auto origin = originFromKey(channel);
        lines.append({tr("of which %1").arg(origin ? displayName(*origin) : channel),
            kg(total.receivedByChannel.value(channel)), true});
    }
    const qint64 rate = total.reuseRateBasisPoints();
    lines << TonnageLine{tr("Sold"), kg(total.soldGrams)}
          << TonnageLine{tr("of which estimated"), kg(total.soldEstimatedGrams), true}
          << TonnageLine{tr("Given to associations"), kg(total.givenGrams)}
          << TonnageLine{tr("Reused (sold and given)"), kg(total.reusedGrams())}
          << TonnageLine{tr("Recycled"), kg(total.recycledGrams)}
          << TonnageLine{tr("Thrown away (waste centre)"), kg(total.wasteGrams)}
          << TonnageLine{tr("Diverted from waste"), kg(total.divertedGrams())}
          << TonnageLine{
                 tr("Reuse rate"), rate < 0 ? QStringLiteral("—") : vat::formatRate(int(rate))};
    return lines;
}

QList<TonnageLine> TonnageReports::recyclingLines(const TonnageReport &report)
{
    const TonnageFigures &total = report.total;
    const auto kg = [](qint64 grams) { return weight::format(grams); };
    QList<TonnageLine> lines{{tr("Eco-organisms' collections"), {}}};
    for (const TonnageGroup &group : report.byPartner)
        if (!group.partner.isEmpty())
            lines.append({group.label, kg(group.figures.collectedGrams), true});
    lines.append({tr("Recycling streams"), {}});
    for (const QString &stream : recyclingStreams())
        lines.append({streamDisplayName(stream), kg(total.recycledByStream.value(stream)), true});
    lines << TonnageLine{streamDisplayName(QString()), kg(total.unsortedRecycledGrams())}
          << TonnageLine{tr("Recycled"), kg(total.recycledGrams)};
    return lines;
}

QList<TonnageLine> TonnageReports::townLines(const TonnageReport &report)
{
    QList<TonnageLine> lines;
    for (const TonnageGroup &group : report.byTown) {
        lines.append(
            {group.label.isEmpty() ? tr("No town given")
                                   : QStringLiteral("%1 (%2)").arg(group.label, group.code),
                weight::format(group.figures.receivedGrams)});
    }
    lines.append({tr("Received"), weight::format(report.total.receivedGrams)});
    return lines;
}

QByteArray TonnageReports::pdf(
    const TonnageReport &report, const SiteInfo &site, const SiteSettings &branding)
{
    using Font = PdfPages::Font;
    constexpr int left = 40;
    constexpr int right = PdfPages::width - 40;
    constexpr int bottom = 60;
    const quint32 titleColour = pdfColour(branding.primaryColor, pdfDefaultTitleColour);
    const quint32 ruleColour = pdfColour(branding.accentColor, pdfDefaultRuleColour);
    PdfPages pages;
    if (site.demo)
        pages.markEveryPage(DemoShop::mark());
    double y = PdfPages::height - 50;
    // Text in the site's colour, then black again.
    const auto coloured = [&pages, titleColour](
                              Font font, int size, double x, double at, const QString &text) {
        pages.colour(titleColour);
        pages.text(font, size, x, at, text);
        pages.colour(0);
    };

    // The site's branding: its logo on the right; on the left its name in its colour, its
    // address and SIRET, wrapped short of the logo.
    constexpr double logoTop = PdfPages::height - 30;
    const QSizeF logo = drawLogo(pages, branding.logo, right, logoTop, 140, 56);
    const double headerWidth = right - left - (logo.isEmpty() ? 0 : logo.width() + 16);
    const auto fitting = [headerWidth](Font font, int size, const QString &text) {
        const double perCharacter = PdfPages::textWidth(font, size, QStringLiteral("0"));
        return wrappedText(text, qMax(10, int(headerWidth / perCharacter)));
    };
    const QString siteName = site.name.isEmpty() ? report.site : site.name;
    const QStringList nameLines = fitting(Font::Bold, 16, siteName);
    for (qsizetype i = 0; i < nameLines.size(); ++i) {
        coloured(Font::Bold, 16, left, y, nameLines.at(i));
        y -= i + 1 < nameLines.size() ? 17 : 14;
    }
    for (const QString &paragraph : site.address.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        for (const QString &line : fitting(Font::Regular, 9, paragraph.trimmed())) {
            pages.text(Font::Regular, 9, left, y, line);
            y -= 11;
        }
    }
    if (!site.siret.isEmpty()) {
        pages.text(Font::Regular, 9, left, y, tr("SIRET %1").arg(site.siret));
        y -= 11;
    }
    y -= 14;
    coloured(Font::Bold, 14, left, y, tr("Material report"));
    y -= 14;
    pages.text(Font::Regular, 10, left, y,
        tr("From %1 to %2, made on %3 UTC")
            .arg(report.from.toString(QStringLiteral("dd/MM/yyyy")),
                report.to.toString(QStringLiteral("dd/MM/yyyy")),
                report.generatedUtc.toUTC().toString(QStringLiteral("dd/MM/yyyy HH:mm"))));
    // A rule in the site's accent colour under the heading and the logo.
    y = std::min(y - 8, logoTop - logo.height() - 6);
    pages.colour(ruleColour);
    pages.line(left, y, right, y);
    pages.colour(0);
    y -= 20;

    // The two lists side by side: labels wrapped to their column, values right-aligned.
    const auto list = [&pages](const QList<TonnageLine> &lines, double x, double valueRight,
                          double top) {
        double at = top;
        for (const TonnageLine &line : lines) {
            const double indent = line.detail ? 10 : 0;
            // The value on the label's first line, the rest of the label under it.
            if (!line.title())
                pages.rightText(Font::Mono, 9, valueRight, at, line.value);
            const QStringList parts = wrappedText(line.label, line.detail ? 34 : 36);
            for (int i = 0; i < parts.size(); ++i) {
                pages.text(
                    line.title() ? Font::Bold : Font::Regular, 9, x + indent, at, parts.at(i));
                if (i + 1 < parts.size())
                    at -= 11;
            }
            at -= 12;
        }
        return at;
    };
    coloured(Font::Bold, 11, left, y, tr("Whole site"));
    coloured(Font::Bold, 11, 310, y, tr("Recycled"));
    y -= 16;
    y = std::min(
        list(summaryLines(report), left, 290, y), list(recyclingLines(report), 310, right, y));
    y -= 14;

    // The groups: one row each, kilograms with three decimals.
    QStringList columns{
        tr("Received"), tr("Reused"), tr("Recycled"), tr("Collected"), tr("Waste"), tr("Reuse %")};
    constexpr double columnWidth = 62;
    const double labelWidth = right - left - columnWidth * double(columns.size());
    const auto header = [&] {
        for (int c = 0; c < columns.size(); ++c)
            pages.rightText(
                Font::MonoBold, 8, left + labelWidth + columnWidth * (c + 1), y, columns.at(c));
        y -= 4;
        pages.colour(ruleColour);
        pages.line(left, y, right, y);
        pages.colour(0);
        y -= 10;
    };
    // A new page when the next row does not fit, with the table's title and header again.
    const auto room = [&](double needed, const QString &title) {
        if (y - needed >= bottom)
            return false;
        pages.newPage();
        y = PdfPages::height - 50;
        coloured(Font::Bold, 11, left, y, title);
        y -= 16;
        header();
        return true;
    };
    const auto table = [&](const QString &title, const QList<TonnageGroup> &groups,
                           const std::function<QString(const TonnageGroup &)> &label) {
        if (!room(60, title)) {
            coloured(Font::Bold, 11, left, y, title);
            y -= 16;
            header();
        }
        for (const TonnageGroup &group : groups) {
            const TonnageFigures &f = group.figures;
            const QStringList parts = wrappedText(label(group), 30);
            room(11.0 * double(parts.size()), title);
            // The figures on the name's first line, the rest of the name under it.
            const qint64 rate = f.reuseRateBasisPoints();
            const QStringList values{kilograms(f.receivedGrams), kilograms(f.reusedGrams()),
                kilograms(f.recycledGrams), kilograms(f.collectedGrams), kilograms(f.wasteGrams),
                rate < 0 ? QStringLiteral("-") : percent(rate) + QStringLiteral(" %")};
            for (int c = 0; c < values.size(); ++c)
                pages.rightText(
                    Font::Mono, 8, left + labelWidth + columnWidth * (c + 1), y, values.at(c));
            for (int i = 0; i < parts.size(); ++i) {
                pages.text(Font::Regular, 8, left, y, parts.at(i));
                if (i + 1 < parts.size())
                    y -= 10;
            }
            y -= 11;
        }
        y -= 12;
    };
    QHash<QString, QString> partnerNames;
    for (const TonnageGroup &group : report.byPartner)
        partnerNames.insert(group.partner, group.label);
    const auto own = [](const TonnageGroup &g) { return g.label; };
    table(tr("Per eco-organism (kg)"), report.byPartner, own);
    table(tr("Per eco-organism category (kg)"), report.byPartnerCategory,
        [&partnerNames](const TonnageGroup &g) {
            return g.partner.isEmpty()
                ? g.label
                : QStringLiteral("%1 %2 %3").arg(partnerNames.value(g.partner), g.code, g.label);
        });
    table(tr("Per shop category (kg)"), report.byCategory, own);

    // Where the received kilograms come from: one row per town, in the first column.
    columns = QStringList{tr("Received")};
    const QString townTitle = tr("Received per town (kg)");
    if (!room(60, townTitle)) {
        coloured(Font::Bold, 11, left, y, townTitle);
        y -= 16;
        header();
    }
    for (const TonnageGroup &town : report.byTown) {
        room(11, townTitle);
        pages.rightText(Font::Mono, 8, left + labelWidth + columnWidth, y,
            kilograms(town.figures.receivedGrams));
        pages.text(Font::Regular, 8, left, y,
            town.label.isEmpty() ? tr("No town given")
                                 : QStringLiteral("%1 (%2)").arg(town.label, town.code));
        y -= 11;
    }

    // Every page's footer: the site, the period and the page's number; a long name shortened
    // (an ellipsis) so that it stops short of the number.
    const auto footer = [&report](const QString &name) {
        return tr("%1, material report from %2 to %3")
            .arg(name, report.from.toString(QStringLiteral("dd/MM/yyyy")),
                report.to.toString(QStringLiteral("dd/MM/yyyy")));
    };
    const double footerWidth = right - left - 12
        - PdfPages::textWidth(
            Font::Mono, 8, tr("Page %1 of %2").arg(pages.pageCount()).arg(pages.pageCount()));
    QString footerName = siteName;
    while (footerName.size() > 1
        && PdfPages::textWidth(Font::Regular, 8, footer(footerName)) > footerWidth)
        footerName = footerName.left(footerName.size() - 2).trimmed() + QChar(0x2026);
    for (int page = 0; page < pages.pageCount(); ++page) {
        pages.selectPage(page);
        pages.colour(0);
        pages.text(Font::Regular, 8, left, 30, footer(footerName));
        const QString number = tr("Page %1 of %2").arg(page + 1).arg(pages.pageCount());
        pages.rightText(Font::Mono, 8, right, 30, number);
    }
    return pages.document();
}

QByteArray TonnageReports::csv(const TonnageReport &report)
{
    QString text;
    if (report.demo)
        text += csvField(DemoShop::notice()) + QStringLiteral("\r\n");
    text += headers().join(QLatin1Char(';')) + QStringLiteral("\r\n");
    TonnageGroup totalGroup;
    for (const Level &level : levels(report, totalGroup)) {
        QStringList fields{report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
            csvField(report.site), level.key, level.group->partner, csvField(level.group->code),
            csvField(level.group->label)};
        const QList<qint64> n = numbers(*level.figures);
        for (int i = 0; i < n.size(); ++i) {
            if (level.receivedOnly && i >= receivedCells())
                fields << QString();
            else if (isRate(i))
                fields << percent(n.at(i));
            else
                fields << (isCount(i) ? QString::number(n.at(i)) : kilograms(n.at(i)));
        }
        text += fields.join(QLatin1Char(';')) + QStringLiteral("\r\n");
    }
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

QJsonObject TonnageReports::json(const TonnageReport &report)
{
    const auto figures = [](const TonnageFigures &f) {
        QJsonObject channels;
        for (const QString &channel : TonnageReports::channels())
            channels.insert(channel, f.receivedByChannel.value(channel));
        QJsonObject streams;
        for (const QString &stream : recyclingStreams())
            streams.insert(stream, f.recycledByStream.value(stream));
        return QJsonObject{{QStringLiteral("received_count"), f.receivedCount},
            {QStringLiteral("received_grams"), f.receivedGrams},
            {QStringLiteral("received_by_channel_grams"), channels},
            {QStringLiteral("sold_count"), f.soldCount},
            {QStringLiteral("sold_grams"), f.soldGrams},
            {QStringLiteral("sold_estimated_grams"), f.soldEstimatedGrams},
            {QStringLiteral("sold_cents"), f.soldCents},
            {QStringLiteral("given_grams"), f.givenGrams},
            {QStringLiteral("reused_grams"), f.reusedGrams()},
            {QStringLiteral("recycled_grams"), f.recycledGrams},
            {QStringLiteral("waste_grams"), f.wasteGrams},
            {QStringLiteral("diverted_grams"), f.divertedGrams()},
            {QStringLiteral("reuse_rate_basis_points"), f.reuseRateBasisPoints()},
            {QStringLiteral("collected_grams"), f.collectedGrams},
            {QStringLiteral("recycled_by_stream_grams"), streams}};
    };
    const auto groups = [&figures](const QList<TonnageGroup> &list) {
        QJsonArray array;
        for (const TonnageGroup &g : list) {
            QJsonObject o = figures(g.figures);
            o.insert(QStringLiteral("partner"), g.partner);
            o.insert(QStringLiteral("code"), g.code);
            o.insert(QStringLiteral("label"), g.label);
            array.append(o);
        }
        return array;
    };
    QJsonArray towns;
    for (const TonnageGroup &g : report.byTown) {
        QJsonObject channels;
        for (const QString &channel : TonnageReports::channels())
            channels.insert(channel, g.figures.receivedByChannel.value(channel));
        towns.append(
            QJsonObject{{QStringLiteral("town"), g.label}, {QStringLiteral("postcode"), g.code},
                {QStringLiteral("received_count"), g.figures.receivedCount},
                {QStringLiteral("received_grams"), g.figures.receivedGrams},
                {QStringLiteral("received_by_channel_grams"), channels}});
    }
    return {{QStringLiteral("from"), report.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
        {QStringLiteral("site"), report.site}, {QStringLiteral("demo"), report.demo},
        {QStringLiteral("generated_utc"), isoUtc(report.generatedUtc)},
        {QStringLiteral("total"), figures(report.total)},
        {QStringLiteral("by_partner"), groups(report.byPartner)},
        {QStringLiteral("by_partner_category"), groups(report.byPartnerCategory)},
        {QStringLiteral("by_category"), groups(report.byCategory)},
        {QStringLiteral("by_town"), towns},
        {QStringLiteral("warnings"), QJsonArray::fromStringList(report.warnings)}};
}

Result<void> TonnageReports::writeXlsx(const TonnageReport &report, const QString &path)
{
    const QByteArray file = path.toLocal8Bit();
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook)
        return makeError(
            ErrorCode::StorageFailure, tr("The workbook %1 cannot be created.").arg(path));
    lxw_worksheet *sheet = workbook_add_worksheet(workbook, "Bilan matiere");
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *kg = workbook_add_format(workbook);
    format_set_num_format(kg, "0.000");
    lxw_format *rate = workbook_add_format(workbook);
    format_set_num_format(rate, "0.00%");
    lxw_row_t r = 0;
    // A demo shop's table is headed by a row that says so, on screen and on paper.
    if (report.demo) {
        lxw_format *warning = workbook_add_format(workbook);
        format_set_bold(warning);
        format_set_font_color(warning, LXW_COLOR_RED);
        worksheet_write_string(sheet, r++, 0, DemoShop::notice().toUtf8().constData(), warning);
        const QByteArray header = QStringLiteral("&C%1").arg(DemoShop::mark()).toUtf8();
        worksheet_set_header(sheet, header.constData());
    }
    for (int c = 0; c < headers().size(); ++c)
        worksheet_write_string(sheet, r, lxw_col_t(c), headers().at(c).toUtf8().constData(), bold);
    ++r;
    worksheet_set_column(sheet, 0, 2, 12, nullptr);
    worksheet_set_column(sheet, 6, 6, 36, nullptr);
    TonnageGroup totalGroup;
    for (const Level &level : levels(report, totalGroup)) {
        const QStringList texts{report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
            report.site, level.key, level.group->partner, level.group->code, level.group->label};
        for (int c = 0; c < texts.size(); ++c)
            worksheet_write_string(sheet, r, lxw_col_t(c), texts.at(c).toUtf8().constData(),
                level.key == QLatin1String("total") ? bold : nullptr);
        const QList<qint64> n = numbers(*level.figures);
        for (int i = 0; i < n.size(); ++i) {
            const auto col = lxw_col_t(texts.size() + i);
            if (level.receivedOnly && i >= receivedCells())
                continue;
            if (isRate(i)) {
                if (n.at(i) >= 0)
                    worksheet_write_number(sheet, r, col, double(n.at(i)) / 10000.0, rate);
            } else if (isCount(i)) {
                worksheet_write_number(sheet, r, col, double(n.at(i)), nullptr);
            } else {
                worksheet_write_number(sheet, r, col, double(n.at(i)) / 1000.0, kg);
            }
        }
        ++r;
    }
    if (const lxw_error error = workbook_close(workbook); error != LXW_NO_ERROR)
        return makeError(ErrorCode::StorageFailure,
            tr("The workbook %1 could not be written: %2")
                .arg(path, QString::fromUtf8(lxw_strerror(error))));
    return {};
}

QString TonnageReports::fileName(const TonnageReport &report, const QString &extension)
{
    return QStringLiteral("%1bilan-matiere-%2-%3.%4")
        .arg(DemoShop::fileNamePrefix(report.demo, QLatin1Char('-')),
            report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate), extension);
}

} // namespace recaisse::core
