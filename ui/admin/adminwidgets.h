#pragma once

#include <QDate>
#include <QStackedWidget>
#include <QStringList>

class QChart;
class QCheckBox;
class QFont;
class QDateEdit;
class QAbstractItemModel;
class QLabel;
class QTableView;
class QTableWidget;
class QTableWidgetItem;
class QWidget;

// Small pieces the admin pages build the same way.
namespace recaisse::ui::admin {

// A cell the user reads but does not edit; numbers are right-aligned.
QTableWidgetItem *readOnlyCell(const QString &text, bool number = false);
// A read-only list: whole rows selected, no row numbers, columns sized to their content.
QTableWidget *makeTable(QWidget *parent, const QStringList &headers, const QString &name);
// The same for a long list shown from a model read page by page: columns are sized to the
// first page's content once (resizeColumnsToContents), not again on every page or scroll.
QTableView *makeView(QWidget *parent, QAbstractItemModel *model, const QString &name);

// "[x] Between [date] and [date]": the dates only count while the box is checked.
struct DateRange
{
    QCheckBox *enabled = nullptr;
    QDateEdit *from = nullptr;
    QDateEdit *to = nullptr;
    QLabel *andLabel = nullptr;

    // The last daysBack days, unless the person chose dates.
    void propose(const QDate &today, int daysBack);
    bool active() const;
};
DateRange makeDateRange(QWidget *parent, const QString &label);

// Replaces what the chart shows by the kilograms received (grey) and reused (green) of each
// group, side by side, over an axis from zero to a tenth above the largest figure.
void showReceivedAndReused(QChart *chart, const QStringList &groups,
    const QList<qint64> &receivedGrams, const QList<qint64> &reusedGrams, const QFont &labelsFont);

// A stack of pages sized by the page shown. QStackedWidget asks for the largest of all its pages
// and answers the height-for-width question for its tallest: in a scroll area, one wide or long
// page made every other scroll sideways or grow (the overview's charts 800 px high).
class CurrentPageStack : public QStackedWidget
{
public:
    explicit CurrentPageStack(QWidget *parent = nullptr);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override;
    int heightForWidth(int width) const override;
};

} // namespace recaisse::ui::admin
