#include "closesessionscreen.h"

#include "core/admin/sites.h"
#include "core/money.h"
#include "core/permissions.h"
#include "core/store.h"
#include "core/users.h"
#include "opensessionscreen.h"
#include "parkedticketsdialog.h"
#include "ui/common/formrow.h"
#include "zreportview.h"

#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
QString signedAmount(qint64 cents)
{
    return cents > 0 ? QStringLiteral("+") + core::money::format(cents)
                     : core::money::format(cents);
}
} // namespace

CloseSessionScreen::CloseSessionScreen(core::Store &store, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
{
    setObjectName(QStringLiteral("closeSessionScreen"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 16, 20, 16);
    m_steps = new QStackedWidget(this);
    m_steps->setObjectName(QStringLiteral("closeSteps"));
    m_steps->addWidget(createCountPage());
    m_steps->addWidget(createReviewPage());
    m_steps->addWidget(createReportPage());
    layout->addWidget(m_steps);
    reset();
}

QWidget *CloseSessionScreen::createCountPage()
{
    auto *page = new QWidget(m_steps);
    page->setObjectName(QStringLiteral("countPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Close the register: count the drawer"), page);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Count every note and coin in the drawer. The expected amount is "
                               "shown once the count is validated."),
        page);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *card = new QFrame(page);
    card->setObjectName(QStringLiteral("card"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(16, 12, 16, 12);
    m_grid = new DenominationGrid(card);
    m_grid->setObjectName(QStringLiteral("closeGrid"));
    connect(m_grid, &DenominationGrid::changed, this, [this] { showCountError({}); });
    connect(m_grid, &DenominationGrid::completed, this, &CloseSessionScreen::validateCount);
    cardLayout->addWidget(m_grid);
    layout->addWidget(card);

    m_countError = FormRow::addMessage(layout, page, QStringLiteral("errorLabel"));
    layout->addStretch(1);

    const FormRow::Buttons buttons = FormRow::addButtons(
        layout, page, tr("Validate the count"), QStringLiteral("validateCountButton"));
    connect(buttons.back, &QPushButton::clicked, this, &CloseSessionScreen::cancelled);
    auto *validate = buttons.primary;
    connect(validate, &QPushButton::clicked, this, &CloseSessionScreen::validateCount);
    return page;
}

QWidget *CloseSessionScreen::createReviewPage()
{
    auto *page = new QWidget(m_steps);
    page->setObjectName(QStringLiteral("reviewPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    auto *title = new QLabel(tr("Close the register: check the variance"), page);
    title->setObjectName(QStringLiteral("sectionTitle"));
    layout->addWidget(title);

    auto *card = new QFrame(page);
    card->setObjectName(QStringLiteral("card"));
    auto *grid = new QGridLayout(card);
    grid->setContentsMargins(24, 20, 24, 20);
    grid->setHorizontalSpacing(32);
    grid->setVerticalSpacing(12);
    auto addFigure = [card, grid](int row, const QString &caption, const QString &name) {
        auto *label = new QLabel(caption, card);
        label->setObjectName(QStringLiteral("figureCaption"));
        grid->addWidget(label, row, 0);
        auto *value = new QLabel(card);
        value->setObjectName(name);
        value->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        grid->addWidget(value, row, 1);
        return value;
    };
    m_expectedValue = addFigure(0, tr("Expected in the drawer"), QStringLiteral("expectedValue"));
    m_countedValue = addFigure(1, tr("Counted"), QStringLiteral("countedValue"));
    m_varianceValue = addFigure(2, tr("Variance"), QStringLiteral("varianceValue"));
    grid->setColumnStretch(2, 1);
    layout->addWidget(card);

    m_commentCaption = new QLabel(page);
    m_commentCaption->setObjectName(QStringLiteral("commentCaption"));
    m_commentCaption->setWordWrap(true);
    layout->addWidget(m_commentCaption);
    m_commentField = new QLineEdit(page);
    m_commentField->setObjectName(QStringLiteral("commentField"));
    m_commentField->setMaxLength(core::maxCommentLength);
    m_commentField->setMinimumHeight(56);
    m_commentField->setPlaceholderText(tr("What explains the difference?"));
    connect(m_commentField, &QLineEdit::textEdited, this, [this] { showCloseError({}); });
    connect(m_commentField, &QLineEdit::returnPressed, this, &CloseSessionScreen::closeSession);
    layout->addWidget(m_commentField);

    m_closeError = FormRow::addMessage(layout, page, QStringLiteral("errorLabel"));
    layout->addStretch(1);

    auto *buttons = new QHBoxLayout();
    buttons->setSpacing(16);
    auto *recount = new QPushButton(tr("Count again"), page);
    recount->setObjectName(QStringLiteral("recountButton"));
    recount->setAutoDefault(false);
    recount->setMinimumSize(220, 64);
    connect(recount, &QPushButton::clicked, this, [this] {
        showCloseError({});
        m_steps->setCurrentIndex(int(Step::Count));
    });
    buttons->addWidget(recount);
    buttons->addStretch(1);
    m_closeButton = new QPushButton(tr("Close the register"), page);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));
    m_closeButton->setProperty("primary", true);
    m_closeButton->setAutoDefault(false);
    m_closeButton->setMinimumSize(320, 72);
    connect(m_closeButton, &QPushButton::clicked, this, &CloseSessionScreen::closeSession);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);
    return page;
}

QWidget *CloseSessionScreen::createReportPage()
{
    m_reportView = new ZReportView(m_steps);
    m_reportView->setTimeZone(m_store.timeZone());
    connect(m_reportView, &ZReportView::done, this, &CloseSessionScreen::finished);
    return m_reportView;
}

void CloseSessionScreen::setActor(const core::Actor &actor)
{
    m_actor = actor;
    reset();
}

void CloseSessionScreen::setUnlockPrompt(UnlockPrompt prompt)
{
    m_prompt = std::move(prompt);
}

void CloseSessionScreen::reset()
{
    m_grid->clear();
    m_commentField->clear();
    m_varianceCents = 0;
    showCountError(parkedWarning());
    showCloseError({});
    m_steps->setCurrentIndex(int(Step::Count));
}

QString CloseSessionScreen::parkedWarning() const
{
    const auto tickets = core::ParkedTickets(m_store).list();
    if (!tickets)
        return tickets.error().message;
    if (tickets->isEmpty())
        return {};
    QStringList lines;
    for (const core::ParkedTicket &ticket : std::as_const(*tickets))
        lines << ParkedTicketsDialog::describe(ticket, m_store.timeZone());
    return tr("%n ticket(s) put aside at this register: back at the till, resume and pay them, "
              "or abandon them, before closing.",
               nullptr, static_cast<int>(tickets->size()))
        + QLatin1Char('\n') + lines.join(QLatin1Char('\n'));
}

CloseSessionScreen::Step CloseSessionScreen::step() const
{
    return Step(m_steps->currentIndex());
}

void CloseSessionScreen::validateCount()
{
    if (m_grid->isEmpty()) {
        showCountError(tr("Enter the number of each note and coin (0 when there is none)."));
        return;
    }
    // The expected amount stays hidden while tickets wait: the closing cannot happen yet.
    if (const QString warning = parkedWarning(); !warning.isEmpty()) {
        showCountError(warning);
        return;
    }
    const core::DenominationCount counted = m_grid->count();
    auto total = core::CashSessions::countTotal(counted);
    if (!total) {
        showCountError(total.error().message);
        return;
    }
    auto variance = core::CashSessions(m_store).varianceFor(counted);
    if (!variance) {
        showCountError(variance.error().message);
        return;
    }
    m_varianceCents = *variance;
    const qint64 threshold = m_store.station().varianceThresholdCents;
    const bool beyond = core::CashSessions(m_store).varianceBeyondThreshold(m_varianceCents);

    m_expectedValue->setText(core::money::format(*total - m_varianceCents));
    m_countedValue->setText(core::money::format(*total));
    m_varianceValue->setText(signedAmount(m_varianceCents));
    m_varianceValue->setProperty("beyond", beyond);
    m_varianceValue->style()->unpolish(m_varianceValue);
    m_varianceValue->style()->polish(m_varianceValue);
    m_commentCaption->setText(beyond
            ? tr("Comment (required: the variance is beyond %1, an administrator will validate "
                 "it)")
                  .arg(core::money::format(threshold))
            : tr("Comment (optional)"));
    showCountError({});
    showCloseError({});
    m_steps->setCurrentIndex(int(Step::Review));
    m_commentField->setFocus();
}

bool CloseSessionScreen::varianceNeedsValidation() const
{
    return core::CashSessions(m_store).varianceBeyondThreshold(m_varianceCents)
        && !core::Users(m_store).may(m_actor, core::Permission::ValidateVariance);
}

void CloseSessionScreen::closeSession()
{
    core::CloseRequest request;
    request.counted = m_grid->count();
    request.comment = m_commentField->text().trimmed();
    // Without a comment core refuses first, with its own message: nobody is asked for a PIN.
    if (!request.comment.isEmpty() && varianceNeedsValidation()) {
        if (!m_prompt) {
            showCloseError(tr("An administrator must validate this variance."));
            return;
        }
        request.validation =
            m_prompt(tr("Validate a cash variance of %1").arg(signedAmount(m_varianceCents)));
        if (!request.validation) {
            showCloseError(tr("Not closed: an administrator must validate this variance."));
            return;
        }
    }

    core::CashSessions sessions(m_store);
    auto closed = sessions.close(m_actor, request);
    if (!closed) {
        // The count and the comment stay: fix what core says and try again.
        showCloseError(closed.error().message);
        return;
    }
    // Show the report as core stored it.
    auto stored = sessions.zReport(closed->stamp.seq);
    const core::ZReport &report = stored ? stored.value() : closed.value();
    m_reportView->setReport(report, core::Sites(m_store).printedSite(), m_store.station());
    showCloseError({});
    m_steps->setCurrentIndex(int(Step::Report));
    emit sessionClosed(report);
}

void CloseSessionScreen::showCountError(const QString &message)
{
    m_countError->setText(message);
}

void CloseSessionScreen::showCloseError(const QString &message)
{
    m_closeError->setText(message);
}

} // namespace recaisse::ui
