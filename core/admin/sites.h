#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace recaisse::core {

class Store;

// A site of the association and its branding (cashier screens, receipts).
struct SiteSettings
{
    QString id;
    QString name;
    QString address;
    QString timeZone = QStringLiteral("Europe/Paris");
    QString primaryColor; // "#RRGGBB" or '' for the default
    QString accentColor;
    QString receiptHeader;
    QString receiptFooter;
    QByteArray logo; // PNG or JPEG, at most maxLogoBytes; empty: none
    qint64 defaultVarianceThresholdCents = 500;
    QString siret; // 14 digits, or '' while the shop has not given it
};

struct RegisterThreshold
{
    QString stationId;
    QString code;
    StationKind kind = StationKind::Register;
    qint64 varianceThresholdCents = 0;
};

// Sites, branding and alert thresholds. Admins change their own site, super-admins every site;
// supervisors only read. Every change and every refusal is audited.
class Sites
{
    Q_DECLARE_TR_FUNCTIONS(Sites)

public:
    static constexpr qint64 maxLogoBytes = 512 * 1024;
    static constexpr int maxReceiptTextLength = 400;

    explicit Sites(Store &store);

    // This station's site as the cashier screens and receipts show it: no permission needed
    // (the branding is printed on every receipt).
    Result<SiteSettings> branding() const;
    // The station's site as receipts print it: the branding's name, address, header and footer.
    Result<SiteInfo> receiptSite() const;
    // receiptSite(), or the plain site when the branding cannot be read: a receipt (printed or
    // shown) must come out anyway.
    SiteInfo printedSite() const;
    // The sites the actor may see (their own; every site for a super-admin). Needs ViewReports.
    Result<QList<SiteSettings>> list(const Actor &actor) const;
    Result<SiteSettings> find(const Actor &actor, const QString &siteId) const;
    Result<void> save(const Actor &actor, const SiteSettings &site);
    // A new site of the association: super-admins only.
    Result<SiteSettings> create(const Actor &actor, const SiteSettings &site);

    // Every station of the site (registers, reception, back office), by kind and code.
    Result<QList<RegisterThreshold>> stations(const Actor &actor) const;
    // The registers only: the stations a variance threshold applies to.
    Result<QList<RegisterThreshold>> thresholds(const Actor &actor) const;
    // The variance beyond which a closing of that register needs a comment and an admin's
    // validation (this station's or another register's of the site); audited.
    Result<void> setThreshold(const Actor &actor, const QString &stationId, qint64 cents);

    // Checks the fields without touching the store.
    static Result<void> validate(const SiteSettings &site);
    // Reads a logo file: PNG or JPEG, at most maxLogoBytes.
    static Result<QByteArray> readLogo(const QString &path);
    static Result<void> validateLogo(const QByteArray &bytes);

private:
    Result<void> requireSite(const Actor &actor, const QString &siteId);
    Store &m_store;
};

} // namespace recaisse::core
