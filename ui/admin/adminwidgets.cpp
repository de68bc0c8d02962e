#include "adminwidgets.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QTableWidget>

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

} // namespace recaisse::ui::admin
