#pragma once

#include "core/domain.h"
#include "core/exports/ecologicexport.h"

#include <QPointer>
#include <QThread>
#include <QWidget>

#include <functional>
#include <optional>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTimeEdit;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// The manager's eco-organism exports page: pick an eco-organism (Ecologic by default) and a
// period, preview the declaration with core's
// warnings, export it (checked, archived, published), open the archive folder; the schedules
// with their next run and last result; the run history. Every action goes through core, which
// checks the actor's permissions; this page shows core's verdict.
class EcologicPage : public QWidget
{
    Q_OBJECT

public:
    EcologicPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);
    // Waits for an export still running: its thread uses the shop's clock and database file.
    ~EcologicPage() override;

    // Called after each successful export instead of core's default (the sync queue, which
    // uploads to kDrive exports/); none set keeps that default. The export runs on a worker
    // thread: the publisher is called there, before exported() is emitted.
    void setPublisher(core::ExportPublisher publisher);
    // How "Open the folder" opens it (default: the desktop's file manager).
    void setFolderOpener(std::function<void(const QString &folder)> opener);

    // The period chosen in the form, or the reason it is not valid.
    core::Result<core::EcologicPeriod> selectedPeriod() const;
    void selectPeriod(const core::EcologicPeriod &period);

    // Reads the figures again (the preview, the schedules and the history).
    void refresh();

    // The eco-organism whose declaration the page shows and exports (Partners::ids()).
    QString partner() const;
    void selectPartner(const QString &partner);
    // Whether an export is running (on its worker thread).
    bool isExporting() const { return m_exporting; }

signals:
    void exported(const QString &filePath);

private:
    QWidget *createDeclarationTab();
    QWidget *createSchedulesTab();
    QWidget *createHistoryTab();
    void updatePeriodFields();
    void preview();
    void exportNow();
    void openFolder();
    void addSchedule();
    void removeSchedule();
    void refreshSchedules();
    void refreshHistory();
    void showStatus(const QString &text, bool error);

    core::Store &m_store;
    core::Actor m_actor;
    std::optional<core::EcologicExport> m_exporter;
    core::ExportPublisher m_publisher;
    std::function<void(const QString &)> m_folderOpener;
    bool m_exporting = false;
    QPointer<QThread> m_worker;
    QString m_lastFolder;

    QTabWidget *m_tabs = nullptr;
    QComboBox *m_partner = nullptr;
    QComboBox *m_periodKind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_quarter = nullptr;
    QComboBox *m_month = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_quarterLabel = nullptr;
    QLabel *m_monthLabel = nullptr;
    QLabel *m_fromLabel = nullptr;
    QLabel *m_toLabel = nullptr;
    QTableWidget *m_table = nullptr;
    QListWidget *m_warnings = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_exportButton = nullptr;

    QTableWidget *m_schedules = nullptr;
    QComboBox *m_scheduleKind = nullptr;
    QSpinBox *m_scheduleDay = nullptr;
    QTimeEdit *m_scheduleTime = nullptr;
    QLineEdit *m_scheduleCron = nullptr;
    QComboBox *m_scheduleCovers = nullptr;
    QLabel *m_scheduleStatus = nullptr;

    QTableWidget *m_history = nullptr;
};

} // namespace recaisse::ui
