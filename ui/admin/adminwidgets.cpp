#include "adminwidgets.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>
#include <QValueAxis>

#include <algorithm>

namespace recaisse::ui::admin {

QTableWidgetItem *readOnlyCell(const QString &text, bool number)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(Qt::ItemIsSelectable | Qt::ItemIsEnabled);
    if (number)
        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    return item;
}

QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(name);
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);
    return table;
}

QTableView *makeView(QWidget *parent, QAbstractItemModel *model, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->verticalHeader()->hide();
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setWordWrap(false);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

DateRange makeDateRange(QWidget *parent, const QString &label)
{
    DateRange range;
    range.enabled = new QCheckBox(label, parent);
    range.enabled->setObjectName(QStringLiteral("useDates"));
    range.from = new QDateEdit(parent);
    range.from->setObjectName(QStringLiteral("fromDate"));
    range.to = new QDateEdit(parent);
    range.to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *edit : {range.from, range.to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setEnabled(false);
        QObject::connect(range.enabled, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    range.andLabel = new QLabel(QCoreApplication::translate("AdminPage", "and"), parent);
    return range;
}

void DateRange::propose(const QDate &today, int daysBack)
{
    if (enabled->isChecked())
        return;
    to->setDate(today);
    from->setDate(today.addDays(-daysBack));
}

bool DateRange::active() const
{
    return enabled->isChecked();
}

void showReceivedAndReused(QChart *chart, const QStringList &groups,
    const QList<qint64> &receivedGrams, const QList<qint64> &reusedGrams, const QFont &labelsFont)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *received = new QBarSet(QCoreApplication::translate("AdminPage", "Received"));
    received->setColor(QColor(0x78, 0x90, 0x9C));
    auto *reused = new QBarSet(QCoreApplication::translate("AdminPage", "Reused"));
    reused->setColor(QColor(0x2E, 0x7D, 0x32));
    qint64 maxGrams = 0;
    for (qsizetype i = 0; i < groups.size(); ++i) {
        const qint64 in = receivedGrams.value(i);
        const qint64 out = reusedGrams.value(i);
        *received << qreal(in) / 1000.0;
        *reused << qreal(out) / 1000.0;
        maxGrams = std::max({maxGrams, in, out});
    }
    auto *series = new QBarSeries;
    series->append(received);
    series->append(reused);
    chart->addSeries(series);
    auto *groupAxis = new QBarCategoryAxis;
    groupAxis->append(groups);
    groupAxis->setLabelsFont(labelsFont);
    chart->addAxis(groupAxis, Qt::AlignBottom);
    series->attachAxis(groupAxis);
    auto *kgAxis = new QValueAxis;
    kgAxis->setRange(0, qMax<qreal>(1, qreal(maxGrams) / 1000.0 * 1.1));
    kgAxis->setLabelFormat(QStringLiteral("%.0f"));
    kgAxis->setLabelsFont(labelsFont);
    kgAxis->applyNiceNumbers();
    chart->addAxis(kgAxis, Qt::AlignLeft);
    series->attachAxis(kgAxis);
    chart->legend()->setAlignment(Qt::AlignBottom);
}

CurrentPageStack::CurrentPageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    // Another page, another size: the scroll area around asks again.
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

QSize CurrentPageStack::sizeHint() const
{
    return currentWidget() ? currentWidget()->sizeHint() : QStackedWidget::sizeHint();
}

QSize CurrentPageStack::minimumSizeHint() const
{
    return currentWidget() ? currentWidget()->minimumSizeHint() : QStackedWidget::minimumSizeHint();
}

bool CurrentPageStack::hasHeightForWidth() const
{
    return currentWidget() ? currentWidget()->hasHeightForWidth()
                           : QStackedWidget::hasHeightForWidth();
}

int CurrentPageStack::heightForWidth(int width) const
{
    return currentWidget() ? currentWidget()->heightForWidth(width)
                           : QStackedWidget::heightForWidth(width);
}

} // namespace recaisse::ui::admin
