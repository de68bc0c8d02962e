// The database schema as ordered migrations: step N brings user_version from N to N+1. A step is
// never edited once released; changes are new steps.

#include <QList>
#include <QStringList>

#include <utility>

namespace recaisse::core {

namespace {

// Finalised documents are never updated nor deleted; the triggers refuse it as a second line of
// defence behind the core API.
QStringList immutable(const QStringList &tables)
{
    QStringList statements;
    for (const QString &table : tables) {
        statements << QStringLiteral("CREATE TRIGGER %1_no_update BEFORE UPDATE ON %1 BEGIN "
                                     "SELECT RAISE(ABORT, 'finalised %1 rows are immutable'); END")
                          .arg(table)
                   << QStringLiteral("CREATE TRIGGER %1_no_delete BEFORE DELETE ON %1 BEGIN "
                                     "SELECT RAISE(ABORT, 'finalised %1 rows are immutable'); END")
                          .arg(table);
    }
    return statements;
}

QStringList version1()
{
    QStringList s = {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
        QStringLiteral(R"(CREATE TABLE site (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            time_zone TEXT NOT NULL,
            address TEXT NOT NULL DEFAULT '',
            created_utc TEXT NOT NULL))"),
        QStringLiteral(R"(CREATE TABLE station (
            id TEXT PRIMARY KEY,
            site_id TEXT NOT NULL REFERENCES site(id),
            code TEXT NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('register', 'reception', 'backoffice')),
            variance_threshold_cents INTEGER NOT NULL DEFAULT 500 CHECK (variance_threshold_cents >= 0),
            is_local INTEGER NOT NULL DEFAULT 0,
            created_utc TEXT NOT NULL,
            UNIQUE (site_id, code)))"),
        QStringLiteral(R"(CREATE TABLE app_user (
            id TEXT PRIMARY KEY,
            site_id TEXT NOT NULL REFERENCES site(id),
            name TEXT NOT NULL,
            role TEXT NOT NULL CHECK (role IN ('super-admin', 'admin', 'supervisor', 'cashier', 'reception')),
            pin_hash TEXT NOT NULL,
            active INTEGER NOT NULL DEFAULT 1,
            failed_attempts INTEGER NOT NULL DEFAULT 0,
            locked_until_utc TEXT,
            created_utc TEXT NOT NULL))"),
        QStringLiteral(
            "CREATE UNIQUE INDEX app_user_name ON app_user (site_id, name COLLATE NOCASE)"),
        QStringLiteral(R"(CREATE TABLE category (
            id TEXT PRIMARY KEY,
            parent_id TEXT REFERENCES category(id),
            name TEXT NOT NULL,
            eee_code TEXT CHECK (eee_code IS NULL OR eee_code IN ('EEE-1', 'EEE-2', 'EEE-3', 'EEE-4', 'EEE-5', 'EEE-6', 'EEE-7', 'EEE-8')),
            default_price_cents INTEGER,
            min_price_cents INTEGER,
            max_price_cents INTEGER,
            weight_required INTEGER NOT NULL DEFAULT 0,
            average_weight_grams INTEGER,
            color TEXT NOT NULL DEFAULT '',
            shortcut TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1))"),

        // Every finalised document of every station: the chain.
        QStringLiteral(R"(CREATE TABLE document (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0),
            kind TEXT NOT NULL,
            series TEXT NOT NULL,
            series_seq INTEGER NOT NULL CHECK (series_seq > 0),
            number TEXT NOT NULL,
            created_utc TEXT NOT NULL,
            business_day TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (station_id, seq),
            UNIQUE (station_id, series, series_seq),
            UNIQUE (number)) WITHOUT ROWID)"),
        // Closings and day figures look documents up by station and business day.
        QStringLiteral("CREATE INDEX document_day ON document (station_id, business_day, kind)"),

        QStringLiteral(R"(CREATE TABLE session_open (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            cashier_id TEXT NOT NULL,
            cashier_name TEXT NOT NULL,
            float_cents INTEGER NOT NULL CHECK (float_cents BETWEEN 0 AND 1000000),
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE session_count (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            denomination_cents INTEGER NOT NULL CHECK (denomination_cents > 0),
            count INTEGER NOT NULL CHECK (count >= 0),
            PRIMARY KEY (station_id, seq, denomination_cents),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE session_close (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            session_seq INTEGER NOT NULL,
            counted_cents INTEGER NOT NULL,
            expected_cents INTEGER NOT NULL,
            variance_cents INTEGER NOT NULL,
            threshold_cents INTEGER NOT NULL,
            comment TEXT NOT NULL DEFAULT '',
            validated_by TEXT NOT NULL DEFAULT '',
            cash_sales_cents INTEGER NOT NULL,
            cash_refunds_cents INTEGER NOT NULL,
            movements_in_cents INTEGER NOT NULL,
            movements_out_cents INTEGER NOT NULL,
            card_cents INTEGER NOT NULL,
            cheque_cents INTEGER NOT NULL,
            free_cents INTEGER NOT NULL,
            sales_count INTEGER NOT NULL,
            sales_total_cents INTEGER NOT NULL,
            refunds_count INTEGER NOT NULL,
            refunds_total_cents INTEGER NOT NULL,
            grand_total_cents INTEGER NOT NULL,
            PRIMARY KEY (station_id, seq),
            UNIQUE (station_id, session_seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED,
            FOREIGN KEY (station_id, session_seq) REFERENCES session_open (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE sale (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            session_seq INTEGER NOT NULL,
            total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
            change_cents INTEGER NOT NULL CHECK (change_cents >= 0),
            override_by TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX sale_session ON sale (station_id, session_seq)"),
        QStringLiteral(R"(CREATE TABLE sale_line (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            line_no INTEGER NOT NULL CHECK (line_no > 0),
            category_id TEXT NOT NULL,
            category_name TEXT NOT NULL,
            eee_code TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
            weight_grams INTEGER CHECK (weight_grams IS NULL OR weight_grams > 0),
            total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
            PRIMARY KEY (station_id, seq, line_no),
            FOREIGN KEY (station_id, seq) REFERENCES sale (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE payment (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            line_no INTEGER NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'free')),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            PRIMARY KEY (station_id, seq, line_no),
            FOREIGN KEY (station_id, seq) REFERENCES sale (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE refund (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            session_seq INTEGER NOT NULL,
            sale_station_id TEXT NOT NULL,
            sale_seq INTEGER NOT NULL,
            sale_number TEXT NOT NULL,
            total_cents INTEGER NOT NULL CHECK (total_cents > 0),
            method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque', 'free')),
            reason TEXT NOT NULL,
            authorized_by TEXT NOT NULL,
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX refund_session ON refund (station_id, session_seq)"),
        QStringLiteral("CREATE INDEX refund_sale ON refund (sale_station_id, sale_seq)"),
        QStringLiteral(R"(CREATE TABLE refund_line (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            line_no INTEGER NOT NULL,
            sale_line_no INTEGER NOT NULL,
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            amount_cents INTEGER NOT NULL CHECK (amount_cents >= 0),
            PRIMARY KEY (station_id, seq, line_no),
            FOREIGN KEY (station_id, seq) REFERENCES refund (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE cash_movement (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            session_seq INTEGER NOT NULL,
            direction TEXT NOT NULL CHECK (direction IN ('in', 'out')),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            reason TEXT NOT NULL,
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral(
            "CREATE INDEX cash_movement_session ON cash_movement (station_id, session_seq)"),

        QStringLiteral(R"(CREATE TABLE deposit (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            note TEXT NOT NULL DEFAULT '',
            total_weight_grams INTEGER NOT NULL CHECK (total_weight_grams > 0),
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE deposit_line (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            line_no INTEGER NOT NULL,
            category_id TEXT NOT NULL,
            category_name TEXT NOT NULL,
            eee_code TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            weight_grams INTEGER NOT NULL CHECK (weight_grams > 0),
            destination TEXT NOT NULL CHECK (destination IN ('shop', 'recycling', 'waste-centre')),
            origin TEXT NOT NULL CHECK (origin IN ('voluntary', 'home-collection', 'partner-waste-centre', 'professional')),
            PRIMARY KEY (station_id, seq, line_no),
            FOREIGN KEY (station_id, seq) REFERENCES deposit (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE closing (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            period_kind TEXT NOT NULL CHECK (period_kind IN ('day', 'month', 'year')),
            first_day TEXT NOT NULL,
            last_day TEXT NOT NULL,
            sales_count INTEGER NOT NULL,
            sales_total_cents INTEGER NOT NULL,
            refunds_total_cents INTEGER NOT NULL,
            grand_total_cents INTEGER NOT NULL,
            PRIMARY KEY (station_id, seq),
            UNIQUE (station_id, period_kind, first_day),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),

        QStringLiteral(R"(CREATE TABLE audit_event (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0),
            at_utc TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            action TEXT NOT NULL,
            target TEXT NOT NULL,
            details TEXT NOT NULL,
            prev_hash TEXT NOT NULL,
            hash TEXT NOT NULL,
            PRIMARY KEY (station_id, seq)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX audit_event_at ON audit_event (at_utc)"),

        // One entry per fact, in the order the station created them: what sync pushes.
        QStringLiteral(R"(CREATE TABLE journal (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL CHECK (seq > 0),
            kind TEXT NOT NULL CHECK (kind IN ('document', 'audit')),
            ref_seq INTEGER NOT NULL,
            created_utc TEXT NOT NULL,
            PRIMARY KEY (station_id, seq),
            UNIQUE (station_id, kind, ref_seq)) WITHOUT ROWID)"),
    };
    s << immutable({QStringLiteral("document"), QStringLiteral("session_open"),
        QStringLiteral("session_count"), QStringLiteral("session_close"), QStringLiteral("sale"),
        QStringLiteral("sale_line"), QStringLiteral("payment"), QStringLiteral("refund"),
        QStringLiteral("refund_line"), QStringLiteral("cash_movement"), QStringLiteral("deposit"),
        QStringLiteral("deposit_line"), QStringLiteral("closing"), QStringLiteral("audit_event"),
        QStringLiteral("journal")});
    return s;
}

// Version 6: the plausible weight of one item of a category, set by an administrator (NULL:
// derived from the standard weight). Self-contained: two columns on the category table.
QStringList categoryWeightRanges()
{
    return {
        QStringLiteral("ALTER TABLE category ADD COLUMN min_weight_grams INTEGER "
                       "CHECK (min_weight_grams IS NULL OR min_weight_grams > 0)"),
        QStringLiteral("ALTER TABLE category ADD COLUMN max_weight_grams INTEGER "
                       "CHECK (max_weight_grams IS NULL OR max_weight_grams > 0)"),
    };
}

// Version 7: each document records the version of its kind's canonical form (ledger.h), so that
// a new form applies to new documents only (every document written before is version 1); the
// outflow document (objects sent to recycling or the waste centre, later to partners); the Z
// report's outflow figures (session_close form 2; NULL in the closings written before).
QStringList documentFormsAndOutflows()
{
    QStringList s = {
        QStringLiteral("ALTER TABLE document ADD COLUMN form INTEGER NOT NULL DEFAULT 1 "
                       "CHECK (form > 0)"),
        QStringLiteral(R"(CREATE TABLE outflow (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('recycling', 'waste', 'partner')),
            session_seq INTEGER,
            partner_id TEXT,
            note TEXT NOT NULL DEFAULT '',
            total_weight_grams INTEGER NOT NULL CHECK (total_weight_grams > 0),
            CHECK (kind <> 'partner' OR partner_id IS NOT NULL),
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX outflow_session ON outflow (station_id, session_seq)"),
        QStringLiteral(R"(CREATE TABLE outflow_line (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            line_no INTEGER NOT NULL CHECK (line_no > 0),
            category_id TEXT NOT NULL,
            category_name TEXT NOT NULL,
            eee_code TEXT NOT NULL DEFAULT '',
            quantity INTEGER NOT NULL CHECK (quantity > 0),
            weight_grams INTEGER NOT NULL CHECK (weight_grams > 0),
            PRIMARY KEY (station_id, seq, line_no),
            FOREIGN KEY (station_id, seq) REFERENCES outflow (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral("ALTER TABLE session_close ADD COLUMN outflows_count INTEGER "
                       "CHECK (outflows_count IS NULL OR outflows_count >= 0)"),
        QStringLiteral("ALTER TABLE session_close ADD COLUMN outflow_grams INTEGER "
                       "CHECK (outflow_grams IS NULL OR outflow_grams >= 0)"),
    };
    s << immutable({QStringLiteral("outflow"), QStringLiteral("outflow_line")});
    return s;
}

// Version 9: fiscal anchors. A closing also carries its counts, the station's last document at the
// period's end and the perpetual absolute grand total (closing form 2; NULL in the closings
// written before). The technical events of the French certification's journal (a new program
// version's first start, a restore, an archive, an export, a configuration change, a clock
// correction) are documents of the chain too.
QStringList closingAnchorsAndTechnicalEvents()
{
    QStringList s = {
        QStringLiteral("ALTER TABLE closing ADD COLUMN refunds_count INTEGER "
                       "CHECK (refunds_count IS NULL OR refunds_count >= 0)"),
        QStringLiteral("ALTER TABLE closing ADD COLUMN documents_count INTEGER "
                       "CHECK (documents_count IS NULL OR documents_count >= 0)"),
        QStringLiteral("ALTER TABLE closing ADD COLUMN last_seq INTEGER "
                       "CHECK (last_seq IS NULL OR last_seq >= 0)"),
        QStringLiteral("ALTER TABLE closing ADD COLUMN last_hash TEXT"),
        QStringLiteral("ALTER TABLE closing ADD COLUMN absolute_grand_total_cents INTEGER "
                       "CHECK (absolute_grand_total_cents IS NULL OR "
                       "absolute_grand_total_cents >= 0)"),
        QStringLiteral(R"(CREATE TABLE technical_event (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('program-version', 'restore', 'archive', 'export', 'configuration', 'clock')),
            program_version TEXT NOT NULL,
            details TEXT NOT NULL,
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
    };
    s << immutable({QStringLiteral("technical_event")});
    return s;
}

// Version 10: the demo flag of a site (issue 14): a demo shop is one from its creation
// (`init --demo`, the GUI's demo shop, or a station joined to one) and only it takes demo data. It
// used to be a mark left in meta by the demo generator. The published configuration carries it;
// once set, it never changes (a configuration cannot turn a real shop into a demo one, nor the
// reverse).
QStringList siteDemoFlag()
{
    return {
        QStringLiteral("ALTER TABLE site ADD COLUMN demo INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (demo IN (0, 1))"),
        QStringLiteral("UPDATE site SET demo = 1 WHERE EXISTS "
                       "(SELECT 1 FROM meta WHERE key = 'demo' AND value = '1')"),
        QStringLiteral("DELETE FROM meta WHERE key = 'demo'"),
        QStringLiteral(
            "CREATE TRIGGER site_demo_fixed BEFORE UPDATE OF demo ON site "
            "WHEN NEW.demo IS NOT OLD.demo BEGIN "
            "SELECT RAISE(ABORT, 'a site is a demo shop or not from its creation'); END"),
    };
}

// The till's money rules (issue 20): the legal identity and VAT status of a site, applied to the
// documents made after they are set (sale form 2 captures the regime, its mention and each line's
// rate); the durable-goods flag and legal warranty of a category (tickets on request); whether
// every ticket is printed; money donations, a document of their own counted apart from sales (the
// Z report's session_close form 3 carries them).
QStringList tillMoneyRules()
{
    QStringList s = {
        QStringLiteral("ALTER TABLE site ADD COLUMN siret TEXT NOT NULL DEFAULT ''"),
        QStringLiteral("ALTER TABLE site ADD COLUMN print_every_ticket INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (print_every_ticket IN (0, 1))"),
        // The VAT settings over time, a JSON array (VatStatus): in the site row, so that the
        // signed configuration carries them to every station like the rest of the site.
        QStringLiteral("ALTER TABLE site ADD COLUMN vat_settings TEXT NOT NULL DEFAULT '[]'"),
        // A durable good's ticket is always printed with its legal warranty; NULL: the default
        // (electrical and electronic equipment is durable, 24 months).
        QStringLiteral("ALTER TABLE category ADD COLUMN durable INTEGER "
                       "CHECK (durable IS NULL OR durable IN (0, 1))"),
        QStringLiteral("ALTER TABLE category ADD COLUMN warranty_months INTEGER "
                       "CHECK (warranty_months IS NULL OR warranty_months BETWEEN 0 AND 120)"),
        QStringLiteral("ALTER TABLE sale ADD COLUMN vat_regime TEXT CHECK (vat_regime IS NULL OR "
                       "vat_regime IN ('not-liable', 'margin', 'liable'))"),
        QStringLiteral("ALTER TABLE sale ADD COLUMN vat_mention TEXT"),
        QStringLiteral("ALTER TABLE sale_line ADD COLUMN vat_rate_bp INTEGER "
                       "CHECK (vat_rate_bp IS NULL OR vat_rate_bp BETWEEN 0 AND 10000)"),
        QStringLiteral("ALTER TABLE sale_line ADD COLUMN durable INTEGER "
                       "CHECK (durable IS NULL OR durable IN (0, 1))"),
        QStringLiteral("ALTER TABLE sale_line ADD COLUMN warranty_months INTEGER "
                       "CHECK (warranty_months IS NULL OR warranty_months BETWEEN 0 AND 120)"),
        QStringLiteral(R"(CREATE TABLE donation (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            session_seq INTEGER NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque')),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX donation_session ON donation (station_id, session_seq)"),
    };
    // The Z report's donation figures: NULL in the closings written before.
    for (const char *column : {"donations_count", "donations_cents", "cash_donations_cents",
             "card_donations_cents", "cheque_donations_cents"})
        s << QStringLiteral("ALTER TABLE session_close ADD COLUMN %1 INTEGER "
                            "CHECK (%1 IS NULL OR %1 >= 0)")
                 .arg(QLatin1String(column));
    s << immutable({QStringLiteral("donation")});
    return s;
}

// The association at the till (issue 20): tickets put aside (parked) while their customer fetches
// something (not a document: a mutable local row, deleted when the ticket is resumed or abandoned,
// never journaled nor synced; it survives a restart); the member register and membership fees;
// tax receipts for money donations.
QStringList associationTill()
{
    QStringList s = {
        QStringLiteral(R"(CREATE TABLE parked_ticket (
            id INTEGER PRIMARY KEY,
            station_id TEXT NOT NULL,
            parked_utc TEXT NOT NULL,
            cashier_id TEXT NOT NULL,
            cashier_name TEXT NOT NULL DEFAULT '',
            lines TEXT NOT NULL,
            total_cents INTEGER NOT NULL))"),
        QStringLiteral("CREATE INDEX parked_ticket_station ON parked_ticket (station_id)"),
        // The member register: mutable personal data outside the chain. Documents name a member
        // by its opaque id only, so erasing the row leaves every hash as it was.
        QStringLiteral(R"(CREATE TABLE member (
            id TEXT PRIMARY KEY,
            site_id TEXT NOT NULL,
            number TEXT NOT NULL,
            name TEXT NOT NULL,
            contact TEXT NOT NULL DEFAULT '',
            created_utc TEXT NOT NULL,
            UNIQUE (site_id, number)))"),
        QStringLiteral("CREATE INDEX member_name ON member (name COLLATE NOCASE)"),
        // A membership fee: a document of its own in the cash session, never a sale line.
        QStringLiteral(R"(CREATE TABLE membership (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            session_seq INTEGER NOT NULL,
            member_id TEXT NOT NULL,
            method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque')),
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            period_start TEXT NOT NULL,
            period_end TEXT NOT NULL CHECK (period_end >= period_start),
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX membership_session ON membership (station_id, session_seq)"),
        QStringLiteral("CREATE INDEX membership_member ON membership (member_id)"),
        // Tax receipts for money donations (Cerfa 11580): only when the site declares it may
        // issue them (a site setting, carried by the signed configuration like the rest of the
        // site), numbered in a series of their own, one receipt per donation at most.
        QStringLiteral("ALTER TABLE site ADD COLUMN tax_receipts INTEGER NOT NULL DEFAULT 0 "
                       "CHECK (tax_receipts IN (0, 1))"),
        QStringLiteral("ALTER TABLE site ADD COLUMN tax_receipt_object TEXT NOT NULL DEFAULT ''"),
        QStringLiteral(R"(CREATE TABLE tax_receipt (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            donation_station_id TEXT NOT NULL,
            donation_seq INTEGER NOT NULL,
            donation_number TEXT NOT NULL,
            donation_day TEXT NOT NULL,
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            method TEXT NOT NULL CHECK (method IN ('cash', 'card', 'cheque')),
            donor_name TEXT NOT NULL,
            donor_address TEXT NOT NULL,
            beneficiary TEXT NOT NULL,
            beneficiary_object TEXT NOT NULL,
            PRIMARY KEY (station_id, seq),
            UNIQUE (donation_station_id, donation_seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
    };
    // The Z report's membership figures (session_close form 4): NULL in the closings before.
    for (const char *column : {"memberships_count", "memberships_cents", "cash_memberships_cents",
             "card_memberships_cents", "cheque_memberships_cents"})
        s << QStringLiteral("ALTER TABLE session_close ADD COLUMN %1 INTEGER "
                            "CHECK (%1 IS NULL OR %1 >= 0)")
                 .arg(QLatin1String(column));
    s << immutable({QStringLiteral("membership"), QStringLiteral("tax_receipt")});
    return s;
}

// Every flow of the tonnage (issue 19). Outflows beyond the till's recycling: the recycling stream
// of an outflow (NULL: not sorted, as the till sends it); each line's weighed weight, container and
// tare, its weight_grams being the net (outflow form 2; NULL on the lines written before, whose
// weight was typed net); the site's containers and their tares. An eco-organism's collection is an
// outflow of kind 'recycling' naming its eco-organism in partner_id. The weight of what is sold: a
// category may be priced by the kilo; a sale line keeps the source of its weight (measured, or
// estimated from the category's standard weight at sale time) and its price per kg (sale form 3;
// NULL before).
QStringList everyFlowOfTheTonnage()
{
    QStringList s = {
        QStringLiteral("ALTER TABLE outflow ADD COLUMN stream TEXT CHECK (stream IS NULL OR "
                       "stream IN ('metals', 'paper-cardboard', 'textiles', 'weee', 'wood', "
                       "'plastics', 'glass', 'mixed'))"),
        QStringLiteral("ALTER TABLE outflow_line ADD COLUMN gross_grams INTEGER "
                       "CHECK (gross_grams IS NULL OR gross_grams > 0)"),
        QStringLiteral("ALTER TABLE outflow_line ADD COLUMN container TEXT"),
        QStringLiteral("ALTER TABLE outflow_line ADD COLUMN tare_grams INTEGER "
                       "CHECK (tare_grams IS NULL OR tare_grams > 0)"),
        QStringLiteral(R"(CREATE TABLE container (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL UNIQUE COLLATE NOCASE,
            tare_grams INTEGER NOT NULL CHECK (tare_grams > 0 AND tare_grams <= 1000000)) WITHOUT ROWID)"),
        QStringLiteral("ALTER TABLE category ADD COLUMN price_per_kg_cents INTEGER CHECK "
                       "(price_per_kg_cents IS NULL OR price_per_kg_cents BETWEEN 1 AND 100000)"),
        QStringLiteral("ALTER TABLE sale_line ADD COLUMN weight_source TEXT CHECK "
                       "(weight_source IS NULL OR weight_source IN ('measured', 'estimated'))"),
        QStringLiteral("ALTER TABLE sale_line ADD COLUMN price_per_kg_cents INTEGER CHECK "
                       "(price_per_kg_cents IS NULL OR price_per_kg_cents > 0)"),
    };
    return s;
}

// Solidarity prices (sale form 4): the ticket's discount (its kind, value and reason) and each
// line's share of it; a free gift's reason on its 0 € line. Cheque remittance slips: a cheque
// (a sale's payment, a donation or a fee, by its key) goes on one slip only, and a slip is never
// changed. The site's account plan.
QStringList solidarityChequesAndAccounts()
{
    QStringList s = {
        QStringLiteral("ALTER TABLE sale ADD COLUMN discount_kind TEXT CHECK "
                       "(discount_kind IS NULL OR discount_kind IN ('percent', 'fixed'))"),
        QStringLiteral("ALTER TABLE sale ADD COLUMN discount_value INTEGER CHECK "
                       "(discount_value IS NULL OR discount_value > 0)"),
        QStringLiteral("ALTER TABLE sale ADD COLUMN discount_reason TEXT"),
        QStringLiteral("ALTER TABLE sale_line ADD COLUMN discount_cents INTEGER CHECK "
                       "(discount_cents IS NULL OR discount_cents >= 0)"),
        QStringLiteral("ALTER TABLE sale_line ADD COLUMN gift_reason TEXT"),
        QStringLiteral(R"(CREATE TABLE cheque_slip (
            id INTEGER PRIMARY KEY,
            number TEXT NOT NULL UNIQUE,
            created_utc TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            actor_name TEXT NOT NULL,
            cheques_count INTEGER NOT NULL CHECK (cheques_count > 0),
            total_cents INTEGER NOT NULL CHECK (total_cents > 0)))"),
        QStringLiteral(R"(CREATE TABLE cheque_slip_item (
            slip_id INTEGER NOT NULL REFERENCES cheque_slip (id),
            source TEXT NOT NULL CHECK (source IN ('sale', 'donation', 'membership')),
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            line_no INTEGER NOT NULL,
            number TEXT NOT NULL,
            business_day TEXT NOT NULL,
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            PRIMARY KEY (source, station_id, seq, line_no)) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX cheque_slip_item_slip ON cheque_slip_item (slip_id)"),
        // The site's account plan for the accounting export (JSON: key -> account; the
        // defaults where a key is missing).
        QStringLiteral("ALTER TABLE site ADD COLUMN account_plan TEXT NOT NULL DEFAULT '{}'"),
    };
    s << immutable({QStringLiteral("cheque_slip"), QStringLiteral("cheque_slip_item")});
    return s;
}

// Cheques (sale form 5): a cheque's bank and number typed at payment. Cheque remittance slips
// become documents of the chain, so every station knows which cheques went to the bank; a cheque
// may appear on two stations' slips made offline at once, so its key is indexed, never unique.
// Each other station's last published heartbeat (its station.json: when it last published its
// journal, and its last journal seq then): the accounting export sees a register that synced
// nothing of a day.
QStringList chequeSlipsAndHeartbeats()
{
    QStringList s = {
        QStringLiteral("ALTER TABLE payment ADD COLUMN cheque_bank TEXT"),
        QStringLiteral("ALTER TABLE payment ADD COLUMN cheque_number TEXT"),
        QStringLiteral("ALTER TABLE station ADD COLUMN heartbeat_utc TEXT"),
        QStringLiteral("ALTER TABLE station ADD COLUMN heartbeat_seq INTEGER"),
        QStringLiteral(R"(CREATE TABLE cheque_deposit (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            cheques_count INTEGER NOT NULL CHECK (cheques_count > 0),
            total_cents INTEGER NOT NULL CHECK (total_cents > 0),
            actor_name TEXT NOT NULL,
            PRIMARY KEY (station_id, seq),
            FOREIGN KEY (station_id, seq) REFERENCES document (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral(R"(CREATE TABLE deposited_cheque (
            station_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            line_no INTEGER NOT NULL,
            source TEXT NOT NULL CHECK (source IN ('sale', 'donation', 'membership')),
            cheque_station_id TEXT NOT NULL,
            cheque_seq INTEGER NOT NULL,
            cheque_line_no INTEGER NOT NULL,
            document_number TEXT NOT NULL,
            business_day TEXT NOT NULL,
            amount_cents INTEGER NOT NULL CHECK (amount_cents > 0),
            bank TEXT,
            cheque_number TEXT,
            PRIMARY KEY (station_id, seq, line_no),
            FOREIGN KEY (station_id, seq) REFERENCES cheque_deposit (station_id, seq) DEFERRABLE INITIALLY DEFERRED) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX deposited_cheque_key ON deposited_cheque "
                       "(cheque_station_id, cheque_seq, source, cheque_line_no)"),
    };
    s << immutable({QStringLiteral("cheque_deposit"), QStringLiteral("deposited_cheque")});
    return s;
}

// Where the tonnes come from (issue 19): the site's towns with their postcodes (carried by the
// signed configuration); a deposit names the donor's town (deposit form 2; NULL: not asked, and
// on the deposits written before); the home collections planned at this station (a mutable local
// row, never journaled nor synced: the donor's address and contact stay on this PC and are erased
// once the pickup is done or cancelled).
QStringList townsAndHomeCollections()
{
    return {
        QStringLiteral(R"(CREATE TABLE town (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            postcode TEXT NOT NULL CHECK (length(postcode) = 5),
            UNIQUE (name COLLATE NOCASE, postcode)) WITHOUT ROWID)"),
        QStringLiteral("ALTER TABLE deposit ADD COLUMN town TEXT"),
        QStringLiteral("ALTER TABLE deposit ADD COLUMN town_postcode TEXT"),
        QStringLiteral("CREATE INDEX deposit_town ON deposit (town, town_postcode) "
                       "WHERE town IS NOT NULL"),
        QStringLiteral(R"(CREATE TABLE home_collection (
            id TEXT PRIMARY KEY,
            planned_day TEXT NOT NULL,
            town TEXT NOT NULL,
            town_postcode TEXT NOT NULL,
            address TEXT,
            contact TEXT,
            note TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL CHECK (status IN ('planned', 'done', 'cancelled')),
            deposit_number TEXT,
            created_utc TEXT NOT NULL,
            closed_utc TEXT,
            CHECK (status = 'planned' OR (address IS NULL AND contact IS NULL))) WITHOUT ROWID)"),
        QStringLiteral("CREATE INDEX home_collection_day ON home_collection (planned_day)"),
    };
}

// The site's solidarity presets (discounts and free gifts the till offers), published with the
// site's row in the signed configuration; NULL: the defaults (Solidarity::defaultPresets).
QStringList solidarityPresetsSchema()
{
    return {QStringLiteral("ALTER TABLE site ADD COLUMN solidarity_presets TEXT")};
}

// The member on a ticket (sale form 6): its opaque id, which links the purchase to the register
// and its fees, and its number, printed on the ticket. NULL: no member (and every sale before).
// The register shared by the stations (each publishes the members it holds, sealed, in its own
// folder): when a member's name or contact last changed (NULL: when it was registered), and the
// members erased anywhere (their id and number only, kept so that an older copy of the register
// never brings a member back).
QStringList sharedMembers()
{
    return {
        QStringLiteral("ALTER TABLE sale ADD COLUMN member_id TEXT"),
        QStringLiteral("ALTER TABLE sale ADD COLUMN member_number TEXT"),
        QStringLiteral("CREATE INDEX sale_member ON sale (member_id) WHERE member_id IS NOT NULL"),
        QStringLiteral("ALTER TABLE member ADD COLUMN updated_utc TEXT"),
        QStringLiteral(R"(CREATE TABLE member_erased (
            id TEXT PRIMARY KEY,
            number TEXT NOT NULL,
            erased_utc TEXT NOT NULL) WITHOUT ROWID)"),
    };
}

// SQLite checks `x IN ('a', 'b', 'c'…)` (a list of three values or more) by building a temporary
// b-tree of the list on every insert into the table, several times per pulled record; written as
// comparisons, the same check is a few string comparisons (the pull of three stations' year:
// 3.7 s before this step, 3.2 s after, recaisse-sync-bench on the same machine).
// The stored CREATE TABLE texts are edited in place, by SQLite's documented procedure for changing
// a CHECK constraint (writable_schema, then the schema cookie moved on so that every connection
// reads the new texts): every row already satisfies the same check written differently, so no
// table is rebuilt. A later table writes its checks as comparisons from the start
// (`TestDatabase::noInsertBuildsATemporaryTable` fails otherwise).
QStringList checksAsComparisons()
{
    const auto list = [](const char *values) {
        return QString::fromLatin1(values).split(QStringLiteral(", "));
    };
    const QList<std::pair<QString, QStringList>> checks = {
        {QStringLiteral("kind"), list("register, reception, backoffice")},
        {QStringLiteral("role"), list("super-admin, admin, supervisor, cashier, reception")},
        {QStringLiteral("eee_code"),
            list("EEE-1, EEE-2, EEE-3, EEE-4, EEE-5, EEE-6, EEE-7, EEE-8")},
        {QStringLiteral("method"), list("cash, card, cheque, free")},
        {QStringLiteral("method"), list("cash, card, cheque")},
        {QStringLiteral("destination"), list("shop, recycling, waste-centre")},
        {QStringLiteral("origin"),
            list("voluntary, home-collection, partner-waste-centre, professional")},
        {QStringLiteral("period_kind"), list("day, month, year")},
        {QStringLiteral("kind"), list("recycling, waste, partner")},
        {QStringLiteral("kind"),
            list("program-version, restore, archive, export, configuration, clock")},
        {QStringLiteral("vat_regime"), list("not-liable, margin, liable")},
        {QStringLiteral("stream"),
            list("metals, paper-cardboard, textiles, weee, wood, plastics, glass, mixed")},
        {QStringLiteral("source"), list("sale, donation, membership")},
        {QStringLiteral("status"), list("planned, done, cancelled")},
        {QStringLiteral("status"), list("pending, validated, rejected")},
        {QStringLiteral("kind"), list("daily, weekly, monthly, quarterly, cron")},
        {QStringLiteral("covers"), list("day, week, month, quarter, year")},
        {QStringLiteral("type"), list("sales-journal, sessions, deposits, ecologic, kpi")},
        {QStringLiteral("format"), list("csv, xlsx, pdf")},
        {QStringLiteral("security"), list("plain, starttls, tls")},
        {QStringLiteral("result"), list("accepted, temporary, permanent, unreachable, refused")},
        {QStringLiteral("result"), list("sent, failed, rate-limited")},
    };
    const auto literal = [](const QString &text) {
        return QStringLiteral("'%1'").arg(QString(text).replace(u'\'', QStringLiteral("''")));
    };
    QStringList steps = {QStringLiteral("PRAGMA writable_schema=ON")};
    for (const auto &[column, values] : checks) {
        QStringList quoted;
        QStringList compared;
        for (const QString &value : values) {
            quoted << literal(value);
            compared << QStringLiteral("%1 = %2").arg(column, literal(value));
        }
        const QString from = QStringLiteral("%1 IN (%2)").arg(column, quoted.join(u", "));
        const QString to = QStringLiteral("(%1)").arg(compared.join(u" OR "));
        steps << QStringLiteral("UPDATE sqlite_master SET sql = replace(sql, %1, %2) "
                                "WHERE type = 'table' AND instr(sql, %1) > 0")
                     .arg(literal(from), literal(to));
    }
    // Creating and dropping a table moves the schema cookie on (other connections read the
    // schema again); RESET makes this one read the new texts before the step commits.
    steps << QStringLiteral("CREATE TABLE schema_cookie_step (x)")
          << QStringLiteral("DROP TABLE schema_cookie_step")
          << QStringLiteral("PRAGMA writable_schema=RESET");
    return steps;
}

} // namespace

// Each later area owns its own steps, in its own folder.
QStringList syncSchema(); // sync/schema.cpp: version 2
QStringList exportsSchema(); // exports/schema.cpp: version 3
QStringList partnerMappingSchema(); // exports/partnerschema.cpp
QStringList adminSchema(); // admin/schema.cpp: version 4
QStringList syncSealedSchema(); // sync/schema.cpp: version 5
QStringList stationRegistrySchema(); // sync/schema.cpp: the station registry
QStringList stationRetiredKeysSchema(); // sync/schema.cpp: keys replaced by a restore
QStringList mailSchema(); // mail/schema.cpp: mail account, scheduled reports, send log
QStringList notifySchema(); // notify/schema.cpp: notifications per event type and their log
QStringList telegramPendingDepositsSchema(); // notify/pendingschema.cpp: bot deposits to check
QStringList mailReportPdfSchema(); // mail/schema.cpp: the key figures report as a PDF
QStringList sheetsSyncLogSchema(); // sync/schema.cpp: Google Sheets runs in the sync history
QStringList telegramPendingDepositsTravel(); // notify/pendingschema.cpp: between stations

const QList<QStringList> &schemaMigrations()
{
    static const QList<QStringList> steps = {version1(), syncSchema(), exportsSchema(),
        adminSchema(), syncSealedSchema(), categoryWeightRanges(), documentFormsAndOutflows(),
        stationRegistrySchema(), closingAnchorsAndTechnicalEvents(), siteDemoFlag(),
        stationRetiredKeysSchema(), mailSchema(), partnerMappingSchema(), tillMoneyRules(),
        notifySchema(), associationTill(), everyFlowOfTheTonnage(), mailReportPdfSchema(),
        solidarityChequesAndAccounts(), telegramPendingDepositsSchema(), chequeSlipsAndHeartbeats(),
        sheetsSyncLogSchema(), townsAndHomeCollections(), solidarityPresetsSchema(),
        telegramPendingDepositsTravel(), sharedMembers(), checksAsComparisons()};
    return steps;
}

} // namespace recaisse::core
