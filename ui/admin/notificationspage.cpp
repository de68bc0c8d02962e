#include "notificationspage.h"

#include "adminwidgets.h"
#include "core/admin/useradmin.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTimeEdit>

namespace recaisse::ui {

using core::notify::EventRule;
using core::notify::EventType;
using core::notify::Notifications;

namespace {

constexpr int eventColumn = 0;
constexpr int recipientsColumn = 2;

QString quietText(const EventRule &rule)
{
    if (!rule.quietFrom.isValid())
        return QStringLiteral("—");
    return NotificationsPage::tr("%1 to %2")
        .arg(rule.quietFrom.toString(QStringLiteral("HH:mm")),
            rule.quietTo.toString(QStringLiteral("HH:mm")));
}

QString thresholdText(const EventRule &rule)
{
    switch (rule.type) {
    case EventType::Variance:
        return NotificationsPage::tr("the register's threshold");
    case EventType::RepeatedVariances:
        return NotificationsPage::tr("%1 closings in %2 days")
            .arg(rule.threshold)
            .arg(rule.windowDays);
    case EventType::RefundsHigh:
    case EventType::DrawerWithoutSale:
        return NotificationsPage::tr("more than %1 a day").arg(rule.threshold);
    case EventType::SyncFailing:
    case EventType::BackupMissing:
    case EventType::StationSilent:
        return NotificationsPage::tr("after %1 h").arg(rule.threshold);
    case EventType::DiskLow:
        return NotificationsPage::tr("below %1 MB").arg(rule.threshold);
    case EventType::IntegrityFailed:
    case EventType::ExportFailed:
    case EventType::AccountLocked:
        return NotificationsPage::tr("each time");
    }
    return {};
}

QString resultText(const QString &result)
{
    if (result == QLatin1String("sent"))
        return NotificationsPage::tr("Sent");
    if (result == QLatin1String("failed"))
        return NotificationsPage::tr("Failed");
    if (result == QLatin1String("rate-limited"))
        return NotificationsPage::tr("Held back (too many)");
    return result;
}

QStringList listOf(const QString &text)
{
    QStringList items;
    for (const QString &item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            items << item.trimmed();
    return items;
}

} // namespace

NotificationsPage::NotificationsPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Notifications"), parent)
{
    setObjectName(QStringLiteral("adminNotifications"));
    auto *intro = new QLabel(tr("What this station tells the team by Telegram or e-mail, each "
                                "event once, from when it is switched on. Telegram ids are those "
                                "given on the Users page; the bot is set on the Synchronisation "
                                "page, the mail account on the Scheduled reports page."),
        this);
    intro->setWordWrap(true);
    body()->addWidget(intro);
    m_table = admin::makeTable(this,
        {tr("Event"), tr("On"), tr("Recipients"), tr("Quiet hours"), tr("When")},
        QStringLiteral("notificationsTable"));
    // The events' names and their recipients share what the short columns leave, wrapped on
    // several lines when needed: the table never scrolls sideways on a 1024x768 screen.
    m_table->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_table->setWordWrap(true);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    for (int column : {eventColumn, recipientsColumn})
        header->setSectionResizeMode(column, QHeaderView::Stretch);
    connect(header, &QHeaderView::sectionResized, this, [this](int column) {
        if (column == eventColumn || column == recipientsColumn)
            fitTableHeight();
    });
    body()->addWidget(m_table);

    m_formTitle = new QLabel(this);
    m_formTitle->setObjectName(QStringLiteral("notificationFormTitle"));
    body()->addWidget(m_formTitle);
    auto *form = new QFormLayout;
    m_enabled = new QCheckBox(tr("Tell this event"), this);
    m_enabled->setObjectName(QStringLiteral("notificationEnabled"));
    form->addRow(QString(), m_enabled);
    m_telegram = new QLineEdit(this);
    m_telegram->setObjectName(QStringLiteral("notificationTelegram"));
    m_telegram->setPlaceholderText(tr("Telegram ids, separated by commas"));
    form->addRow(tr("Telegram"), m_telegram);
    m_emails = new QLineEdit(this);
    m_emails->setObjectName(QStringLiteral("notificationEmails"));
    m_emails->setPlaceholderText(tr("name@example.org, other@example.org"));
    form->addRow(tr("E-mail"), m_emails);
    auto *quietRow = new QHBoxLayout;
    m_quiet = new QCheckBox(tr("Quiet from"), this);
    m_quiet->setObjectName(QStringLiteral("notificationQuiet"));
    m_quietFrom = new QTimeEdit(QTime(22, 0), this);
    m_quietFrom->setDisplayFormat(QStringLiteral("HH:mm"));
    m_quietTo = new QTimeEdit(QTime(7, 0), this);
    m_quietTo->setDisplayFormat(QStringLiteral("HH:mm"));
    quietRow->addWidget(m_quiet);
    quietRow->addWidget(m_quietFrom);
    quietRow->addWidget(new QLabel(tr("to"), this));
    quietRow->addWidget(m_quietTo);
    quietRow->addStretch(1);
    form->addRow(tr("Quiet hours"), quietRow);
    connect(m_quiet, &QCheckBox::toggled, m_quietFrom, &QWidget::setEnabled);
    connect(m_quiet, &QCheckBox::toggled, m_quietTo, &QWidget::setEnabled);
    auto *thresholdRow = new QHBoxLayout;
    m_threshold = new QSpinBox(this);
    m_threshold->setObjectName(QStringLiteral("notificationThreshold"));
    m_threshold->setRange(0, 1000);
    m_thresholdLabel = new QLabel(this);
    m_window = new QSpinBox(this);
    m_window->setObjectName(QStringLiteral("notificationWindow"));
    m_window->setRange(1, 366);
    m_windowLabel = new QLabel(tr("days"), this);
    thresholdRow->addWidget(m_threshold);
    thresholdRow->addWidget(m_thresholdLabel);
    thresholdRow->addWidget(m_window);
    thresholdRow->addWidget(m_windowLabel);
    thresholdRow->addStretch(1);
    form->addRow(tr("Threshold"), thresholdRow);
    body()->addLayout(form);
    auto *buttons = new QHBoxLayout;
    m_save = new QPushButton(tr("Save"), this);
    m_save->setObjectName(QStringLiteral("notificationSave"));
    m_save->setProperty("primary", true);
    buttons->addWidget(m_save);
    buttons->addStretch(1);
    body()->addLayout(buttons);

    body()->addWidget(new QLabel(tr("Latest notifications"), this));
    m_log = admin::makeTable(this,
        {tr("Date"), tr("Event"), tr("Channel"), tr("To"), tr("Result"), tr("Detail")},
        QStringLiteral("notificationLog"));
    body()->addWidget(m_log, 1);

    const bool manage = Notifications(m_store).mayEdit(m_actor);
    for (QWidget *field : std::initializer_list<QWidget *>{
             m_enabled, m_telegram, m_emails, m_quiet, m_threshold, m_window, m_save})
        field->setEnabled(manage);
    connect(m_table, &QTableWidget::currentCellChanged, this,
        [this](int row, int, int, int) { select(row); });
    connect(m_save, &QPushButton::clicked, this, &NotificationsPage::save);
}

void NotificationsPage::refresh()
{
    auto rules = Notifications(m_store).rules();
    if (!rules) {
        showError(rules.error());
        return;
    }
    m_rules = *rules;
    m_table->setRowCount(int(m_rules.size()));
    for (int r = 0; r < m_rules.size(); ++r) {
        const EventRule &rule = m_rules.at(r);
        m_table->setItem(r, 0, admin::readOnlyCell(Notifications::label(rule.type)));
        m_table->setItem(r, 1, admin::readOnlyCell(rule.enabled ? tr("yes") : tr("no")));
        const QStringList recipients = rule.telegramChats + rule.emails;
        QTableWidgetItem *cell = admin::readOnlyCell(recipients.join(QStringLiteral(", ")));
        cell->setToolTip(recipients.join(QLatin1Char('\n')));
        m_table->setItem(r, recipientsColumn, cell);
        m_table->setItem(r, 3, admin::readOnlyCell(quietText(rule)));
        m_table->setItem(r, 4, admin::readOnlyCell(thresholdText(rule)));
    }
    fitTableHeight();
    select(qBound(0, m_row, int(m_rules.size()) - 1));

    auto log = Notifications(m_store).log(shownMessages);
    if (log) {
        m_log->setRowCount(int(log->size()));
        for (int r = 0; r < log->size(); ++r) {
            const core::notify::NotifyLogEntry &e = log->at(log->size() - 1 - r); // newest first
            const auto type = core::notify::eventTypeFromKey(e.event);
            m_log->setItem(r, 0, admin::readOnlyCell(instant(e.atUtc)));
            m_log->setItem(r, 1, admin::readOnlyCell(type ? Notifications::label(*type) : e.event));
            m_log->setItem(r, 2,
                admin::readOnlyCell(
                    e.channel == QLatin1String("email") ? tr("E-mail") : tr("Telegram")));
            m_log->setItem(r, 3, admin::readOnlyCell(e.target));
            m_log->setItem(r, 4, admin::readOnlyCell(resultText(e.result)));
            m_log->setItem(r, 5, admin::readOnlyCell(e.detail));
        }
        m_log->resizeColumnsToContents();
    }
}

void NotificationsPage::fitTableHeight()
{
    // One row per event, all shown: the form below stays in view.
    m_table->resizeRowsToContents();
    int height = m_table->horizontalHeader()->sizeHint().height() + 2 * m_table->frameWidth();
    for (int r = 0; r < m_table->rowCount(); ++r)
        height += m_table->rowHeight(r);
    m_table->setFixedHeight(height);
}

void NotificationsPage::select(int row)
{
    if (row < 0 || row >= m_rules.size())
        return;
    m_row = row;
    if (m_table->currentRow() != row)
        m_table->selectRow(row);
    showRule(m_rules.at(row));
}

void NotificationsPage::showRule(const EventRule &rule)
{
    m_formTitle->setText(Notifications::label(rule.type));
    m_enabled->setChecked(rule.enabled);
    m_telegram->setText(rule.telegramChats.join(QStringLiteral(", ")));
    m_emails->setText(rule.emails.join(QStringLiteral(", ")));
    const bool manage = Notifications(m_store).mayEdit(m_actor);
    m_quiet->setChecked(rule.quietFrom.isValid());
    m_quietFrom->setEnabled(manage && rule.quietFrom.isValid());
    m_quietTo->setEnabled(manage && rule.quietFrom.isValid());
    if (rule.quietFrom.isValid()) {
        m_quietFrom->setTime(rule.quietFrom);
        m_quietTo->setTime(rule.quietTo);
    }
    const bool hasThreshold = rule.type != EventType::Variance
        && rule.type != EventType::IntegrityFailed && rule.type != EventType::ExportFailed
        && rule.type != EventType::AccountLocked;
    const bool hasWindow = rule.type == EventType::RepeatedVariances;
    m_threshold->setVisible(hasThreshold);
    m_thresholdLabel->setVisible(true);
    m_window->setVisible(hasWindow);
    m_windowLabel->setVisible(hasWindow);
    m_threshold->setRange(0, rule.type == EventType::DiskLow ? 1'000'000 : 1000);
    m_threshold->setValue(rule.threshold);
    m_window->setValue(qMax(1, rule.windowDays));
    switch (rule.type) {
    case EventType::RepeatedVariances:
        m_thresholdLabel->setText(tr("closings beyond the threshold within"));
        break;
    case EventType::RefundsHigh:
        m_thresholdLabel->setText(tr("refunds in a day at most"));
        break;
    case EventType::DrawerWithoutSale:
        m_thresholdLabel->setText(tr("openings without a sale in a day at most"));
        break;
    case EventType::SyncFailing:
    case EventType::BackupMissing:
    case EventType::StationSilent:
        m_thresholdLabel->setText(tr("hours"));
        break;
    case EventType::DiskLow:
        m_thresholdLabel->setText(tr("MB free at least"));
        break;
    case EventType::Variance:
    case EventType::IntegrityFailed:
    case EventType::ExportFailed:
    case EventType::AccountLocked:
        m_thresholdLabel->setText(thresholdText(rule)); // set per register, or none
        break;
    }
}

EventRule NotificationsPage::formRule() const
{
    EventRule rule = m_rules.value(m_row);
    rule.enabled = m_enabled->isChecked();
    rule.telegramChats = listOf(m_telegram->text());
    rule.emails = listOf(m_emails->text());
    rule.quietFrom = m_quiet->isChecked() ? m_quietFrom->time() : QTime();
    rule.quietTo = m_quiet->isChecked() ? m_quietTo->time() : QTime();
    if (m_threshold->isVisibleTo(this))
        rule.threshold = m_threshold->value();
    if (rule.type == EventType::RepeatedVariances)
        rule.windowDays = m_window->value();
    return rule;
}

void NotificationsPage::save()
{
    if (m_row < 0 || m_row >= m_rules.size())
        return;
    const EventRule rule = formRule();
    if (auto saved = Notifications(m_store).setRule(m_actor, rule); !saved) {
        showError(saved.error());
        return;
    }
    refresh();
    showDone(rule.enabled
            ? tr("« %1 »: saved, switched on.").arg(Notifications::label(rule.type))
            : tr("« %1 »: saved, switched off.").arg(Notifications::label(rule.type)));
}

} // namespace recaisse::ui
