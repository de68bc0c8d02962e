// scale_frame_to_field_ms: from a stable frame written on the scale's port (a pseudo-terminal
// played by the benchmark) to the weight shown beside the reception's weight field. Target
// <= 100 ms. Measures only; nothing here fails on a timing.
#include "core/money.h"
#include "core/scale.h"
#include "tests/support/simulatedscale.h"
#include "ui/common/scaleweight.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>

#include <algorithm>
#include <cstdio>

using namespace recaisse;

namespace {

double percentile(QList<double> values, double p)
{
    std::sort(values.begin(), values.end());
    const qsizetype index =
        qBound<qsizetype>(0, qsizetype(p * double(values.size() - 1) + 0.5), values.size() - 1);
    return values.at(index);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption samplesOption(QStringLiteral("samples"),
        QStringLiteral("frames measured (default 200)"), QStringLiteral("N"),
        QStringLiteral("200"));
    parser.addOption(samplesOption);
    parser.addOption({QStringLiteral("quick"), QStringLiteral("20 frames")});
    parser.process(app);
    const int samples = parser.isSet(QStringLiteral("quick"))
        ? 20
        : qBound(5, parser.value(samplesOption).toInt(), 100000);

    test::SimulatedScale simulated(core::ScaleProtocol::Continuous);
    if (!simulated.isOpen()) {
        std::fprintf(stderr, "cannot open a pseudo-terminal\n");
        return 1;
    }
    simulated.setStreaming(false); // the benchmark writes each frame itself
    core::ScaleSettings settings;
    settings.port = simulated.slavePath();
    settings.protocol = core::ScaleProtocol::Continuous;
    core::Scale scale(settings);
    ui::ScaleWeight field;
    field.setScale(&scale);
    field.show();
    if (!scale.start()) {
        std::fprintf(stderr, "cannot open %s\n", qPrintable(settings.port));
        return 1;
    }

    QList<double> times;
    QElapsedTimer timer;
    for (int i = 0; i < samples; ++i) {
        const qint64 grams = 1000 + i; // a new value each time: the label must change
        simulated.setWeight(grams, true);
        const QString expected = ui::ScaleWeight::tr("Scale: %1").arg(core::weight::format(grams));
        timer.start();
        simulated.sendRaw(simulated.currentFrame());
        while (field.reading()->text() != expected && timer.elapsed() < 5000)
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        if (field.reading()->text() != expected) {
            std::fprintf(stderr, "frame %d never reached the field\n", i);
            return 1;
        }
        times.append(double(timer.nsecsElapsed()) / 1e6);
    }
    const QJsonObject result{
        {QStringLiteral("scale_frame_to_field_ms"), percentile(times, 0.5)},
        {QStringLiteral("scale_frame_to_field_p99_ms"), percentile(times, 0.99)},
        {QStringLiteral("samples"), samples},
        {QStringLiteral("protocol"), QStringLiteral("continuous, pseudo-terminal")},
    };
    std::printf("%s\n", QJsonDocument(result).toJson(QJsonDocument::Compact).constData());
    return 0;
}
