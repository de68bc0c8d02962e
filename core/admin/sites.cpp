#include "sites.h"

#include "core/cashsession.h"
#include "core/ledger.h"
#include "core/store.h"
#include "core/users.h"
#include "core/vat.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTimeZone>

namespace recaisse::core {

namespace {

const char selectSite[] =
    "SELECT id, name, address, time_zone, primary_color, accent_color, receipt_header, "
    "receipt_footer, logo, default_variance_threshold_cents, siret FROM site";

SiteSettings siteFrom(const QSqlQuery &q)
{
    SiteSettings s;
    s.id = q.value(0).toString();
    s.name = q.value(1).toString();
    s.address = q.value(2).toString();
    s.timeZone = q.value(3).toString();
    s.primaryColor = q.value(4).toString();
    s.accentColor = q.value(5).toString();
    s.receiptHeader = q.value(6).toString();
    s.receiptFooter = q.value(7).toString();
    s.logo = q.value(8).toByteArray();
    s.defaultVarianceThresholdCents = q.value(9).toLongLong();
    s.siret = q.value(10).toString();
    return s;
}

bool hasControl(const QString &text, bool allowNewLines)
{
    for (const QChar c : text) {
        if (allowNewLines && c == QLatin1Char('\n'))
            continue;
        if (c.category() == QChar::Other_Control || c.category() == QChar::Other_Format)
            return true;
    }
    return false;
}

} // namespace

Sites::Sites(Store &store)
    : m_store(store)
{
}

Result<void> Sites::validateLogo(const QByteArray &bytes)
{
    if (bytes.isEmpty())
        return {};
    if (bytes.size() > maxLogoBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("The logo is too large (%1 Ko): at most %2 Ko.")
                .arg((bytes.size() + 1023) / 1024)
                .arg(maxLogoBytes / 1024));
    const bool png = bytes.startsWith("\x89PNG\r\n\x1a\n");
    const bool jpeg = bytes.startsWith("\xFF\xD8\xFF");
    if (!png && !jpeg)
        return makeError(ErrorCode::InvalidInput, tr("The logo must be a PNG or JPEG image."));
    return {};
}

Result<QByteArray> Sites::readLogo(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
            tr("Cannot read the file \"%1\".").arg(QFileInfo(path).fileName()));
    if (file.size() > maxLogoBytes)
        return makeError(ErrorCode::InvalidInput,
            tr("The logo is too large (%1 Ko): at most %2 Ko.")
                .arg((file.size() + 1023) / 1024)
                .arg(maxLogoBytes / 1024));
    const QByteArray bytes = file.readAll();
    if (auto result = validateLogo(bytes); !result)
        return result.error();
    return bytes;
}

Result<void> Sites::validate(const SiteSettings &site)
{
    static const QRegularExpression colorPattern(QStringLiteral("^(#[0-9A-Fa-f]{6})?$"));
    const QString name = site.name.trimmed();
    if (name.isEmpty() || name.size() > 80 || hasControl(name, false))
        return makeError(ErrorCode::InvalidInput, tr("A site name has 1 to 80 characters."));
    if (site.address.size() > 200 || hasControl(site.address, true))
        return makeError(ErrorCode::InvalidInput, tr("The address has at most 200 characters."));
    if (!QTimeZone(site.timeZone.toUtf8()).isValid())
        return makeError(ErrorCode::InvalidInput,
            tr("Unknown time zone \"%1\" (for example: Europe/Paris).")
                .arg(site.timeZone.left(40)));
    if (!colorPattern.match(site.primaryColor).hasMatch()
        || !colorPattern.match(site.accentColor).hasMatch())
        return makeError(
            ErrorCode::InvalidInput, tr("A colour is written #RRGGBB, for example #2E7D32."));
    if (site.receiptHeader.size() > maxReceiptTextLength
        || site.receiptFooter.size() > maxReceiptTextLength)
        return makeError(ErrorCode::InvalidInput,
            tr("The receipt header and footer have at most %n characters each.", nullptr,
                maxReceiptTextLength));
    if (hasControl(site.receiptHeader, true) || hasControl(site.receiptFooter, true))
        return makeError(ErrorCode::InvalidInput,
            tr("The receipt header and footer cannot contain control characters."));
    if (site.defaultVarianceThresholdCents < 0
        || site.defaultVarianceThresholdCents > maxFloatCents)
        return makeError(ErrorCode::InvalidInput,
            tr("The variance threshold must be between 0,00 € and 10 000,00 €."));
    static const QRegularExpression siretPattern(QStringLiteral("^(\\d{14})?$"));
    if (!siretPattern.match(site.siret).hasMatch())
        return makeError(
            ErrorCode::InvalidInput, tr("A SIRET number has 14 digits (or leave it empty)."));
    return validateLogo(site.logo);
}

Result<void> Sites::requireSite(const Actor &actor, const QString &siteId)
{
    Users users(m_store);
    if (auto allowed = users.require(actor, Permission::ManageSettings); !allowed)
        return allowed;
    if (actor.role == Role::SuperAdmin || actor.siteId == siteId)
        return {};
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("permission.denied"),
            toKey(Permission::ManageSettings), {{QStringLiteral("site"), siteId}});
        !result)
        return result;
    return makeError(ErrorCode::PermissionDenied,
        tr("%1 can only change the settings of their own site.").arg(actor.name));
}

Result<SiteSettings> Sites::branding() const
{
    QSqlQuery query(m_store.db().connection());
    query.prepare(QString::fromLatin1(selectSite) + QStringLiteral(" WHERE id = ?"));
    if (auto result = m_store.db().exec(query, {m_store.site().id}); !result)
        return result.error();
    if (!query.next())
        return makeError(ErrorCode::NotFound, tr("Unknown site."));
    return siteFrom(query);
}

Result<SiteInfo> Sites::receiptSite() const
{
    auto settings = branding();
    if (!settings)
        return settings.error();
    SiteInfo site = m_store.site();
    site.name = settings->name;
    site.address = settings->address;
    site.receiptHeader = settings->receiptHeader;
    site.receiptFooter = settings->receiptFooter;
    site.siret = settings->siret;
    auto vat = TillRules(m_store).vatInForce(m_store.today());
    if (!vat)
        return vat.error();
    site.vatMention = vat->mention;
    return site;
}

SiteInfo Sites::printedSite() const
{
    auto site = receiptSite();
    return site ? *site : m_store.site();
}

Result<QList<SiteSettings>> Sites::list(const Actor &actor) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    QSqlQuery query(m_store.db().connection());
    query.prepare(QString::fromLatin1(selectSite)
        + QStringLiteral(" WHERE ? = 1 OR id = ? ORDER BY name COLLATE NOCASE"));
    if (auto result =
            m_store.db().exec(query, {actor.role == Role::SuperAdmin ? 1 : 0, actor.siteId});
        !result)
        return result.error();
    QList<SiteSettings> sites;
    while (query.next())
        sites.append(siteFrom(query));
    return sites;
}

Result<SiteSettings> Sites::find(const Actor &actor, const QString &siteId) const
{
    auto sites = list(actor);
    if (!sites)
        return sites.error();
    for (const SiteSettings &site : *sites) {
        if (site.id == siteId)
            return site;
    }
    return makeError(ErrorCode::NotFound, tr("Unknown site."));
}

Result<void> Sites::save(const Actor &actor, const SiteSettings &site)
{
    if (auto allowed = requireSite(actor, site.id); !allowed)
        return allowed;
    if (auto result = validate(site); !result)
        return result;
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery query(db.connection());
    query.prepare(
        QStringLiteral("UPDATE site SET name = ?, address = ?, time_zone = ?, primary_color = ?, "
                       "accent_color = ?, receipt_header = ?, receipt_footer = ?, logo = ?, "
                       "default_variance_threshold_cents = ?, siret = ? WHERE id = ?"));
    if (auto result = db.exec(query,
            {site.name.trimmed(), site.address.trimmed(), site.timeZone,
                site.primaryColor.toUpper(), site.accentColor.toUpper(), site.receiptHeader,
                site.receiptFooter,
                site.logo.isEmpty() ? QVariant(QMetaType::fromType<QByteArray>())
                                    : QVariant(site.logo),
                site.defaultVarianceThresholdCents, site.siret, site.id});
        !result)
        return result;
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, tr("Unknown site."));
    if (auto result = AuditLog(m_store).record(actor.userId, QStringLiteral("site.update"),
            site.name.trimmed(),
            {{QStringLiteral("primary_color"), site.primaryColor.toUpper()},
                {QStringLiteral("accent_color"), site.accentColor.toUpper()},
                {QStringLiteral("time_zone"), site.timeZone},
                {QStringLiteral("logo_bytes"), qint64(site.logo.size())},
                {QStringLiteral("default_threshold_cents"), site.defaultVarianceThresholdCents},
                {QStringLiteral("siret"), site.siret}});
        !result)
        return result;
    if (auto result = transaction.commit(); !result)
        return result;
    return m_store.reloadIdentity();
}

Result<SiteSettings> Sites::create(const Actor &actor, const SiteSettings &site)
{
    if (auto allowed = Users(m_store).require(actor, Permission::ManageSettings); !allowed)
        return allowed.error();
    if (actor.role != Role::SuperAdmin) {
        if (auto result = AuditLog(m_store).record(
                actor.userId, QStringLiteral("permission.denied"), QStringLiteral("site.create"));
            !result)
            return result.error();
        return makeError(ErrorCode::PermissionDenied, tr("Only a super-admin can add a site."));
    }
    if (auto result = validate(site); !result)
        return result.error();
    SiteSettings created = site;
    created.id = newId();
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started().error();
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("INSERT INTO site (id, name, time_zone, created_utc) VALUES "
                                 "(?, ?, ?, ?)"));
    if (auto result = db.exec(query,
            {created.id, created.name.trimmed(), created.timeZone,
                isoUtc(m_store.clock().nowUtc())});
        !result)
        return result.error();
    if (auto result = AuditLog(m_store).record(
            actor.userId, QStringLiteral("site.create"), created.name.trimmed());
        !result)
        return result.error();
    if (auto result = transaction.commit(); !result)
        return result.error();
    if (auto result = save(actor, created); !result)
        return result.error();
    return created;
}

Result<QList<RegisterThreshold>> Sites::stations(const Actor &actor) const
{
    if (auto allowed = Users(m_store).require(actor, Permission::ViewReports); !allowed)
        return allowed.error();
    QSqlQuery query(m_store.db().connection());
    query.prepare(QStringLiteral("SELECT id, code, kind, variance_threshold_cents FROM station "
                                 "WHERE site_id = ? ORDER BY kind, code"));
    if (auto result = m_store.db().exec(query, {m_store.site().id}); !result)
        return result.error();
    QList<RegisterThreshold> list;
    while (query.next()) {
        list.append({query.value(0).toString(), query.value(1).toString(),
            stationKindFromKey(query.value(2).toString()).value_or(StationKind::Register),
            query.value(3).toLongLong()});
    }
    return list;
}

Result<QList<RegisterThreshold>> Sites::thresholds(const Actor &actor) const
{
    auto all = stations(actor);
    if (!all)
        return all.error();
    QList<RegisterThreshold> registers;
    for (const RegisterThreshold &station : *all) {
        if (station.kind == StationKind::Register)
            registers.append(station);
    }
    return registers;
}

Result<void> Sites::setThreshold(const Actor &actor, const QString &stationId, qint64 cents)
{
    if (auto allowed = requireSite(actor, m_store.site().id); !allowed)
        return allowed;
    if (cents < 0 || cents > maxFloatCents)
        return makeError(ErrorCode::InvalidInput,
            tr("The variance threshold must be between 0,00 € and 10 000,00 €."));
    Database &db = m_store.db();
    Transaction transaction(db);
    if (!transaction.started())
        return transaction.started();
    QSqlQuery find(db.connection());
    find.prepare(QStringLiteral(
        "SELECT code, variance_threshold_cents FROM station WHERE id = ? AND site_id = ?"));
    if (auto result = db.exec(find, {stationId, m_store.site().id}); !result)
        return result;
    if (!find.next())
        return makeError(ErrorCode::NotFound, tr("Unknown register."));
    const QString code = find.value(0).toString();
    const qint64 previous = find.value(1).toLongLong();
    find.finish();
    QSqlQuery update(db.connection());
    update.prepare(QStringLiteral("UPDATE station SET variance_threshold_cents = ? WHERE id = ?"));
    if (auto result = db.exec(update, {cents, stationId}); !result)
        return result;
    if (auto result = AuditLog(m_store).record(actor.userId,
            QStringLiteral("settings.variance-threshold"), code,
            {{QStringLiteral("from_cents"), previous}, {QStringLiteral("to_cents"), cents}});
        !result)
        return result;
    if (auto result = transaction.commit(); !result)
        return result;
    // This register's own threshold is also held by the store, which the closing reads.
    return stationId == m_store.station().id ? m_store.reloadIdentity() : Result<void>{};
}

} // namespace recaisse::core
