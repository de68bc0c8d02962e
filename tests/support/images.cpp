#include "images.h"

#include <QBuffer>
#include <QImage>

#include <algorithm>

namespace recaisse::test {

QByteArray solidPng(QSize size, QRgb colour)
{
    QImage image(size, QImage::Format_RGB32);
    image.fill(colour);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    if (!buffer.open(QIODevice::WriteOnly) || !image.save(&buffer, "PNG"))
        return {};
    return bytes;
}

int longestRun(const QImage &image, QRgb colour, int tolerance)
{
    const auto near = [&](QRgb pixel) {
        return qAbs(qRed(pixel) - qRed(colour)) <= tolerance
            && qAbs(qGreen(pixel) - qGreen(colour)) <= tolerance
            && qAbs(qBlue(pixel) - qBlue(colour)) <= tolerance;
    };
    int longest = 0;
    for (int y = 0; y < image.height(); ++y) {
        int run = 0;
        for (int x = 0; x < image.width(); ++x) {
            run = near(image.pixel(x, y)) ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return longest;
}

} // namespace recaisse::test
