#pragma once

#include "core/domain.h"
#include "core/result.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QThread;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

// "Exporter toutes les données": runs core's FullExport of the station's site into a folder on
// a worker thread with its own database connection (the register keeps working), shows the
// records written so far, and stops cleanly on Cancel (core removes what it had written).
class FullExportDialog : public QDialog
{
    Q_OBJECT

public:
    FullExportDialog(
        core::Store &store, const core::Actor &actor, QString folder, QWidget *parent = nullptr);
    ~FullExportDialog() override;

    void start();
    bool isRunning() const { return m_job != nullptr; }
    // The ZIP written, once finished; empty until then or after a failure.
    QString filePath() const { return m_filePath; }

signals:
    void finishedExport(bool ok);

private:
    void showProgress(const QString &entity, qint64 records, qint64 total);
    void cancel();

    core::Store &m_store;
    core::Actor m_actor;
    QString m_folder;
    QString m_filePath;
    std::shared_ptr<std::atomic_bool> m_cancel;
    QThread *m_job = nullptr;

    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
};

} // namespace recaisse::ui
