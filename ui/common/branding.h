#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

class QLabel;

namespace recaisse::core {
struct SiteSettings;
}

namespace recaisse::ui {

// The site's branding on the cashier screens: its colours in the style sheet, its logo in the
// top bands. Anything unusable (a malformed colour, a colour too light under white text, an
// unreadable image) falls back to the default look instead of failing.
namespace branding {

// The style sheet's own greens, which the site's colours replace.
inline constexpr char defaultPrimary[] = "#2E7D32";
inline constexpr char defaultPrimaryDark[] = "#1B5E20";
inline constexpr char defaultAccent[] = "#A5D6A7";
inline constexpr char defaultTint[] = "#E8F5E9";
inline constexpr char defaultTintBorder[] = "#C8E6C9";
// Above this relative luminance white text on the colour is no longer readable.
inline constexpr double maxPrimaryLuminance = 0.6;

// WCAG relative luminance, 0 (black) to 1 (white).
double luminance(const QColor &color);
// The site's primary colour if it is a valid "#RRGGBB" dark enough for white text; invalid
// otherwise (the default green then stays).
QColor primaryColor(const QString &text);
// The site's accent colour if it is a valid "#RRGGBB"; invalid otherwise.
QColor accentColor(const QString &text);
// base (the application style sheet) with the default greens replaced by the site's colours.
QString styleSheet(const QString &base, const core::SiteSettings &site);
// The logo scaled to height pixels (keeping its proportions); null when there is none or it
// cannot be read.
QPixmap logo(const QByteArray &bytes, int height = 48);
// Puts the logo in label (about 48 px high), or hides the label when there is none.
void showLogo(QLabel *label, const QByteArray &bytes);

} // namespace branding

} // namespace recaisse::ui
