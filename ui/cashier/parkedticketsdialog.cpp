#include "parkedticketsdialog.h"

#include "core/money.h"
#include "ui/common/keytext.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

ParkedTicketsDialog::ParkedTicketsDialog(
    const QList<core::ParkedTicket> &tickets, const QTimeZone &zone, QWidget *parent)
    : QDialog(parent)
    , m_tickets(tickets)
{
    setObjectName(QStringLiteral("parkedTicketsDialog"));
    setWindowTitle(tr("Tickets put aside"));
    setModal(true);
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 20, 20, 20);
    layout->setSpacing(12);
    auto *title =
        new QLabel(tickets.isEmpty() ? tr("No ticket is put aside.")
                                     : tr("Choose the ticket of the customer who came back."),
            this);
    title->setWordWrap(true);
    layout->addWidget(title);

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("parkedList"));
    m_list->setStyleSheet(
        QStringLiteral("QListWidget { font-size: 15pt; } QListWidget::item { padding: 12px; }"));
    for (const core::ParkedTicket &ticket : tickets)
        m_list->addItem(describe(ticket, zone));
    if (!tickets.isEmpty())
        m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::itemActivated, this, &ParkedTicketsDialog::resumeSelected);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        m_abandonArmed = false;
        m_abandonButton->setText(tr("Abandon…"));
    });
    layout->addWidget(m_list, 1);

    auto *buttons = new QHBoxLayout();
    auto *resume = new QPushButton(tr("Resume (%1)").arg(keyText(Qt::Key_Return)), this);
    resume->setObjectName(QStringLiteral("resumeButton"));
    resume->setProperty("primary", true);
    m_abandonButton = new QPushButton(tr("Abandon…"), this);
    m_abandonButton->setObjectName(QStringLiteral("abandonButton"));
    auto *close = new QPushButton(tr("Close (%1)").arg(keyText(Qt::Key_Escape)), this);
    close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton *button : {resume, m_abandonButton, close}) {
        button->setAutoDefault(false);
        button->setMinimumHeight(64);
        buttons->addWidget(button);
    }
    resume->setEnabled(!tickets.isEmpty());
    m_abandonButton->setEnabled(!tickets.isEmpty());
    connect(resume, &QPushButton::clicked, this, &ParkedTicketsDialog::resumeSelected);
    connect(m_abandonButton, &QPushButton::clicked, this, &ParkedTicketsDialog::abandonSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    layout->addLayout(buttons);
    m_list->setFocus();
}

QString ParkedTicketsDialog::describe(const core::ParkedTicket &ticket, const QTimeZone &zone)
{
    return tr("%1 · %n item(s) · %2 · %3", nullptr, static_cast<int>(ticket.itemCount))
        .arg(ticket.parkedUtc.toTimeZone(zone).toString(QStringLiteral("HH:mm")),
            core::money::format(ticket.totalCents), ticket.cashierName);
}

qint64 ParkedTicketsDialog::selectedId() const
{
    const int row = m_list->currentRow();
    return row >= 0 && row < m_tickets.size() ? m_tickets.at(row).id : 0;
}

void ParkedTicketsDialog::resumeSelected()
{
    if (const qint64 id = selectedId()) {
        m_choice = Choice{Action::Resume, id};
        accept();
    }
}

void ParkedTicketsDialog::abandonSelected()
{
    const qint64 id = selectedId();
    if (!id)
        return;
    if (!m_abandonArmed) {
        m_abandonArmed = true;
        m_abandonButton->setText(tr("Tap again to abandon"));
        return;
    }
    m_choice = Choice{Action::Abandon, id};
    accept();
}

} // namespace recaisse::ui
