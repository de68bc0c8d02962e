#include "scaleweight.h"

#include "core/money.h"
#include "ui/common/keytext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>

namespace recaisse::ui {

ScaleWeight::ScaleWeight(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("scaleWeight"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_reading = new QLabel(this);
    m_reading->setObjectName(QStringLiteral("scaleReading"));
    m_reading->setWordWrap(true);
    layout->addWidget(m_reading, 1);
    m_take = new QPushButton(tr("Take the weight (%1)").arg(keyText(takeKey)), this);
    m_take->setObjectName(QStringLiteral("takeWeightButton"));
    m_take->setMinimumHeight(48);
    m_take->setEnabled(false);
    m_take->setFocusPolicy(Qt::NoFocus); // the weight field keeps the focus
    layout->addWidget(m_take);
    connect(m_take, &QPushButton::clicked, this, &ScaleWeight::take);
    auto *shortcut = new QShortcut(QKeySequence(takeKey), this);
    connect(shortcut, &QShortcut::activated, this, &ScaleWeight::take);
    hide();
}

void ScaleWeight::setScale(core::Scale *scale)
{
    if (m_scale)
        disconnect(m_scale, nullptr, this, nullptr);
    m_scale = scale;
    m_take->setEnabled(false);
    setVisible(scale != nullptr);
    if (!scale)
        return;
    connect(scale, &core::Scale::readingChanged, this, &ScaleWeight::showReading);
    connect(scale, &core::Scale::problemOccurred, this,
        [this](core::Scale::Problem, const QString &message) { showProblem(message); });
    m_reading->setText(tr("Scale: waiting…"));
    if (const auto last = scale->lastReading())
        showReading(*last);
}

QString ScaleWeight::fieldText(qint64 grams)
{
    return QStringLiteral("%1,%2").arg(grams / 1000).arg(grams % 1000, 3, 10, QLatin1Char('0'));
}

bool ScaleWeight::take()
{
    const auto grams = m_scale ? m_scale->stableGrams() : std::nullopt;
    if (!grams || *grams <= 0)
        return false;
    emit weightTaken(*grams);
    return true;
}

QString ScaleWeight::describe(const core::ScaleReading &reading)
{
    using Status = core::ScaleReading::Status;
    switch (reading.status) {
    case Status::Stable:
        return core::weight::format(reading.grams);
    case Status::Unstable:
        return tr("Unstable");
    case Status::Overload:
        return tr("Over the scale’s capacity");
    case Status::Underload:
        return tr("Below zero");
    case Status::Refused:
        return tr("The scale cannot weigh now");
    case Status::Tared:
    case Status::Garbage:
        break;
    }
    return {};
}

void ScaleWeight::showReading(const core::ScaleReading &reading)
{
    const QString text = describe(reading);
    if (text.isEmpty())
        return;
    m_reading->setText(tr("Scale: %1").arg(text));
    m_take->setEnabled(reading.status == core::ScaleReading::Status::Stable && reading.grams > 0);
}

void ScaleWeight::showProblem(const QString &message)
{
    m_reading->setText(message);
    m_take->setEnabled(false);
}

} // namespace recaisse::ui
