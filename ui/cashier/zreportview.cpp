#include "zreportview.h"

#include "core/receipt.h"
#include "ui/common/keytext.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

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
    m_printButton = new QPushButton(tr("Reprint (%1)").arg(keyText(Qt::Key_F9)), this);
    m_printButton->setShortcut(QKeySequence(Qt::Key_F9));
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAutoDefault(false);
    m_printButton->setMinimumSize(240, 64);
    connect(m_printButton, &QPushButton::clicked, this, &ZReportView::printRequested);
    m_printButton->setMaximumWidth(420);
    side->addWidget(m_printButton);
    m_doneButton = new QPushButton(tr("Done (%1)").arg(keyText(Qt::Key_Enter)), this);
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

void ZReportView::setReport(
    const core::ZReport &report, const core::SiteInfo &site, const core::StationInfo &station)
{
    m_report = report;
    // What the printer prints, line for line (core::Receipt), at the screen's width.
    m_text =
        core::Receipt::forZReport(report, site, station, m_zone, lineWidth).join(QLatin1Char('\n'));
    m_receipt->setPlainText(m_text);
    m_title->setText(tr("Closing report (Z) %1").arg(report.stamp.number));
}

QString ZReportView::text() const
{
    return m_text;
}

} // namespace recaisse::ui
