#pragma once

// Images of the branding and PDF tests: a logo to give a site, and what a rendered page shows.

#include <QByteArray>
#include <QRgb>
#include <QSize>

class QImage;

namespace recaisse::test {

// A PNG of that size, every pixel of that colour.
QByteArray solidPng(QSize size, QRgb colour);
// The longest run of pixels of that colour (each component within tolerance) on one row of the
// image: a bar's or a logo's width on a rendered page.
int longestRun(const QImage &image, QRgb colour, int tolerance = 0);

} // namespace recaisse::test
