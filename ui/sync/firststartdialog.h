#pragma once

#include "core/clock.h"

#include <QDialog>
#include <QPointer>

#include <functional>
#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;
class QTabWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

class CatalogueImportDialog;

// Sets this PC up as a station: either a new shop (its name, this station's code, the first
// administrator), after which the shop's recovery kit is shown once to be saved and printed; or
// a station joining a shop already on kDrive (the drive's address, user and application
// password, this station's code and the join code an administrator made): the request waits for
// an administrator's approval ("Try again"), then the site, categories, users and settings come
// from the drive, nothing is typed twice; or a lost station restored, from kDrive (one of its
// restore points: date, station, documents) or from a backup file (a USB key), with the shop's
// recovery key and an administrator of the restored station. The work runs off the UI thread,
// with a busy progress bar.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    // stationPath: the database to create (it must not exist yet).
    explicit FirstStartDialog(QString stationPath, QWidget *parent = nullptr);
    ~FirstStartDialog() override;

    QString message() const;
    // The recovery key shown after a new shop was created (empty before).
    QString recoveryKey() const { return m_recoveryKey; }
    // Where "Save the PDF" writes the kit; a file dialog by default. Empty cancels.
    void setKitPathPrompt(std::function<QString()> prompt) { m_kitPathPrompt = std::move(prompt); }
    void saveKit();
    // Once the shop is created (the kit is showing), closing the dialog still means "done": the
    // station exists and the program must restart on it.
    void reject() override;
    // "Import the categories and prices from a spreadsheet…" on the kit page: the file (a file
    // dialog; tests answer with a path) opened in the mapping dialog as the new administrator.
    // Null when no file was chosen or the shop cannot be opened (m_message says why).
    void setSpreadsheetPrompt(std::function<QString()> prompt)
    {
        m_spreadsheetPrompt = std::move(prompt);
    }
    CatalogueImportDialog *importCatalogue();
    // "Choose…" beside the backup file: a file dialog by default; tests answer with a path.
    void setBackupFilePrompt(std::function<QString()> prompt)
    {
        m_backupFilePrompt = std::move(prompt);
    }
    void chooseBackupFile();
    // The restore points of the station on kDrive, listed newest first (a job).
    void listRestorePoints();
    QListWidget *restorePointList() const { return m_points; }

signals:
    void jobFinished(bool ok);

private:
    void createShop();
    void joinShop();
    void restoreFromDrive();
    void restoreFromFile();
    QWidget *makeDriveRestoreTab();
    QWidget *makeFileRestoreTab();
    void runJob(std::function<QString()> job, std::function<void()> after = {});
    void showKit(const QString &siteName, const QString &recoveryKey);

    QString m_path;
    QStackedWidget *m_pages = nullptr;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_siteName = nullptr;
    QLineEdit *m_newCode = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminPin = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_joinCode = nullptr; // this station's code
    QLineEdit *m_joinKey = nullptr; // the join code an administrator made
    QComboBox *m_kind = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_join = nullptr;
    // Restore from kDrive.
    QLineEdit *m_restoreUrl = nullptr;
    QLineEdit *m_restoreUser = nullptr;
    QLineEdit *m_restorePassword = nullptr;
    QLineEdit *m_restoreCode = nullptr;
    QListWidget *m_points = nullptr;
    QPushButton *m_listPoints = nullptr;
    QLineEdit *m_driveKey = nullptr;
    QLineEdit *m_driveAdmin = nullptr;
    QLineEdit *m_driveAdminPin = nullptr;
    QPushButton *m_restoreDrive = nullptr;
    // Restore from a file.
    QLineEdit *m_backupFile = nullptr;
    QLineEdit *m_fileKey = nullptr;
    QLineEdit *m_fileAdmin = nullptr;
    QLineEdit *m_fileAdminPin = nullptr;
    QPushButton *m_restoreFile = nullptr;
    std::function<QString()> m_backupFilePrompt;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_kitText = nullptr;
    QLabel *m_kitKey = nullptr;
    QPushButton *m_saveKit = nullptr;
    QPushButton *m_kitDone = nullptr;
    QString m_recoveryKey;
    QString m_kitSiteName;
    std::function<QString()> m_kitPathPrompt;
    QThread *m_job = nullptr;
    QPushButton *m_importCatalogue = nullptr;
    std::function<QString()> m_spreadsheetPrompt;
    core::SystemClock m_clock;
    std::unique_ptr<core::Store> m_importStore;
    QPointer<CatalogueImportDialog> m_importDialog;
};

} // namespace recaisse::ui
