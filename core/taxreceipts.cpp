#include "taxreceipts.h"

#include "ledger.h"
#include "money.h"
#include "store.h"
#include "users.h"

#include <QLocale>
#include <QSqlQuery>

#include <algorithm>

namespace recaisse::core {

namespace {

const char *const units[] = {"zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit",
    "neuf", "dix", "onze", "douze", "treize", "quatorze", "quinze", "seize"};

QString unit(int n)
{
    return QString::fromUtf8(units[n]);
}

// 0..99 in French words (traditional spelling). `last`: nothing follows, so "quatre-vingts"
// takes its s (not before "mille").
QString below100(int n, bool last)
{
    if (n < 17)
        return unit(n);
    if (n < 20)
        return QStringLiteral("dix-") + unit(n - 10);
    const int tens = n / 10;
    const int rest = n % 10;
    if (tens == 7 || tens == 9) {
        const QString base =
            tens == 7 ? QStringLiteral("soixante") : QStringLiteral("quatre-vingt");
        const int teen = n - (tens == 7 ? 60 : 80);
        if (teen == 11 && tens == 7)
            return QStringLiteral("soixante et onze");
        return base + QLatin1Char('-') + below100(teen, last);
    }
    if (tens == 8) {
        if (rest == 0)
            return last ? QStringLiteral("quatre-vingts") : QStringLiteral("quatre-vingt");
        return QStringLiteral("quatre-vingt-") + unit(rest);
    }
    static const char *const tensWords[] = {
        "", "", "vingt", "trente", "quarante", "cinquante", "soixante"};
    const QString word = QString::fromLatin1(tensWords[tens]);
    if (rest == 0)
        return word;
    if (rest == 1)
        return word + QStringLiteral(" et un");
    return word + QLatin1Char('-') + unit(rest);
}

// 0..999; "cents" takes its s only when nothing follows it or a noun does (millions).
QString below1000(int n, bool last)
{
    const int hundreds = n / 100;
    const int rest = n % 100;
    if (hundreds == 0)
        return below100(rest, last);
    const QString prefix =
        hundreds == 1 ? QStringLiteral("cent") : unit(hundreds) + QStringLiteral(" cent");
    if (rest == 0)
        return hundreds > 1 && last ? prefix + QLatin1Char('s') : prefix;
    return prefix + QLatin1Char(' ') + below100(rest, last);
}

QString inWords(qint64 n)
{
    const int millions = static_cast<int>(n / 1'000'000);
    const int thousands = static_cast<int>((n / 1000) % 1000);
    const int rest = static_cast<int>(n % 1000);
    QStringList parts;
    if (millions > 0)
        parts << (millions == 1 ? QStringLiteral("un million")
                                : below1000(millions, true) + QStringLiteral(" millions"));
    if (thousands > 0)
        parts << (thousands == 1 ? QStringLiteral("mille")
                                 : below1000(thousands, false) + QStringLiteral(" mille"));
    if (rest > 0 || parts.isEmpty())
        parts << below1000(rest, true);
    return parts.join(QLatin1Char(' '));
}

QString methodWords(PaymentMethod method)
{
    switch (method) {
    case PaymentMethod::Cash:
        return QStringLiteral("remise d’espèces");
    case PaymentMethod::Cheque:
        return QStringLiteral("chèque");
    case PaymentMethod::Card:
    case PaymentMethod::Free:
        break;
    }
    return QStringLiteral("virement, prélèvement, carte bancaire");
}

const QString receiptColumns = QStringLiteral(
    "SELECT d.station_id, d.seq, d.number, d.created_utc, d.hash, t.donation_number, "
    "t.donation_day, t.amount_cents, t.method, t.donor_name, t.donor_address, t.beneficiary, "
    "t.beneficiary_object FROM tax_receipt t JOIN document d ON d.station_id = t.station_id AND "
    "d.seq = t.seq ");

TaxReceipt receiptFrom(const QSqlQuery &query)
{
    TaxReceipt r;
    r.stamp = DocumentStamp{query.value(0).toString(), query.value(1).toLongLong(),
        query.value(2).toString(), fromIsoUtc(query.value(3).toString()),
        query.value(4).toString()};
    r.donationNumber = query.value(5).toString();
    r.donationDay = QDate::fromString(query.value(6).toString(), Qt::ISODate);
    r.amountCents = query.value(7).toLongLong();
    r.method = paymentMethodFromKey(query.value(8).toString()).value_or(PaymentMethod::Cash);
    r.donor = Donor{query.value(9).toString(), query.value(10).toString()};
    r.beneficiary = query.value(11).toString();
    r.beneficiaryObject = query.value(12).toString();
    return r;
}

} // namespace

TaxReceipts::TaxReceipts(Store &store)
    : m_store(store)
{
}

QString TaxReceipts::amountInWords(qint64 cents)
{
    const qint64 euros = cents / 100;
    const int centimes = static_cast<int>(cents % 100);
    QString text;
    if (euros > 0) {
        text = inWords(euros);
        if (euros % 1'000'000 == 0)
            text += QStringLiteral(" d’euros");
        else
            text += euros > 1 ? QStringLiteral(" euros") : QStringLiteral(" euro");
    }
    if (centimes > 0) {
        const QString part = below100(centimes, true)
            + (centimes > 1 ? QStringLiteral(" centimes") : QStringLiteral(" centime"));
        text = text.isEmpty() ? part : text + QStringLiteral(" et ") + part;
    }
    return text.isEmpty() ? QStringLiteral("zéro euro") : text;
}

Result<TaxReceiptSettings> TaxReceipts::settings() const
{
    Database &db = m_store.db();
    QSqlQuery &query = db.prepared(
        QStringLiteral("SELECT tax_receipts, tax_receipt_object FROM site WHERE id = ?"));
    if (auto result = db.exec(query, {m_store.site().id}); !result)
        return result.error();
    TaxReceiptSettings settings;
    if (query.next()) {
        settings.enabled = query.value(0).toBool();
        settings.object = query.value(1).toString();
    }
    query.finish();
    return settings;
}

Result<void> TaxReceipts::setSettings(const Actor &actor, const TaxReceiptSettings &settings)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    const QString object = settings.object.simplified();
    if (object.size() > maxBeneficiaryObjectLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The association's object is too long (at most %1 characters).")
                .arg(maxBeneficiaryObjectLength));
    if (settings.enabled && object.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("Give the association's object: the tax receipt prints it."));
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("UPDATE site SET tax_receipts = ?, tax_receipt_object = ? WHERE id = ?"));
    if (auto result = db.exec(query, {settings.enabled ? 1 : 0, object, m_store.site().id});
        !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("site.tax-receipts"),
            settings.enabled ? QStringLiteral("on") : QStringLiteral("off"));
        !result)
        return result;
    return transaction.commit();
}

Result<TaxReceipt> TaxReceipts::issue(
    const Actor &actor, const QString &donationNumber, const Donor &donor)
{
    if (auto allowed = Users(m_store).require(actor, Permission::RecordSale); !allowed)
        return allowed.error();
    auto entitled = settings();
    if (!entitled)
        return entitled.error();
    if (!entitled->enabled)
        return makeError(ErrorCode::Conflict,
            tr("This shop does not issue tax receipts: an administrator declares in the settings "
               "that the association may issue them."));
    const QString name = donor.name.simplified();
    const QString address = donor.address.simplified();
    if (name.isEmpty() || address.isEmpty())
        return makeError(ErrorCode::InvalidInput,
            tr("A tax receipt names the donor: type their name and address."));
    if (name.size() > maxDonorNameLength || address.size() > maxDonorAddressLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The donor's name (at most %1 characters) or address (at most %2) is too long.")
                .arg(maxDonorNameLength)
                .arg(maxDonorAddressLength));

    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery donation(db.connection());
    donation.prepare(QStringLiteral(
        "SELECT d.station_id, d.seq, d.business_day, n.amount_cents, n.method FROM document d "
        "JOIN donation n ON n.station_id = d.station_id AND n.seq = d.seq WHERE d.number = ? "
        "AND d.kind = 'donation'"));
    if (auto result = db.exec(donation, {donationNumber.trimmed()}); !result)
        return result.error();
    if (!donation.next())
        return makeError(ErrorCode::NotFound,
            tr("No money donation is numbered %1 (a tax receipt is for a money donation, never "
               "for objects).")
                .arg(donationNumber.trimmed()));
    const QString stationId = donation.value(0).toString();
    const qint64 seq = donation.value(1).toLongLong();
    if (stationId != m_store.station().id)
        return makeError(ErrorCode::Conflict,
            tr("The receipt for %1 is issued on the station that recorded the donation.")
                .arg(donationNumber.trimmed()));
    TaxReceipt receipt;
    receipt.donationNumber = donationNumber.trimmed();
    receipt.donationDay = QDate::fromString(donation.value(2).toString(), Qt::ISODate);
    receipt.amountCents = donation.value(3).toLongLong();
    receipt.method =
        paymentMethodFromKey(donation.value(4).toString()).value_or(PaymentMethod::Cash);
    receipt.donor = Donor{name, address};
    const SiteInfo &site = m_store.site();
    receipt.beneficiary = site.address.simplified().isEmpty()
        ? site.name
        : site.name + QStringLiteral(", ") + site.address.simplified();
    receipt.beneficiaryObject = entitled->object;
    donation.finish();

    auto existing = forDonation(receipt.donationNumber);
    if (!existing)
        return existing.error();
    if (*existing)
        return makeError(ErrorCode::Conflict,
            tr("The tax receipt %1 was already issued for this donation: print it again instead.")
                .arg((*existing)->stamp.number));

    DocumentWriter writer(m_store, DocumentKind::TaxReceipt, actor.userId);
    if (auto result = writer.start(); !result)
        return result.error();
    if (auto result = writer.insert(QStringLiteral("tax_receipt"),
            {{"donation_station_id", stationId}, {"donation_seq", seq},
                {"donation_number", receipt.donationNumber},
                {"donation_day", receipt.donationDay.toString(Qt::ISODate)},
                {"amount_cents", receipt.amountCents}, {"method", toKey(receipt.method)},
                {"donor_name", name}, {"donor_address", address},
                {"beneficiary", receipt.beneficiary},
                {"beneficiary_object", receipt.beneficiaryObject}});
        !result)
        return result.error();
    auto stamp = writer.seal();
    if (!stamp)
        return stamp.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    receipt.stamp = *stamp;
    return receipt;
}

Result<TaxReceipt> TaxReceipts::findByNumber(const QString &number) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(receiptColumns + QStringLiteral("WHERE d.number = ?"));
    if (auto result = db.exec(query, {number.trimmed()}); !result)
        return result.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("No tax receipt is numbered %1.").arg(number));
    return receiptFrom(query);
}

Result<std::optional<TaxReceipt>> TaxReceipts::forDonation(const QString &donationNumber) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(receiptColumns + QStringLiteral("WHERE t.donation_number = ?"));
    if (auto result = db.exec(query, {donationNumber.trimmed()}); !result)
        return result.error();
    if (!query.next())
        return std::optional<TaxReceipt>();
    return std::optional<TaxReceipt>(receiptFrom(query));
}

Result<QList<TaxReceipt>> TaxReceipts::ofYear(int year) const
{
    Database &db = m_store.db();
    QSqlQuery query(db.connection());
    query.prepare(receiptColumns
        + QStringLiteral("WHERE t.donation_day BETWEEN ? AND ? ORDER BY t.donation_day, "
                         "d.station_id, d.seq"));
    if (auto result = db.exec(query,
            {QDate(year, 1, 1).toString(Qt::ISODate), QDate(year, 12, 31).toString(Qt::ISODate)});
        !result)
        return result.error();
    QList<TaxReceipt> receipts;
    while (query.next())
        receipts.append(receiptFrom(query));
    return receipts;
}

Result<QList<TaxReceipts::DonorYear>> TaxReceipts::yearSummary(int year) const
{
    auto receipts = ofYear(year);
    if (!receipts)
        return receipts.error();
    QList<DonorYear> donors;
    for (const TaxReceipt &receipt : std::as_const(*receipts)) {
        auto same = std::find_if(donors.begin(), donors.end(), [&](const DonorYear &d) {
            return d.donor.name.compare(receipt.donor.name, Qt::CaseInsensitive) == 0
                && d.donor.address.compare(receipt.donor.address, Qt::CaseInsensitive) == 0;
        });
        if (same == donors.end()) {
            donors.append(DonorYear{receipt.donor, 0, 0});
            same = donors.end() - 1;
        }
        same->receipts += 1;
        same->totalCents += receipt.amountCents;
    }
    std::sort(donors.begin(), donors.end(), [](const DonorYear &a, const DonorYear &b) {
        return a.donor.name.compare(b.donor.name, Qt::CaseInsensitive) < 0;
    });
    return donors;
}

// The official model's fields, in its order, in French whatever the interface language: the
// receipt is a French tax document.
QStringList TaxReceipts::render(const TaxReceipt &receipt, const QTimeZone &zone)
{
    const QLocale french(QLocale::French, QLocale::France);
    QStringList lines;
    lines << QStringLiteral("Reçu au titre des dons à certains organismes d’intérêt général")
          << QStringLiteral("Articles 200, 238 bis et 978 du code général des impôts (CGI)")
          << QStringLiteral("Numéro d’ordre du reçu : %1").arg(receipt.stamp.number) << QString()
          << QStringLiteral("Bénéficiaire des versements")
          << QStringLiteral("Nom ou dénomination et adresse : %1").arg(receipt.beneficiary)
          << QStringLiteral("Objet : %1").arg(receipt.beneficiaryObject)
          << QStringLiteral("Association ou fondation reconnue d’utilité publique ou œuvre ou "
                            "organisme d’intérêt général")
          << QString() << QStringLiteral("Donateur")
          << QStringLiteral("Nom et prénoms : %1").arg(receipt.donor.name)
          << QStringLiteral("Adresse : %1").arg(receipt.donor.address) << QString()
          << QStringLiteral("Le bénéficiaire reconnaît avoir reçu au titre des dons et "
                            "versements ouvrant droit à réduction d’impôt, la somme de :")
          << QStringLiteral("%1").arg(money::format(receipt.amountCents))
          << QStringLiteral("Somme en toutes lettres : %1").arg(amountInWords(receipt.amountCents))
          << QStringLiteral("Date du versement ou du don : %1")
                 .arg(french.toString(receipt.donationDay, QStringLiteral("dd/MM/yyyy")))
          << QStringLiteral("Le bénéficiaire certifie sur l’honneur que les dons et versements "
                            "qu’il reçoit ouvrent droit à la réduction d’impôt prévue à "
                            "l’article 200 du CGI.")
          << QStringLiteral("Forme du don : déclaration de don manuel")
          << QStringLiteral("Nature du don : numéraire")
          << QStringLiteral("Mode de versement : %1").arg(methodWords(receipt.method)) << QString()
          << QStringLiteral("Reçu établi le %1, pour le don %2.")
                 .arg(french.toString(receipt.stamp.createdUtc.toTimeZone(zone).date(),
                          QStringLiteral("dd/MM/yyyy")),
                     receipt.donationNumber)
          << QStringLiteral("Date et signature :");
    return lines;
}

} // namespace recaisse::core
