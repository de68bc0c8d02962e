#include "ledger.h"

#include "crypto.h"
#include "portability/portability.h"
#include "store.h"

#include <QJsonDocument>
#include <QLocale>
#include <QSqlQuery>
#include <QTimeZone>
#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace recaisse::core {

namespace {

struct KindInfo
{
    DocumentKind kind;
    const char *key;
    const char *series;
};

constexpr KindInfo kinds[] = {
    {DocumentKind::SessionOpen, "session-open", "S"},
    {DocumentKind::SessionClose, "session-close", "Z"}, {DocumentKind::Sale, "sale", "T"},
    {DocumentKind::Refund, "refund", "R"}, {DocumentKind::CashMovement, "cash-movement", "M"},
    {DocumentKind::Deposit, "deposit", "D"}, {DocumentKind::Closing, "closing", "C"},
    {DocumentKind::Outflow, "outflow", "E"}, // "évacuation": an object leaving the shop
    {DocumentKind::TechnicalEvent, "technical-event", "V"}, // "événement technique"
    {DocumentKind::Donation, "donation", "G"}, // a gift of money ("D" is the deposit's)
    {DocumentKind::Membership, "membership", "A"}, // "adhésion"
    {DocumentKind::TaxReceipt, "tax-receipt", "F"}, // "reçu fiscal"
    {DocumentKind::ChequeSlip, "cheque-slip", "B"}, // "bordereau de remise de chèques"
};

const KindInfo &infoOf(DocumentKind kind)
{
    for (const KindInfo &info : kinds) {
        if (info.kind == kind)
            return info;
    }
    return kinds[0];
}

} // namespace

QString toKey(DocumentKind kind)
{
    return QString::fromLatin1(infoOf(kind).key);
}

std::optional<DocumentKind> documentKindFromKey(const QString &key)
{
    for (const KindInfo &info : kinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString seriesLetter(DocumentKind kind)
{
    return QString::fromLatin1(infoOf(kind).series);
}

QString numberingSeriesName(int series)
{
    if (series < 1 || series > maxNumberingSeries)
        return {};
    // Spreadsheet column names: A..Z, then AA..ZZ.
    QString name;
    for (int n = series; n > 0; n = (n - 1) / 26)
        name.prepend(QLatin1Char(char('A' + (n - 1) % 26)));
    return name;
}

QString documentNumber(const QString &stationCode, int series, DocumentKind kind, qint64 seriesSeq)
{
    // Series A has no name in its numbers: they are those every station issued before series
    // existed.
    return QStringLiteral("%1-%2%3%4")
        .arg(stationCode, series > 1 ? numberingSeriesName(series) : QString(), seriesLetter(kind))
        .arg(seriesSeq, 6, 10, QLatin1Char('0'));
}

int numberingSeriesOf(const QString &number, const QString &stationCode)
{
    if (stationCode.isEmpty() || !number.startsWith(stationCode + QLatin1Char('-')))
        return 0;
    // What follows the code: [series name] kind letter, then digits; no dash.
    const QStringView rest = QStringView(number).mid(stationCode.size() + 1);
    qsizetype digits = rest.size();
    while (digits > 0 && rest.at(digits - 1).isDigit() && rest.at(digits - 1).unicode() < 128)
        --digits;
    if (digits == rest.size() || digits < 1)
        return 0;
    const QStringView letters = rest.first(digits);
    for (const QChar c : letters) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return 0;
    }
    const bool kindLetter = std::any_of(std::begin(kinds), std::end(kinds),
        [&](const KindInfo &info) { return letters.back() == QLatin1Char(info.series[0]); });
    if (!kindLetter)
        return 0;
    if (letters.size() == 1)
        return 1;
    // Series A never writes its name.
    const int series = numberingSeriesFromName(letters.first(letters.size() - 1));
    return series > 1 ? series : 0;
}

int numberingSeriesFromName(QStringView name)
{
    if (name.isEmpty() || name.size() > 2)
        return 0;
    int series = 0;
    for (const QChar c : name) {
        if (c < QLatin1Char('A') || c > QLatin1Char('Z'))
            return 0;
        series = series * 26 + (c.unicode() - 'A' + 1);
    }
    return series;
}

namespace {

QStringList fieldList(std::initializer_list<const char *> names)
{
    QStringList list;
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

CanonicalTable mainTable(const char *table, std::initializer_list<const char *> fields)
{
    return CanonicalTable{QString::fromLatin1(table), fieldList(fields), QString()};
}

CanonicalTable childTable(
    const char *table, const char *orderBy, std::initializer_list<const char *> fields)
{
    return CanonicalTable{
        QString::fromLatin1(table), fieldList(fields), QString::fromLatin1(orderBy)};
}

// Every canonical form ever released, oldest first. Version 1 of each kind is the layout its
// tables had when the first documents were hashed (schema 1): the verifier used to hash every
// column after station_id and seq, so these lists reproduce those bytes exactly.
const QList<CanonicalForm> &allForms()
{
    static const QList<CanonicalForm> forms = [] {
        const CanonicalTable sessionCount =
            childTable("session_count", "denomination_cents", {"denomination_cents", "count"});
        const CanonicalTable sessionCloseV1 = mainTable("session_close",
            {"session_seq", "counted_cents", "expected_cents", "variance_cents", "threshold_cents",
                "comment", "validated_by", "cash_sales_cents", "cash_refunds_cents",
                "movements_in_cents", "movements_out_cents", "card_cents", "cheque_cents",
                "free_cents", "sales_count", "sales_total_cents", "refunds_count",
                "refunds_total_cents", "grand_total_cents"});
        // Schema 7: the Z report also counts the session's outflows, apart from its sales.
        CanonicalTable sessionCloseV2 = sessionCloseV1;
        sessionCloseV2.fields << QStringLiteral("outflows_count")
                              << QStringLiteral("outflow_grams");
        CanonicalTable sessionCloseV3 = sessionCloseV2;
        sessionCloseV3.fields << QStringLiteral("donations_count")
                              << QStringLiteral("donations_cents")
                              << QStringLiteral("cash_donations_cents")
                              << QStringLiteral("card_donations_cents")
                              << QStringLiteral("cheque_donations_cents");
        // The association at the till: the session's membership fees, apart from sales.
        CanonicalTable sessionCloseV4 = sessionCloseV3;
        sessionCloseV4.fields << QStringLiteral("memberships_count")
                              << QStringLiteral("memberships_cents")
                              << QStringLiteral("cash_memberships_cents")
                              << QStringLiteral("card_memberships_cents")
                              << QStringLiteral("cheque_memberships_cents");
        // Solidarity prices (sale form 4, kept by form 5).
        const CanonicalTable saleV4 = mainTable("sale",
            {"session_seq", "total_cents", "change_cents", "override_by", "vat_regime",
                "vat_mention", "discount_kind", "discount_value", "discount_reason"});
        CanonicalTable saleV6 = saleV4;
        saleV6.fields << QStringLiteral("member_id") << QStringLiteral("member_number");
        const CanonicalTable saleLineV4 = childTable("sale_line", "line_no",
            {"line_no", "category_id", "category_name", "eee_code", "quantity", "unit_price_cents",
                "weight_grams", "weight_source", "price_per_kg_cents", "discount_cents",
                "gift_reason", "total_cents", "vat_rate_bp", "durable", "warranty_months"});
        return QList<CanonicalForm>{
            {DocumentKind::SessionOpen, 1,
                mainTable("session_open", {"cashier_id", "cashier_name", "float_cents"}),
                {sessionCount}},
            {DocumentKind::SessionClose, 1, sessionCloseV1, {sessionCount}},
            {DocumentKind::Sale, 1,
                mainTable("sale", {"session_seq", "total_cents", "change_cents", "override_by"}),
                {childTable("sale_line", "line_no",
                     {"line_no", "category_id", "category_name", "eee_code", "quantity",
                         "unit_price_cents", "weight_grams", "total_cents"}),
                    childTable("payment", "line_no", {"line_no", "method", "amount_cents"})}},
            {DocumentKind::Refund, 1,
                mainTable("refund",
                    {"session_seq", "sale_station_id", "sale_seq", "sale_number", "total_cents",
                        "method", "reason", "authorized_by"}),
                {childTable("refund_line", "line_no",
                    {"line_no", "sale_line_no", "quantity", "amount_cents"})}},
            {DocumentKind::CashMovement, 1,
                mainTable("cash_movement", {"session_seq", "direction", "amount_cents", "reason"}),
                {}},
            {DocumentKind::Deposit, 1, mainTable("deposit", {"note", "total_weight_grams"}),
                {childTable("deposit_line", "line_no",
                    {"line_no", "category_id", "category_name", "eee_code", "quantity",
                        "weight_grams", "destination", "origin"})}},
            {DocumentKind::Closing, 1,
                mainTable("closing",
                    {"period_kind", "first_day", "last_day", "sales_count", "sales_total_cents",
                        "refunds_total_cents", "grand_total_cents"}),
                {}},
            {DocumentKind::SessionClose, 2, sessionCloseV2, {sessionCount}},
            {DocumentKind::Outflow, 1,
                mainTable(
                    "outflow", {"kind", "session_seq", "partner_id", "note", "total_weight_grams"}),
                {childTable("outflow_line", "line_no",
                    {"line_no", "category_id", "category_name", "eee_code", "quantity",
                        "weight_grams"})}},
            // Schema 8: a closing anchors the chain (the station's last document at the period's
            // end) and carries its counts and the perpetual absolute grand total.
            {DocumentKind::Closing, 2,
                mainTable("closing",
                    {"period_kind", "first_day", "last_day", "sales_count", "sales_total_cents",
                        "refunds_count", "refunds_total_cents", "documents_count", "last_seq",
                        "last_hash", "grand_total_cents", "absolute_grand_total_cents"}),
                {}},
            {DocumentKind::TechnicalEvent, 1,
                mainTable("technical_event", {"kind", "program_version", "details"}), {}},
            // The till's money rules: a sale captures the VAT regime in force, its mention, and
            // each line's rate and legal warranty; money donations; the Z report counts them apart.
            {DocumentKind::Sale, 2,
                mainTable("sale",
                    {"session_seq", "total_cents", "change_cents", "override_by", "vat_regime",
                        "vat_mention"}),
                {childTable("sale_line", "line_no",
                     {"line_no", "category_id", "category_name", "eee_code", "quantity",
                         "unit_price_cents", "weight_grams", "total_cents", "vat_rate_bp",
                         "durable", "warranty_months"}),
                    childTable("payment", "line_no", {"line_no", "method", "amount_cents"})}},
            {DocumentKind::Donation, 1,
                mainTable("donation", {"session_seq", "method", "amount_cents"}), {}},
            {DocumentKind::SessionClose, 3, sessionCloseV3, {sessionCount}},
            // A membership fee names its member by an opaque id only: the name and contact live
            // in the mutable member table, so erasing a member changes no hash.
            {DocumentKind::Membership, 1,
                mainTable("membership",
                    {"session_seq", "member_id", "method", "amount_cents", "period_start",
                        "period_end"}),
                {}},
            {DocumentKind::SessionClose, 4, sessionCloseV4, {sessionCount}},
            // The donor's identity is in the receipt: the association must keep a copy of every
            // receipt it issued (a legal obligation, which erasure does not override).
            {DocumentKind::TaxReceipt, 1,
                mainTable("tax_receipt",
                    {"donation_station_id", "donation_seq", "donation_number", "donation_day",
                        "amount_cents", "method", "donor_name", "donor_address", "beneficiary",
                        "beneficiary_object"}),
                {}},
            // The weight of what is sold: each line's weight source and its price per kg.
            {DocumentKind::Sale, 3,
                mainTable("sale",
                    {"session_seq", "total_cents", "change_cents", "override_by", "vat_regime",
                        "vat_mention"}),
                {childTable("sale_line", "line_no",
                     {"line_no", "category_id", "category_name", "eee_code", "quantity",
                         "unit_price_cents", "weight_grams", "weight_source", "price_per_kg_cents",
                         "total_cents", "vat_rate_bp", "durable", "warranty_months"}),
                    childTable("payment", "line_no", {"line_no", "method", "amount_cents"})}},
            // Outflows to partners, collections, streams and the waste centre: the recycling
            // stream, and each line's weighed weight, container and tare beside its net weight.
            {DocumentKind::Outflow, 2,
                mainTable("outflow",
                    {"kind", "session_seq", "partner_id", "stream", "note", "total_weight_grams"}),
                {childTable("outflow_line", "line_no",
                    {"line_no", "category_id", "category_name", "eee_code", "quantity",
                        "gross_grams", "container", "tare_grams", "weight_grams"})}},
            // Solidarity prices: the ticket's discount with its reason, each line's share of it
            // (the line's total is net of it), and a free gift's reason on its 0 € line.
            {DocumentKind::Sale, 4, saleV4,
                {saleLineV4,
                    childTable("payment", "line_no", {"line_no", "method", "amount_cents"})}},
            // A cheque's bank and number, typed at payment when the cashier has them.
            {DocumentKind::Sale, 5, saleV4,
                {saleLineV4,
                    childTable("payment", "line_no",
                        {"line_no", "method", "amount_cents", "cheque_bank", "cheque_number"})}},
            // A cheque remittance slip: every station knows which cheques went to the bank.
            {DocumentKind::ChequeSlip, 1,
                mainTable("cheque_deposit", {"cheques_count", "total_cents", "actor_name"}),
                {childTable("deposited_cheque", "line_no",
                    {"line_no", "source", "cheque_station_id", "cheque_seq", "cheque_line_no",
                        "document_number", "business_day", "amount_cents", "bank",
                        "cheque_number"})}},
            // Where the tonnes come from: the donor's town and its postcode (NULL: not asked).
            {DocumentKind::Deposit, 2,
                mainTable("deposit", {"note", "total_weight_grams", "town", "town_postcode"}),
                {childTable("deposit_line", "line_no",
                    {"line_no", "category_id", "category_name", "eee_code", "quantity",
                        "weight_grams", "destination", "origin"})}},
            // The member on the ticket: the opaque id (the register, the fees) and the number
            // printed; no name, so erasing the member changes no hash.
            {DocumentKind::Sale, 6, saleV6,
                {saleLineV4,
                    childTable("payment", "line_no",
                        {"line_no", "method", "amount_cents", "cheque_bank", "cheque_number"})}},
        };
    }();
    return forms;
}

} // namespace

const CanonicalTable *CanonicalForm::find(QStringView table) const
{
    if (main.table == table)
        return &main;
    for (const CanonicalTable &child : children) {
        if (child.table == table)
            return &child;
    }
    return nullptr;
}

const CanonicalForm *canonicalForm(DocumentKind kind, int version)
{
    for (const CanonicalForm &form : allForms()) {
        if (form.kind == kind && form.version == version)
            return &form;
    }
    return nullptr;
}

const CanonicalForm &currentForm(DocumentKind kind)
{
    const CanonicalForm *latest = nullptr;
    for (const CanonicalForm &form : allForms()) {
        if (form.kind == kind && (!latest || form.version > latest->version))
            latest = &form;
    }
    if (!latest)
        qFatal("document kind %d has no canonical form", int(kind));
    return *latest;
}

const QList<DocumentKind> &allDocumentKinds()
{
    static const QList<DocumentKind> list = [] {
        QList<DocumentKind> kindList;
        for (const KindInfo &info : kinds)
            kindList.append(info.kind);
        return kindList;
    }();
    return list;
}

const DocumentTables &tablesOf(DocumentKind kind)
{
    static const QHash<int, DocumentTables> tables = [] {
        QHash<int, DocumentTables> byKind;
        for (DocumentKind each : allDocumentKinds()) {
            const CanonicalForm &form = currentForm(each);
            DocumentTables entry{form.main.table, {}};
            for (const CanonicalTable &child : form.children)
                entry.children.append(child.table);
            byKind.insert(int(each), entry);
        }
        return byKind;
    }();
    return *tables.constFind(int(kind));
}

QString chainHash(const QString &prevHash, QByteArrayView canonicalText)
{
    return crypto::sha256Hex({prevHash.toLatin1(), canonicalText});
}

QString chainHash(const QString &prevHash, const QJsonObject &hashedForm)
{
    // One buffer per thread, emptied but kept: writing a record's text no longer grows a new
    // array step by step (each string first takes room for its worst case).
    thread_local QByteArray text;
    text.resize(0);
    appendCanonicalJson(text, hashedForm);
    return chainHash(prevHash, text);
}

QJsonObject hashedForm(const DocumentHeader &header, const QJsonObject &body)
{
    // Version 1 forms carry no version key: their bytes are those hashed before forms existed.
    QJsonObject form{
        {QStringLiteral("station"), header.stationId},
        {QStringLiteral("seq"), header.seq},
        {QStringLiteral("kind"), toKey(header.kind)},
        {QStringLiteral("number"), header.number},
        {QStringLiteral("series_seq"), header.seriesSeq},
        {QStringLiteral("created_utc"), header.createdUtc},
        {QStringLiteral("business_day"), header.businessDay},
        {QStringLiteral("actor"), header.actorId},
        {QStringLiteral("body"), body},
    };
    if (header.form != 1)
        form.insert(QStringLiteral("form"), header.form);
    return form;
}

Result<QDateTime> DocumentWriter::documentTime(const QDateTime &nowUtc, const QDateTime &lastUtc)
{
    // A dead CMOS battery puts a PC back in 2009; a document dated before the station's last one
    // would land in the wrong day, quarter and declaration, and make a session close before it
    // opened. A clock a little behind (an NTP correction) keeps the order: the last document's
    // time.
    if (nowUtc < earliestDocumentUtc())
        return makeError(ErrorCode::ClockWrong,
            tr("This PC's clock says %1, which cannot be right. Set the date and time of the PC, "
               "then try again.")
                .arg(QLocale().toString(nowUtc.toLocalTime(), QLocale::ShortFormat)));
    if (!lastUtc.isValid() || nowUtc >= lastUtc)
        return nowUtc;
    if (lastUtc.secsTo(nowUtc) >= -clockToleranceSecs)
        return lastUtc;
    return makeError(ErrorCode::ClockWrong,
        tr("This PC's clock says %1, before the last document recorded here (%2). Set the date and "
           "time of the PC, then try again.")
            .arg(QLocale().toString(nowUtc.toLocalTime(), QLocale::ShortFormat),
                QLocale().toString(lastUtc.toLocalTime(), QLocale::ShortFormat)));
}

QDateTime DocumentWriter::earliestDocumentUtc()
{
    return QDateTime(QDate(2024, 1, 1), QTime(0, 0), QTimeZone::utc());
}

DocumentWriter::DocumentWriter(Store &store, DocumentKind kind, QString actorId)
    : m_store(store)
    , m_kind(kind)
    , m_form(currentForm(kind))
    , m_actorId(std::move(actorId))
{
}

Result<void> DocumentWriter::start()
{
    if (portability::isArchiveStation(m_store.db()))
        return makeError(ErrorCode::PermissionDenied,
            tr("This station is a read-only archive of an exported shop: it records no document."));
    Database &db = m_store.db();
    const QString stationId = m_store.station().id;
    QSqlQuery &last = db.prepared(QStringLiteral("SELECT seq, hash, created_utc FROM document "
                                                 "WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(last, {stationId}); !result)
        return result;
    QDateTime lastCreatedUtc;
    if (last.next()) {
        m_seq = last.value(0).toLongLong() + 1;
        m_prevHash = last.value(1).toString();
        lastCreatedUtc = QDateTime::fromString(last.value(2).toString(), Qt::ISODateWithMs);
    } else {
        m_seq = 1;
        m_prevHash = QString::fromLatin1(zeroHash);
    }
    last.finish();
    m_clockUtc = m_store.clock().nowUtc();
    auto created = documentTime(m_clockUtc, lastCreatedUtc);
    if (!created && m_tolerateClockBehind && created.error().code == ErrorCode::ClockWrong)
        created = lastCreatedUtc.isValid() ? lastCreatedUtc : earliestDocumentUtc();
    if (!created)
        return created.error();
    m_createdUtc = *created;
    m_clockBehind = m_createdUtc != m_clockUtc;

    const QString series = seriesLetter(m_kind);
    QSqlQuery &lastInSeries = db.prepared(
        QStringLiteral("SELECT max(series_seq) FROM document WHERE station_id = ? AND series = ?"));
    if (auto result = db.exec(lastInSeries, {stationId, series}); !result)
        return result;
    m_seriesSeq = lastInSeries.next() ? lastInSeries.value(0).toLongLong() + 1 : 1;
    lastInSeries.finish();

    m_number = documentNumber(
        m_store.station().code, m_store.station().numberingSeries, m_kind, m_seriesSeq);
    m_businessDay = m_store.businessDay(m_createdUtc).toString(Qt::ISODate);

    return {};
}

Result<void> DocumentWriter::insert(const QString &table, std::initializer_list<Column> columns)
{
    // The columns written are exactly the fields of the table in the document's canonical form:
    // what is stored is what is hashed, and what the verifier reads back.
    const CanonicalTable *form = m_form.find(table);
    if (!form || qsizetype(columns.size()) != form->fields.size())
        return makeError(ErrorCode::IntegrityFailure,
            tr("The rows of table %1 do not match the canonical form of a %2 document.")
                .arg(table, toKey(m_kind)));
    for (const Column &column : columns) {
        if (!form->fields.contains(QLatin1String(column.first)))
            return makeError(ErrorCode::IntegrityFailure,
                tr("Column %1 of table %2 is not in the canonical form of a %3 document.")
                    .arg(QLatin1String(column.first), table, toKey(m_kind)));
    }
    // Each table is written from one place with the same columns, so its statement is built
    // once per connection.
    Database &db = m_store.db();
    QSqlQuery *cached = db.cachedInsert(table);
    if (!cached) {
        QString names = QStringLiteral("station_id, seq");
        QString marks = QStringLiteral("?, ?");
        for (const Column &column : columns) {
            names += QStringLiteral(", ") + QLatin1String(column.first);
            marks += QStringLiteral(", ?");
        }
        cached = &db.prepared(
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)").arg(table, names, marks));
        db.cacheInsert(table, cached);
    }
    // The row's canonical text.
    CanonicalObject canonicalRow;
    for (const Column &column : columns)
        canonicalRow.value(column.first, Database::bindable(column.second));
    const QByteArray row = canonicalRow.text();

    QSqlQuery &query = *cached;
    query.bindValue(0, m_store.station().id);
    query.bindValue(1, m_seq);
    int i = 2;
    for (const Column &column : columns)
        query.bindValue(i++, Database::bindable(column.second));
    if (auto result = db.exec(query); !result)
        return result;

    if (table == m_form.main.table)
        m_mainRow = row;
    else
        m_children[table].append(row);
    return {};
}

Result<DocumentStamp> DocumentWriter::seal()
{
    DocumentHeader header;
    header.stationId = m_store.station().id;
    header.seq = m_seq;
    header.kind = m_kind;
    header.series = seriesLetter(m_kind);
    header.seriesSeq = m_seriesSeq;
    header.number = m_number;
    header.createdUtc = isoUtc(m_createdUtc);
    header.businessDay = m_businessDay;
    header.actorId = m_actorId;
    header.prevHash = m_prevHash;
    header.form = m_form.version;
    // The text canonicalJson(hashedForm(header, body)) gives, written directly.
    CanonicalObject body; // table -> row or [rows]
    body.canonical(m_form.main.table.toUtf8(), m_mainRow);
    for (auto it = m_children.cbegin(); it != m_children.cend(); ++it)
        body.canonical(it.key().toUtf8(), '[' + it.value().join(',') + ']');
    CanonicalObject document;
    document.string("actor", header.actorId)
        .canonical("body", body.text())
        .string("business_day", header.businessDay)
        .string("created_utc", header.createdUtc)
        .string("kind", toKey(m_kind))
        .string("number", header.number)
        .integer("seq", header.seq)
        .integer("series_seq", header.seriesSeq)
        .string("station", header.stationId);
    if (header.form != 1) // form 1 predates the field: its bytes stay as they were hashed
        document.integer("form", header.form);
    const QByteArray text = document.text();
    const QString hash = chainHash(m_prevHash, text);

    Database &db = m_store.db();
    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO document (station_id, seq, kind, series, series_seq, number, created_utc, "
        "business_day, actor_id, prev_hash, hash, form) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
        "?, ?)"));
    if (auto result = db.exec(insert,
            {header.stationId, header.seq, toKey(m_kind), header.series, header.seriesSeq,
                header.number, header.createdUtc, header.businessDay, header.actorId,
                header.prevHash, hash, header.form});
        !result)
        return result.error();
    if (auto result = appendJournal(m_store, "document", m_seq, header.createdUtc); !result)
        return result.error();
    return DocumentStamp{header.stationId, m_seq, m_number, m_createdUtc, hash};
}

Result<void> appendJournal(Store &store, const char *kind, qint64 refSeq, const QString &createdUtc)
{
    Database &db = store.db();
    QSqlQuery &last =
        db.prepared(QStringLiteral("SELECT max(seq) FROM journal WHERE station_id = ?"));
    if (auto result = db.exec(last, {store.station().id}); !result)
        return result;
    const qint64 seq = last.next() ? last.value(0).toLongLong() + 1 : 1;
    last.finish();
    QSqlQuery &insert = db.prepared(QStringLiteral("INSERT INTO journal (station_id, seq, kind, "
                                                   "ref_seq, created_utc) VALUES (?, ?, ?, ?, ?)"));
    return db.exec(
        insert, {store.station().id, seq, QString::fromLatin1(kind), refSeq, createdUtc});
}

namespace {

Result<QJsonArray> readRows(
    Store &store, const CanonicalTable &form, const QString &stationId, qint64 seq)
{
    Database &db = store.db();
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE station_id = ? AND seq = ?")
                      .arg(form.fields.join(QStringLiteral(", ")), form.table);
    if (!form.orderBy.isEmpty())
        sql += QStringLiteral(" ORDER BY ") + form.orderBy;
    QSqlQuery &query = db.prepared(sql);
    if (auto result = db.exec(query, {stationId, seq}); !result)
        return result.error();
    QJsonArray rows;
    while (query.next()) {
        QJsonObject row;
        for (int i = 0; i < form.fields.size(); ++i)
            row.insert(form.fields.at(i), jsonFromSql(query.value(i)));
        rows.append(row);
    }
    query.finish();
    return rows;
}

} // namespace

Result<QJsonObject> readDocumentBody(Store &store, const DocumentHeader &header)
{
    const CanonicalForm *form = canonicalForm(header.kind, header.form);
    if (!form)
        return makeError(ErrorCode::IntegrityFailure,
            DocumentWriter::tr("Document %1 has canonical form %2, unknown to this version.")
                .arg(header.number)
                .arg(header.form));
    QJsonObject body;
    auto main = readRows(store, form->main, header.stationId, header.seq);
    if (!main)
        return main.error();
    if (!main->isEmpty())
        body.insert(form->main.table, main->first());
    for (const CanonicalTable &child : form->children) {
        auto rows = readRows(store, child, header.stationId, header.seq);
        if (!rows)
            return rows.error();
        if (!rows->isEmpty())
            body.insert(child.table, *rows);
    }
    return body;
}

Result<DocumentHeader> findDocument(Store &store, const QString &number)
{
    Database &db = store.db();
    QSqlQuery &query = db.prepared(QStringLiteral(
        "SELECT station_id, seq, kind, series, series_seq, number, created_utc, business_day, "
        "actor_id, prev_hash, hash, form FROM document WHERE number = ?"));
    if (auto result = db.exec(query, {number.trimmed().toUpper()}); !result)
        return result.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound,
            DocumentWriter::tr("No document numbered %1.").arg(number.left(40)));
    DocumentHeader header;
    header.stationId = query.value(0).toString();
    header.seq = query.value(1).toLongLong();
    header.kind = documentKindFromKey(query.value(2).toString()).value_or(DocumentKind::Sale);
    header.series = query.value(3).toString();
    header.seriesSeq = query.value(4).toLongLong();
    header.number = query.value(5).toString();
    header.createdUtc = query.value(6).toString();
    header.businessDay = query.value(7).toString();
    header.actorId = query.value(8).toString();
    header.prevHash = query.value(9).toString();
    header.hash = query.value(10).toString();
    header.form = query.value(11).toInt();
    query.finish();
    return header;
}

AuditLog::AuditLog(Store &store)
    : m_store(store)
{
}

QJsonObject AuditLog::hashedForm(const Event &event)
{
    return QJsonObject{
        {QStringLiteral("station"), event.stationId},
        {QStringLiteral("seq"), event.seq},
        {QStringLiteral("at_utc"), event.atUtc},
        {QStringLiteral("actor"), event.actorId},
        {QStringLiteral("action"), event.action},
        {QStringLiteral("target"), event.target},
        {QStringLiteral("details"), event.details},
    };
}

Result<void> AuditLog::record(const QString &actorId, const QString &action, const QString &target,
    const QJsonObject &details)
{
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();

    Event event;
    event.stationId = m_store.station().id;
    QSqlQuery &last = db.prepared(QStringLiteral(
        "SELECT seq, hash FROM audit_event WHERE station_id = ? ORDER BY seq DESC LIMIT 1"));
    if (auto result = db.exec(last, {event.stationId}); !result)
        return result;
    if (last.next()) {
        event.seq = last.value(0).toLongLong() + 1;
        event.prevHash = last.value(1).toString();
    } else {
        event.seq = 1;
        event.prevHash = QString::fromLatin1(zeroHash);
    }
    last.finish();
    event.atUtc = isoUtc(m_store.clock().nowUtc());
    event.actorId = actorId;
    event.action = action;
    event.target = target.left(200);
    event.details = QString::fromUtf8(canonicalJson(details));
    event.hash = chainHash(event.prevHash, hashedForm(event));

    QSqlQuery &insert = db.prepared(QStringLiteral(
        "INSERT INTO audit_event (station_id, seq, at_utc, actor_id, action, target, details, "
        "prev_hash, hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (auto result = db.exec(insert,
            {event.stationId, event.seq, event.atUtc, event.actorId, event.action, event.target,
                event.details, event.prevHash, event.hash});
        !result)
        return result;
    if (auto result = appendJournal(m_store, "audit", event.seq, event.atUtc); !result)
        return result;
    return transaction.commit();
}

Result<QList<AuditLog::Event>> AuditLog::recent(int limit) const
{
    QList<Event> events;
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    if (!query.prepare(QStringLiteral(
            "SELECT station_id, seq, at_utc, actor_id, action, target, details, prev_hash, hash "
            "FROM audit_event ORDER BY at_utc DESC, seq DESC LIMIT ?")))
        return db.errorFrom(query.lastError());
    query.addBindValue(limit);
    if (!query.exec())
        return db.errorFrom(query.lastError());
    while (query.next()) {
        events.append(
            Event{query.value(0).toString(), query.value(1).toLongLong(), query.value(2).toString(),
                query.value(3).toString(), query.value(4).toString(), query.value(5).toString(),
                query.value(6).toString(), query.value(7).toString(), query.value(8).toString()});
    }
    return events;
}

} // namespace recaisse::core
