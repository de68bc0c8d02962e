#include "sessionspage.h"

#include "adaptivecolumns.h"
#include "adminwidgets.h"
#include "core/admin/sites.h"
#include "core/money.h"
#include "core/store.h"
#include "core/users.h"
#include "ui/cashier/zreportview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

SessionsPage::SessionsPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Cash sessions"), parent)
{
    setObjectName(QStringLiteral("adminSessions"));
    m_stack = new admin::CurrentPageStack(this);
    body()->addWidget(m_stack, 1);

    // The list with its filters.
    auto *list = new QWidget(m_stack);
    auto *listLayout = new QVBoxLayout(list);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *filters = new QGridLayout;
    m_register = new QComboBox(list);
    m_register->setObjectName(QStringLiteral("registerFilter"));
    m_cashier = new QComboBox(list);
    m_cashier->setObjectName(QStringLiteral("cashierFilter"));
    m_dates = admin::makeDateRange(list, tr("Opened between"));
    m_variance = new QCheckBox(tr("Variance beyond the threshold"), list);
    m_variance->setObjectName(QStringLiteral("varianceFilter"));
    m_long = new QCheckBox(tr("Open longer than 12 h"), list);
    m_long->setObjectName(QStringLiteral("longFilter"));
    auto *searchButton = new QPushButton(tr("Search"), list);
    searchButton->setObjectName(QStringLiteral("searchButton"));
    searchButton->setProperty("primary", true);
    auto *registerLabel = new QLabel(tr("Register:"), list);
    registerLabel->setBuddy(m_register);
    auto *cashierLabel = new QLabel(tr("Cashier:"), list);
    cashierLabel->setBuddy(m_cashier);
    filters->addWidget(registerLabel, 0, 0);
    filters->addWidget(m_register, 0, 1);
    filters->addWidget(cashierLabel, 0, 2);
    filters->addWidget(m_cashier, 0, 3);
    // Three short rows rather than two long ones: the filters fit beside the menu at 1024 px.
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_dates.enabled);
    dates->addWidget(m_dates.from);
    dates->addWidget(m_dates.andLabel);
    dates->addWidget(m_dates.to);
    dates->addStretch(1);
    filters->addLayout(dates, 1, 0, 1, 5);
    filters->addWidget(m_variance, 2, 0, 1, 2);
    filters->addWidget(m_long, 2, 2, 1, 2);
    filters->addWidget(searchButton, 2, 4);
    filters->setColumnStretch(4, 1);
    listLayout->addLayout(filters);
    m_model = new Model(
        {tr("Register"), tr("Opened"), tr("Closed"), tr("Cashier"), tr("Float"), tr("Tickets"),
            tr("Sales"), tr("Variance"), tr("Comment")},
        [this](const core::SessionSummary &session, int column, int role) {
            return cell(session, column, role);
        },
        pageSize, this);
    m_model->setErrorHandler([this](const core::Error &error) {
        showError(error);
        showCount();
    });
    m_view = admin::makeView(list, m_model, QStringLiteral("sessionsTable"));
    listLayout->addWidget(m_view, 1);
    auto *bottom = new QHBoxLayout;
    m_count = new QLabel(list);
    m_count->setObjectName(QStringLiteral("figureCaption"));
    bottom->addWidget(m_count, 1);
    auto *detailButton = new QPushButton(tr("Session detail"), list);
    detailButton->setObjectName(QStringLiteral("detailButton"));
    bottom->addWidget(detailButton);
    listLayout->addLayout(bottom);
    m_stack->addWidget(list);

    connect(searchButton, &QPushButton::clicked, this, &SessionsPage::search);
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { showDetail(index.row()); });
    connect(detailButton, &QPushButton::clicked, this, [this] {
        if (m_view->currentIndex().isValid())
            showDetail(m_view->currentIndex().row());
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &SessionsPage::showCount);

    // A session's detail.
    auto *detail = new QWidget(m_stack);
    auto *detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *detailTop = new QHBoxLayout;
    auto *back = new QPushButton(tr("← Back to the list"), detail);
    back->setObjectName(QStringLiteral("backButton"));
    detailTop->addWidget(back);
    detailTop->addStretch(1);
    m_reprint = new QPushButton(tr("Reprint the Z report"), detail);
    m_reprint->setObjectName(QStringLiteral("reprintButton"));
    detailTop->addWidget(m_reprint);
    detailLayout->addLayout(detailTop);
    // Under the buttons, wrapped: a session's number, register and cashier do not fit beside them
    // at 1024 px.
    m_detailTitle = new QLabel(detail);
    m_detailTitle->setObjectName(QStringLiteral("cardTitle"));
    m_detailTitle->setWordWrap(true);
    detailLayout->addWidget(m_detailTitle);
    m_detailFigures = new QLabel(detail);
    m_detailFigures->setObjectName(QStringLiteral("detailFigures"));
    m_detailFigures->setWordWrap(true);
    m_detailFigures->setTextFormat(Qt::RichText);
    detailLayout->addWidget(m_detailFigures);
    // The tickets and the cash movements side by side, one under the other on a narrow screen.
    auto *lists = new admin::AdaptiveColumns(detail);
    m_tickets = admin::makeTable(
        detail, {tr("Ticket"), tr("Time"), tr("Total")}, QStringLiteral("ticketsTable"));
    m_tickets->setMinimumHeight(200);
    lists->addPart(m_tickets, 3);
    m_movements = admin::makeTable(detail, {tr("Movement"), tr("Time"), tr("Amount"), tr("Reason")},
        QStringLiteral("movementsTable"));
    m_movements->setMinimumHeight(200);
    // The reason takes what is left and is cut with an ellipsis (whole in its tooltip): at
    // 1024 px the four columns fit without scrolling sideways.
    m_movements->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_movements->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    lists->addPart(m_movements, 3);
    detailLayout->addWidget(lists, 1);
    m_stack->addWidget(detail);
    connect(back, &QPushButton::clicked, this, &SessionsPage::backToList);
    connect(m_reprint, &QPushButton::clicked, this, &SessionsPage::reprintZ);
}

void SessionsPage::refresh()
{
    const QString currentRegister = m_register->currentData().toString();
    const QString currentCashier = m_cashier->currentData().toString();
    m_register->clear();
    m_register->addItem(tr("All", "register filter"), QString());
    if (auto registers = core::Sites(m_store).thresholds(m_actor)) {
        for (const core::RegisterThreshold &r : *registers)
            m_register->addItem(r.code, r.stationId);
    }
    m_register->setCurrentIndex(qMax(0, m_register->findData(currentRegister)));
    m_cashier->clear();
    m_cashier->addItem(tr("Everyone"), QString());
    for (const core::UserInfo &user : core::Users(m_store).list(true))
        m_cashier->addItem(user.name, user.id);
    m_cashier->setCurrentIndex(qMax(0, m_cashier->findData(currentCashier)));
    m_dates.propose(m_store.today(), 30);
    search();
}

void SessionsPage::search()
{
    core::SessionFilter filter;
    filter.stationId = m_register->currentData().toString();
    filter.cashierId = m_cashier->currentData().toString();
    if (m_dates.active()) {
        filter.from = m_dates.from->date();
        filter.to = m_dates.to->date();
    }
    filter.varianceBeyondThreshold = m_variance->isChecked();
    filter.openLongerThan12h = m_long->isChecked();
    // The view reads the following pages as it scrolls, after the last session it holds.
    auto started =
        m_model->restart([this, filter](const core::SessionSummary *last, int limit) mutable {
            filter.after = last ? std::optional(last->position()) : std::nullopt;
            filter.limit = limit;
            return core::SessionHistory(m_store).find(m_actor, filter);
        });
    if (!started) {
        showError(started.error());
        m_count->clear();
        return;
    }
    clearMessage();
    m_view->resizeColumnsToContents();
    showCount();
}

void SessionsPage::showCount()
{
    const int shown = m_model->rowCount();
    m_count->setText(m_model->atEnd()
            ? tr("%n session(s)", nullptr, shown)
            : tr("the %n newest sessions, more as you scroll", nullptr, shown));
}

QVariant SessionsPage::cell(const core::SessionSummary &s, int column, int role) const
{
    const bool number = column >= 4 && column <= 7;
    if (role == Qt::TextAlignmentRole)
        return number ? QVariant(int(Qt::AlignRight | Qt::AlignVCenter)) : QVariant();
    if (role == Qt::ForegroundRole)
        return column == 7 && s.varianceBeyond() ? QVariant(QColor(0xC6, 0x28, 0x28)) : QVariant();
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case 0:
        return s.stationCode;
    case 1:
        return instant(s.openedUtc);
    case 2:
        return s.closed ? instant(s.closedUtc) : tr("still open");
    case 3:
        return s.cashierName;
    case 4:
        return core::money::format(s.floatCents);
    case 5:
        return s.closed ? QString::number(s.salesCount) : QString();
    case 6:
        return s.closed ? core::money::format(s.salesTotalCents) : QString();
    case 7:
        return s.closed ? core::money::format(s.varianceCents) : QString();
    case 8:
        return s.comment.simplified().left(60);
    default:
        return {};
    }
}

bool SessionsPage::detailShown() const
{
    return m_stack->currentIndex() == 1;
}

void SessionsPage::showDetail(int row)
{
    if (row < 0 || row >= m_model->rows().size())
        return;
    const core::SessionSummary s = m_model->rows().at(row);
    auto detail = core::SessionHistory(m_store).detail(m_actor, s.stationId, s.openSeq);
    if (!detail) {
        showError(detail.error());
        return;
    }
    clearMessage();
    m_detail = *detail;
    fillDetail();
    m_stack->setCurrentIndex(1);
}

void SessionsPage::fillDetail()
{
    const core::SessionSummary &s = m_detail.summary;
    m_detailTitle->setText(
        tr("Session %1 on %2, %3").arg(s.openNumber, s.stationCode, s.cashierName));
    const auto line = [](const QString &caption, const QString &value) {
        return QStringLiteral("<tr><td style='color:#546E7A; padding-right:16px'>%1</td>"
                              "<td align='right'><b>%2</b></td></tr>")
            .arg(caption.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QString left = line(tr("Opened"), instant(s.openedUtc))
        + line(tr("Opening float"), core::money::format(s.floatCents));
    QString right;
    if (s.closed) {
        left += line(tr("Closed"), instant(s.closedUtc))
            + line(tr("Tickets"), QString::number(s.salesCount))
            + line(tr("Sales"), core::money::format(s.salesTotalCents));
        right = line(tr("Expected in the drawer"), core::money::format(s.expectedCents))
            + line(tr("Counted"), core::money::format(s.countedCents))
            + line(tr("Variance"), core::money::format(s.varianceCents))
            + line(tr("Threshold"), core::money::format(s.thresholdCents))
            + line(
                tr("Validated by"), s.validatedBy.isEmpty() ? QStringLiteral("—") : s.validatedBy)
            + line(tr("Comment"), s.comment.isEmpty() ? QStringLiteral("—") : s.comment);
    } else {
        right = line(tr("State"), tr("still open"));
    }
    m_detailFigures->setText(QStringLiteral("<table><tr><td valign='top'><table>%1</table></td>"
                                            "<td width='60'></td><td valign='top'><table>%2"
                                            "</table></td></tr></table>")
                                 .arg(left, right));
    m_reprint->setEnabled(s.closed);
    m_tickets->setRowCount(int(m_detail.tickets.size()));
    for (int row = 0; row < m_detail.tickets.size(); ++row) {
        const core::SessionTicket &t = m_detail.tickets.at(row);
        m_tickets->setItem(row, 0, admin::readOnlyCell(t.number));
        m_tickets->setItem(row, 1,
            admin::readOnlyCell(
                t.createdUtc.toTimeZone(m_store.timeZone()).toString(QStringLiteral("HH:mm"))));
        m_tickets->setItem(row, 2, admin::readOnlyCell(core::money::format(t.totalCents), true));
    }
    m_movements->setRowCount(int(m_detail.movements.size()));
    for (int row = 0; row < m_detail.movements.size(); ++row) {
        const core::SessionMovement &m = m_detail.movements.at(row);
        m_movements->setItem(row, 0, admin::readOnlyCell(m.number));
        m_movements->setItem(row, 1,
            admin::readOnlyCell(
                m.createdUtc.toTimeZone(m_store.timeZone()).toString(QStringLiteral("HH:mm"))));
        const qint64 signedAmount =
            m.direction == core::MovementDirection::In ? m.amountCents : -m.amountCents;
        m_movements->setItem(row, 2, admin::readOnlyCell(core::money::format(signedAmount), true));
        QTableWidgetItem *reason = admin::readOnlyCell(m.reason);
        reason->setToolTip(m.reason);
        m_movements->setItem(row, 3, reason);
    }
}

void SessionsPage::backToList()
{
    m_stack->setCurrentIndex(0);
}

void SessionsPage::reprintZ()
{
    const core::SessionSummary &s = m_detail.summary;
    if (!s.closed)
        return;
    auto report = core::SessionHistory(m_store).reprintZ(m_actor, s.stationId, s.closeSeq);
    if (!report) {
        showError(report.error());
        return;
    }
    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("zReprintDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Z report %1").arg(report->stamp.number));
    auto *layout = new QVBoxLayout(dialog);
    m_zView = new ZReportView(dialog);
    m_zView->setTimeZone(m_store.timeZone());
    core::StationInfo station;
    station.code = s.stationCode;
    m_zView->setReport(*report, core::Sites(m_store).printedSite(), station);
    layout->addWidget(m_zView);
    connect(m_zView, &ZReportView::done, dialog, &QDialog::accept);
    dialog->resize(560, 700);
    dialog->open();
}

ZReportView *SessionsPage::zReportView() const
{
    return m_zView;
}

} // namespace recaisse::ui
