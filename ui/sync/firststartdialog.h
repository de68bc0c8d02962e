#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace recaisse::ui {

// Sets this PC up as a station: either a new shop (its name, this station's code, the first
// administrator) or a station joining a shop already on kDrive (the drive's address, user and
// application password, this station's code): the site, categories, users and settings come
// from the drive, nothing is typed twice. The work runs off the UI thread.
class FirstStartDialog : public QDialog
{
    Q_OBJECT

public:
    // stationPath: the database to create (it must not exist yet).
    explicit FirstStartDialog(QString stationPath, QWidget *parent = nullptr);
    ~FirstStartDialog() override;

    QString message() const;

signals:
    void jobFinished(bool ok);

private:
    void createShop();
    void joinShop();
    void runJob(std::function<QString()> job);

    QString m_path;
    QTabWidget *m_tabs = nullptr;
    QLineEdit *m_siteName = nullptr;
    QLineEdit *m_newCode = nullptr;
    QLineEdit *m_adminName = nullptr;
    QLineEdit *m_adminPin = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_joinCode = nullptr;
    QComboBox *m_kind = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_join = nullptr;
    QLabel *m_message = nullptr;
    QThread *m_job = nullptr;
};

} // namespace recaisse::ui
