#pragma once

#include "adminpage.h"
#include "core/exports/tonnagereport.h"

#include <functional>
#include <optional>

class QChart;
class QDateEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::ui {

namespace admin {
class AdaptiveColumns;
}

// The tonnage report ("Bilan matière") of a period: what was received by channel, reused (sold
// and given), recycled and thrown away, per eco-organism and per shop category, with a chart of
// received against reused per eco-organism, and where the recycled kilograms went: each
// eco-organism's collection, each recycling stream, the rest unsorted. Every figure and label is
// core's TonnageReport; the page saves it with core's CSV, XLSX and PDF writers.
class TonnagePage : public AdminPage
{
    Q_OBJECT

public:
    // Asks where to save a file: the dialog's title, the proposed file name and the filter; an
    // empty answer cancels.
    using FileChooser = std::function<QString(
        const QString &title, const QString &proposed, const QString &filter)>;

    TonnagePage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    // Reads the report of the chosen period again.
    void refresh() override;
    void setPeriod(const QDate &from, const QDate &to);
    // Default: the desktop's save dialog.
    void setFileChooser(FileChooser chooser);
    // The report shown (none when core refused it).
    const std::optional<core::TonnageReport> &report() const { return m_report; }

    void saveCsv();
    void saveXlsx();
    // The PDF with the site's name, address and SIRET (core's).
    void savePdf();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // Fills a two-column table with core's lines of labels and values.
    void setRows(QTableWidget *table, const QList<core::TonnageLine> &lines);
    void fillSummary();
    void fillRecycling();
    void fillGroups();
    void fillChart();
    // Asks where, then writes the bytes there; says what happened.
    void saveBytes(const QString &title, const QString &extension, const QString &filter,
        const QByteArray &bytes);
    QString chooseFile(const QString &title, const QString &extension, const QString &filter);

    std::optional<core::TonnageReport> m_report;
    FileChooser m_fileChooser;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_recycling = nullptr;
    QTableWidget *m_towns = nullptr; // received per town
    admin::AdaptiveColumns *m_columns = nullptr;
    QTableWidget *m_groups = nullptr;
    QChart *m_chart = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace recaisse::ui
