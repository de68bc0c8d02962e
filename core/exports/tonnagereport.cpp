#include "tonnagereport.h"

#include "core/exports/ecologicexport.h"
#include "core/exports/partners.h"
#include "core/outflows.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

#include <xlsxwriter.h>

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
};

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
    const QDate &from, const QDate &to, const QString &stationId) const
{
    if (auto valid = EcologicPeriod::range(from, to); !valid)
        return valid.error();
    PartnerMapping mapping(m_store);
    if (auto loaded = mapping.load(); !loaded)
        return loaded.error();
    const auto flows = MaterialFlows(m_store).rows(from, to, stationId);
    if (!flows)
        return flows.error();

    TonnageReport report;
    report.from = from;
    report.to = to;
    report.site = m_store.site().name;
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
    for (const FlowRow &row : *flows) {
        const PartnerAssignment assigned = mapping.resolve(row.categoryId, row.eeeCode);
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
    return report;
}

QByteArray TonnageReports::csv(const TonnageReport &report)
{
    QString text = headers().join(QLatin1Char(';')) + QStringLiteral("\r\n");
    TonnageGroup totalGroup;
    for (const Level &level : levels(report, totalGroup)) {
        QStringList fields{report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
            csvField(report.site), level.key, level.group->partner, csvField(level.group->code),
            csvField(level.group->label)};
        const QList<qint64> n = numbers(*level.figures);
        for (int i = 0; i < n.size(); ++i) {
            if (isRate(i))
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
    return {{QStringLiteral("from"), report.from.toString(Qt::ISODate)},
        {QStringLiteral("to"), report.to.toString(Qt::ISODate)},
        {QStringLiteral("site"), report.site},
        {QStringLiteral("generated_utc"), isoUtc(report.generatedUtc)},
        {QStringLiteral("total"), figures(report.total)},
        {QStringLiteral("by_partner"), groups(report.byPartner)},
        {QStringLiteral("by_partner_category"), groups(report.byPartnerCategory)},
        {QStringLiteral("by_category"), groups(report.byCategory)},
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
    for (int c = 0; c < headers().size(); ++c)
        worksheet_write_string(sheet, 0, lxw_col_t(c), headers().at(c).toUtf8().constData(), bold);
    worksheet_set_column(sheet, 0, 2, 12, nullptr);
    worksheet_set_column(sheet, 6, 6, 36, nullptr);
    TonnageGroup totalGroup;
    lxw_row_t r = 1;
    for (const Level &level : levels(report, totalGroup)) {
        const QStringList texts{report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate),
            report.site, level.key, level.group->partner, level.group->code, level.group->label};
        for (int c = 0; c < texts.size(); ++c)
            worksheet_write_string(sheet, r, lxw_col_t(c), texts.at(c).toUtf8().constData(),
                level.key == QLatin1String("total") ? bold : nullptr);
        const QList<qint64> n = numbers(*level.figures);
        for (int i = 0; i < n.size(); ++i) {
            const auto col = lxw_col_t(texts.size() + i);
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

} // namespace recaisse::core
