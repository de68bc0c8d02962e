#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;

namespace recaisse::ui {

// Why an object is given for free (a social action: "don solidaire", "maraude", "kit étudiant"):
// a reason on one key, or typed. The line is recorded at 0 € with it; core checks the reason
// (core::Solidarity::checkReason).
class GiftDialog : public QDialog
{
    Q_OBJECT

public:
    // `reasons`: the site's gift presets (core::Solidarity::sitePresets), one key each.
    explicit GiftDialog(const QStringList &reasons, QWidget *parent = nullptr);

    const QString &reason() const { return m_reason; }
    // The reasons' keys: F2 for the first, F3 for the second...
    static Qt::Key reasonKey(int index) { return Qt::Key(Qt::Key_F2 + index); }
    // Accepts with that reason when core allows it.
    void give(const QString &reason);

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    QString m_reason;
    QStringList m_reasons;
    QLineEdit *m_reasonField = nullptr;
    QLabel *m_errorLabel = nullptr;
};

} // namespace recaisse::ui
