#include "healthpage.h"

#include "core/money.h"
#include "core/stationclock.h"
#include "core/store.h"

#include <QDateTimeEdit>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

HealthPage::HealthPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Health"), parent)
{
    setObjectName(QStringLiteral("adminHealth"));
    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("card"));
    auto *layout = new QVBoxLayout(card);
    m_figures = new QLabel(card);
    m_figures->setObjectName(QStringLiteral("healthFigures"));
    m_figures->setTextFormat(Qt::RichText);
    layout->addWidget(m_figures);
    body()->addWidget(card);
    m_advice = new QLabel(this);
    m_advice->setObjectName(QStringLiteral("healthAdvice"));
    m_advice->setWordWrap(true);
    m_advice->setTextFormat(Qt::RichText);
    body()->addWidget(m_advice);
    // Preventive maintenance: every subject with what was measured and what to do.
    m_maintenance = new QLabel(this);
    m_maintenance->setObjectName(QStringLiteral("healthMaintenance"));
    m_maintenance->setWordWrap(true);
    m_maintenance->setTextFormat(Qt::RichText);
    body()->addWidget(m_maintenance);

    // After the PC's clock was set right, an administrator confirms it with the time read on a
    // clock they trust (audited, a technical event of the chain).
    auto *clockCard = new QFrame(this);
    clockCard->setObjectName(QStringLiteral("card"));
    auto *clockRow = new QHBoxLayout(clockCard);
    clockRow->addWidget(new QLabel(tr("It is now:"), clockCard));
    m_clockEdit = new QDateTimeEdit(clockCard);
    m_clockEdit->setObjectName(QStringLiteral("healthClockEdit"));
    m_clockEdit->setDisplayFormat(QStringLiteral("dd/MM/yyyy HH:mm"));
    m_clockEdit->setCalendarPopup(true);
    clockRow->addWidget(m_clockEdit);
    m_confirmClock = new QPushButton(tr("Confirm the PC's clock"), clockCard);
    m_confirmClock->setObjectName(QStringLiteral("healthConfirmClock"));
    m_confirmClock->setToolTip(tr("Once the PC's date and time are set right, say what time it "
                                  "is: the correction is recorded and audited."));
    connect(m_confirmClock, &QPushButton::clicked, this, &HealthPage::confirmClock);
    clockRow->addWidget(m_confirmClock);
    clockRow->addStretch(1);
    clockCard->setVisible(may(core::Permission::ManageSettings));
    body()->addWidget(clockCard);
    body()->addStretch(1);
}

void HealthPage::confirmClock()
{
    const QTime time = m_clockEdit->time();
    const QDateTime stated(
        m_clockEdit->date(), QTime(time.hour(), time.minute()), m_store.timeZone());
    auto confirmed = core::StationClock(m_store).confirm(m_actor, stated.toUTC());
    if (!confirmed) {
        showError(confirmed.error());
        return;
    }
    refresh();
    showDone(tr("The PC's clock is confirmed (%1).").arg(confirmed->number));
}

void HealthPage::setInputsProvider(core::HealthInputsProvider provider)
{
    m_provider = std::move(provider);
}

void HealthPage::refresh()
{
    auto inputs =
        m_provider ? m_provider() : core::Result<core::HealthInputs>(core::HealthInputs{});
    if (!inputs) {
        // The sync facts cannot be read: say so, rather than "never backed up".
        showError(inputs.error());
        m_figures->clear();
        m_advice->clear();
        m_maintenance->clear();
        return;
    }
    auto report = core::HealthCheck(m_store).run(m_actor, *inputs);
    if (!report) {
        showError(report.error());
        return;
    }
    clearMessage();
    m_report = *report;
    const QDateTime local = m_store.clock().nowUtc().toTimeZone(m_store.timeZone());
    m_clockEdit->setDateTime(
        QDateTime(local.date(), QTime(local.time().hour(), local.time().minute())));
    const auto size = [](qint64 bytes) {
        const QLocale french(QLocale::French);
        if (bytes >= 1'000'000'000)
            return tr("%1 GB").arg(french.toString(double(bytes) / 1e9, 'f', 1));
        if (bytes >= 1'000'000)
            return tr("%1 MB").arg(french.toString(double(bytes) / 1e6, 'f', 1));
        return tr("%1 KB").arg(french.toString(double(bytes) / 1e3, 'f', 0));
    };
    const QDateTime now = m_store.clock().nowUtc();
    const auto age = [&](const QDateTime &utc) {
        if (!utc.isValid())
            return tr("never");
        const qint64 secs = qMax<qint64>(0, utc.secsTo(now));
        if (secs < 3600)
            return tr("%1 (%n min ago)", nullptr, int(secs / 60)).arg(instant(utc));
        const qint64 hours = secs / 3600;
        if (hours < 48)
            return tr("%1 (%n hour(s) ago)", nullptr, int(hours)).arg(instant(utc));
        return tr("%1 (%n day(s) ago)", nullptr, int(hours / 24)).arg(instant(utc));
    };
    const auto line = [](const QString &caption, const QString &value) {
        return QStringLiteral("<tr><td style='color:#546E7A; padding:4px 24px 4px 0'>%1</td>"
                              "<td style='padding:4px 0'><b>%2</b></td></tr>")
            .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
    };
    const QString figures = line(tr("Database size"), size(m_report.databaseBytes))
        + line(tr("Growth over 30 days (estimate)"), size(m_report.growthBytesPer30Days))
        + line(tr("Free disk space"),
            m_report.freeDiskBytes < 0 ? tr("unknown") : size(m_report.freeDiskBytes))
        + line(tr("Last backup"), age(m_report.lastBackupUtc))
        + (m_report.lastBackupFailureUtc.isValid()
                ? line(tr("Last backup failure"), age(m_report.lastBackupFailureUtc))
                : QString())
        + line(tr("Last successful synchronisation"), age(m_report.lastSyncUtc))
        + line(tr("Cheques not deposited"),
            m_report.chequesPending == 0
                ? tr("none")
                : tr("%n cheque(s), %1", nullptr, m_report.chequesPending)
                      .arg(core::money::format(m_report.chequesPendingCents)))
        + (m_report.oldestChequeDay.isValid() ? line(tr("The oldest of them"),
               QLocale().toString(m_report.oldestChequeDay, QLocale::ShortFormat))
                                              : QString())
        + line(tr("Errors in the last 7 days"),
            tr("%1 (of which %2 synchronisation)")
                .arg(m_report.errors7d)
                .arg(m_report.syncErrors7d));
    m_figures->setText(QStringLiteral("<table>%1</table>").arg(figures));
    // A rich-text table's height is not renegotiated when the text changes on a shown page.
    m_figures->setMinimumHeight(m_figures->sizeHint().height());
    if (m_report.needsAttention()) {
        QString items;
        for (const QString &advice : m_report.advice)
            items +=
                QStringLiteral("<li style='margin-bottom:6px'>%1</li>").arg(advice.toHtmlEscaped());
        m_advice->setText(
            QStringLiteral("<p style='font-weight:bold; color:#BF360C'>%1</p><ul>%2</ul>")
                .arg(tr("Needs your attention:").toHtmlEscaped(), items));
    } else {
        m_advice->setText(QStringLiteral("<p style='font-weight:bold; color:#2E7D32'>%1</p>")
                              .arg(tr("All is well: nothing to do.").toHtmlEscaped()));
    }
    // The same list markup as the advice above, whose height the page lays out right.
    QString items;
    for (const core::MaintenanceItem &item : std::as_const(m_report.maintenance)) {
        const QString colour = item.level == core::MaintenanceLevel::Act ? QStringLiteral("#BF360C")
            : item.level == core::MaintenanceLevel::Watch                ? QStringLiteral("#F57F17")
                                                          : QStringLiteral("#2E7D32");
        items += QStringLiteral("<li style='margin-bottom:6px'><span style='color:%1'>●</span> "
                                "<b>%2</b> <span style='color:#546E7A'>%3</span><br>%4</li>")
                     .arg(colour, item.subject.toHtmlEscaped(), item.fact.toHtmlEscaped(),
                         item.advice.toHtmlEscaped());
    }
    const QString maintenance = QStringLiteral("<p style='font-weight:bold'>%1</p><ul>%2</ul>")
                                    .arg(tr("Preventive maintenance").toHtmlEscaped(), items);
    m_maintenance->setText(maintenance);
}

} // namespace recaisse::ui
