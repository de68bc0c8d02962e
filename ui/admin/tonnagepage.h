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

// The tonnage report ("Bilan matière") of a period: what was received by channel, reused (sold
// and given), recycled and thrown away, per eco-organism and per shop category, with a chart of
// received against reused per eco-organism. Every figure is core's TonnageReport; the page saves
// it with core's CSV and XLSX writers.
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

private:
    void fillSummary();
    void fillGroups();
    void fillChart();
    QString chooseFile(const QString &title, const QString &extension, const QString &filter);

    std::optional<core::TonnageReport> m_report;
    FileChooser m_fileChooser;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QTableWidget *m_summary = nullptr;
    QTableWidget *m_groups = nullptr;
    QChart *m_chart = nullptr;
    QPushButton *m_csv = nullptr;
    QPushButton *m_xlsx = nullptr;
};

} // namespace recaisse::ui
