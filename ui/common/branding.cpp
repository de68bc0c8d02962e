#include "branding.h"

#include "core/admin/sites.h"

#include <QHash>
#include <QImage>
#include <QLabel>
#include <QRegularExpression>

#include <cmath>

namespace recaisse::ui::branding {

namespace {

double linear(double channel)
{
    return channel <= 0.03928 ? channel / 12.92 : std::pow((channel + 0.055) / 1.055, 2.4);
}

// A "#RRGGBB" colour as the admin panel stores it; anything else is invalid.
QColor parsed(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!pattern.match(text).hasMatch())
        return {};
    return QColor::fromString(text);
}

// color mixed with white: amount 0 keeps it, 1 gives white.
QColor towardsWhite(const QColor &color, double amount)
{
    const auto mix = [amount](int channel) {
        return int(std::lround(channel + (255 - channel) * amount));
    };
    return QColor(mix(color.red()), mix(color.green()), mix(color.blue()));
}

QString hex(const QColor &color)
{
    return color.name(QColor::HexRgb).toUpper();
}

} // namespace

double luminance(const QColor &color)
{
    return 0.2126 * linear(color.redF()) + 0.7152 * linear(color.greenF())
        + 0.0722 * linear(color.blueF());
}

QColor primaryColor(const QString &text)
{
    const QColor color = parsed(text);
    if (!color.isValid() || luminance(color) > maxPrimaryLuminance)
        return {};
    return color;
}

QColor accentColor(const QString &text)
{
    return parsed(text);
}

QString styleSheet(const QString &base, const core::SiteSettings &site)
{
    QHash<QString, QString> replacements;
    if (const QColor primary = primaryColor(site.primaryColor); primary.isValid()) {
        replacements.insert(QString::fromLatin1(defaultPrimary), hex(primary));
        // Pressed states, borders and titles on the light background: a darker shade.
        replacements.insert(QString::fromLatin1(defaultPrimaryDark), hex(primary.darker(140)));
        replacements.insert(QString::fromLatin1(defaultTint), hex(towardsWhite(primary, 0.9)));
        replacements.insert(
            QString::fromLatin1(defaultTintBorder), hex(towardsWhite(primary, 0.75)));
    }
    if (const QColor accent = accentColor(site.accentColor); accent.isValid())
        replacements.insert(QString::fromLatin1(defaultAccent), hex(accent));
    if (replacements.isEmpty())
        return base;

    // One pass over every colour of the sheet, so that a replacement is never replaced again.
    static const QRegularExpression colorPattern(QStringLiteral("#[0-9A-Fa-f]{6}\\b"));
    QString result;
    result.reserve(base.size());
    qsizetype last = 0;
    for (auto it = colorPattern.globalMatch(base); it.hasNext();) {
        const QRegularExpressionMatch match = it.next();
        result += QStringView(base).mid(last, match.capturedStart() - last);
        const QString color = match.captured().toUpper();
        result += replacements.value(color, match.captured());
        last = match.capturedEnd();
    }
    result += QStringView(base).mid(last);
    return result;
}

QPixmap logo(const QByteArray &bytes, int height)
{
    if (bytes.isEmpty())
        return {};
    QImage image;
    if (!image.loadFromData(bytes) || image.isNull())
        return {};
    // A very wide logo would push the band's texts away: at most five times as wide as high.
    image = image.scaled(QSize(5 * height, height), Qt::KeepAspectRatio, Qt::SmoothTransformation);
    return QPixmap::fromImage(image);
}

void showLogo(QLabel *label, const QByteArray &bytes)
{
    const QPixmap pixmap = logo(bytes);
    if (pixmap.isNull())
        label->clear();
    else
        label->setPixmap(pixmap);
    label->setVisible(!pixmap.isNull());
}

} // namespace recaisse::ui::branding
