#include "zreportview.h"

#include "core/money.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>

namespace recaisse::ui {

namespace {
using core::money::format;

QString centered(const QString &text, int width)
{
    if (text.size() >= width)
        return text;
    return QString((width - text.size()) / 2, QLatin1Char(' ')) + text;
}

// "Label ........ value" on one line; a value too long goes to the next line, right-aligned.
QString line(const QString &label, const QString &value, int width)
{
    const int gap = width - int(label.size()) - int(value.size());
    if (gap >= 1)
        return label + QString(gap, QLatin1Char(' ')) + value;
    return label + QLatin1Char('\n') + value.rightJustified(width, QLatin1Char(' '));
}

QString signedAmount(qint64 cents)
{
    return cents > 0 ? QStringLiteral("+") + format(cents) : format(cents);
}

QString denominationLabel(qint64 cents)
{
    if (cents % 100 == 0)
        return QString::number(cents / 100) + QStringLiteral(" €");
    return format(cents);
}
} // namespace

ZReportView::ZReportView(QWidget *parent)
    : QWidget(parent)
    , m_zone(QByteArrayLiteral("Europe/Paris"))
{
    setObjectName(QStringLiteral("zReportView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(12);

    m_title = new QLabel(tr("Closing report (Z)"), this);
    m_title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(m_title);

    auto *body = new QHBoxLayout();
    body->setSpacing(24);
    m_receipt = new QPlainTextEdit(this);
    m_receipt->setObjectName(QStringLiteral("zReportText"));
    m_receipt->setReadOnly(true);
    m_receipt->setLineWrapMode(QPlainTextEdit::NoWrap);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSize(12);
    m_receipt->setFont(mono);
    m_receipt->setStyleSheet(QStringLiteral(
        "QPlainTextEdit { font-family: monospace; font-size: 12pt; background: #FFFFFF;"
        " border: 1px solid #DDE3DD; border-radius: 8px; padding: 8px; }"));
    const int receiptWidth =
        QFontMetrics(mono).horizontalAdvance(QString(lineWidth + 4, QLatin1Char('M'))) + 48;
    // As wide as the paper, on a large screen too.
    m_receipt->setMinimumWidth(receiptWidth);
    m_receipt->setMaximumWidth(receiptWidth);
    body->addWidget(m_receipt, 0);

    auto *side = new QVBoxLayout();
    side->setSpacing(16);
    auto *stored = new QLabel(tr("The register is closed. This report is stored and cannot be "
                                 "changed."),
        this);
    stored->setWordWrap(true);
    side->addWidget(stored);
    // The report was printed when the register closed: this is a duplicate.
    m_printButton = new QPushButton(tr("Reprint (F9)"), this);
    m_printButton->setShortcut(QKeySequence(Qt::Key_F9));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAutoDefault(false);
    m_printButton->setMinimumSize(240, 64);
    connect(m_printButton, &QPushButton::clicked, this, &ZReportView::printRequested);
    m_printButton->setMaximumWidth(420);
    side->addWidget(m_printButton);
    m_doneButton = new QPushButton(tr("Done (Enter)"), this);
    m_doneButton->setObjectName(QStringLiteral("doneButton"));
    m_doneButton->setProperty("primary", true);
    m_doneButton->setAutoDefault(false);
    m_doneButton->setMinimumSize(240, 72);
    connect(m_doneButton, &QPushButton::clicked, this, &ZReportView::done);
    m_doneButton->setMaximumWidth(420);
    side->addWidget(m_doneButton);
    side->addStretch(1);
    body->addLayout(side, 1);
    layout->addLayout(body, 1);
}

void ZReportView::keyPressEvent(QKeyEvent *event)
{
    switch (event->key()) {
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Escape:
        emit done();
        return;
    default:
        QWidget::keyPressEvent(event);
    }
}

void ZReportView::setTimeZone(const QTimeZone &zone)
{
    m_zone = zone;
}

QString ZReportView::instant(const QDateTime &utc) const
{
    if (!utc.isValid())
        return QStringLiteral("—");
    return utc.toTimeZone(m_zone).toString(QStringLiteral("dd/MM/yyyy HH:mm"));
}

void ZReportView::setReport(
    const core::ZReport &report, const QString &siteName, const QString &stationCode)
{
    m_report = report;
    const int w = lineWidth;
    const QString rule(w, QLatin1Char('-'));
    const QString doubleRule(w, QLatin1Char('='));
    const core::SessionTotals &t = report.totals;
    QStringList lines;

    lines << centered(siteName, w) << centered(tr("Station %1").arg(stationCode), w) << doubleRule
          << centered(tr("CLOSING REPORT (Z)"), w) << doubleRule;
    lines << line(tr("Number"), report.stamp.number, w)
          << line(tr("Cashier"), report.cashierName, w)
          << line(tr("Opened"), instant(report.openedUtc), w)
          << line(tr("Closed"),
                 instant(report.closedUtc.isValid() ? report.closedUtc : report.stamp.createdUtc),
                 w);
    lines << rule;
    lines << line(tr("Sales (%1)").arg(t.salesCount), format(t.salesTotalCents), w)
          << line(tr("Refunds (%1)").arg(t.refundsCount), format(-t.refundsTotalCents), w);
    // Objects sent to recycling from the till: a weight, apart from the sales.
    if (t.outflowsCount > 0)
        lines << line(
            tr("Outflows (%1)").arg(t.outflowsCount), core::weight::format(t.outflowGrams), w);
    lines << rule << tr("Payment methods");
    lines << line(QStringLiteral("  ") + core::displayName(core::PaymentMethod::Cash),
        format(t.cashSalesCents), w)
          << line(QStringLiteral("  ") + core::displayName(core::PaymentMethod::Card),
                 format(t.cardCents), w)
          << line(QStringLiteral("  ") + core::displayName(core::PaymentMethod::Cheque),
                 format(t.chequeCents), w)
          << line(QStringLiteral("  ") + core::displayName(core::PaymentMethod::Free),
                 format(t.freeCents), w);
    lines << rule << tr("Cash drawer");
    lines << line(tr("  Opening float"), format(t.floatCents), w)
          << line(tr("  Cash sales"), signedAmount(t.cashSalesCents), w)
          << line(tr("  Cash refunds"), format(-t.cashRefundsCents), w)
          << line(tr("  Cash put in"), signedAmount(t.movementsInCents), w)
          << line(tr("  Cash taken out"), format(-t.movementsOutCents), w)
          << line(tr("Expected"), format(report.expectedCents), w)
          << line(tr("Counted"), format(report.countedCents), w)
          << line(tr("Variance"), signedAmount(report.varianceCents), w);
    if (!report.counted.isEmpty()) {
        lines << rule << tr("Count");
        // Largest first, as on the count sheet.
        QList<qint64> keys = report.counted.keys();
        std::sort(keys.begin(), keys.end(), std::greater<>());
        for (qint64 cents : keys) {
            const qint64 pieces = report.counted.value(cents);
            if (pieces == 0)
                continue;
            lines << line(QStringLiteral("  %1 x %2").arg(denominationLabel(cents)).arg(pieces),
                format(cents * pieces), w);
        }
    }
    if (!report.comment.isEmpty() || !report.validatedBy.isEmpty()) {
        lines << rule;
        if (!report.comment.isEmpty()) {
            lines << tr("Comment:");
            // Word-wrap the comment to the receipt's width.
            QString current;
            const QStringList words = report.comment.simplified().split(QLatin1Char(' '));
            for (const QString &word : words) {
                if (!current.isEmpty() && current.size() + 1 + word.size() > w) {
                    lines << current;
                    current.clear();
                }
                current += (current.isEmpty() ? QString() : QStringLiteral(" ")) + word;
            }
            if (!current.isEmpty())
                lines << current;
        }
        if (!report.validatedBy.isEmpty())
            lines << line(tr("Validated by"), report.validatedBy, w);
    }
    lines << doubleRule << line(tr("Grand total"), format(report.grandTotalCents), w) << doubleRule;
    m_receipt->setPlainText(lines.join(QLatin1Char('\n')));
    m_title->setText(tr("Closing report (Z) %1").arg(report.stamp.number));
}

QString ZReportView::text() const
{
    return m_receipt->toPlainText();
}

} // namespace recaisse::ui
