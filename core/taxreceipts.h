#pragma once

#include "domain.h"
#include "result.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QTimeZone>

namespace recaisse::core {

class Store;

inline constexpr int maxDonorNameLength = 120;
inline constexpr int maxDonorAddressLength = 300;
inline constexpr int maxBeneficiaryObjectLength = 300;

// Whether the site may issue tax receipts for money donations (an association of general
// interest, art. 200 of the French tax code), and the association's object printed on them.
struct TaxReceiptSettings
{
    bool enabled = false;
    QString object;
};

struct Donor
{
    QString name; // surname and first names
    QString address;
};

// A tax receipt (reçu au titre des dons, Cerfa 11580): the fields of the official model. The
// donor's identity is part of the document: the association keeps a copy of every receipt it
// issued.
struct TaxReceipt
{
    DocumentStamp stamp; // its number: the station's code, "F" and the sequence
    QString donationNumber;
    QDate donationDay;
    qint64 amountCents = 0;
    PaymentMethod method = PaymentMethod::Cash;
    Donor donor;
    QString beneficiary; // the association's name and address
    QString beneficiaryObject;
};

// Tax receipts for money donations ("-G" documents): issued on the station that recorded the
// donation (so one receipt per donation holds across the shop without a network), only when the
// site is entitled, never twice for one donation; numbered gap-free in a series of their own.
class TaxReceipts
{
    Q_DECLARE_TR_FUNCTIONS(TaxReceipts)

public:
    explicit TaxReceipts(Store &store);

    Result<TaxReceiptSettings> settings() const;
    // Administrators only; audited (site.tax-receipts).
    Result<void> setSettings(const Actor &actor, const TaxReceiptSettings &settings);

    // The receipt for a money donation of this station, given its number ("CAISSE1-G000003").
    Result<TaxReceipt> issue(const Actor &actor, const QString &donationNumber, const Donor &donor);
    Result<TaxReceipt> findByNumber(const QString &number) const;
    // The receipt already issued for a donation, if any.
    Result<std::optional<TaxReceipt>> forDonation(const QString &donationNumber) const;
    // The receipts for the donations of a civil year, in order.
    Result<QList<TaxReceipt>> ofYear(int year) const;
    // The year's receipts summed per donor (same name and address), for the donor's annual
    // summary; by name.
    struct DonorYear
    {
        Donor donor;
        int receipts = 0;
        qint64 totalCents = 0;
    };
    Result<QList<DonorYear>> yearSummary(int year) const;

    // An amount in French words, as the receipt writes it: "cent vingt-trois euros et
    // quarante-cinq centimes".
    static QString amountInWords(qint64 cents);
    // The receipt as lines of text (printed, shown, or drawn in a PDF).
    static QStringList render(const TaxReceipt &receipt, const QTimeZone &zone);

private:
    Store &m_store;
};

} // namespace recaisse::core
