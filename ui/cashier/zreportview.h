#pragma once

#include "core/cashsession.h"

#include <QTimeZone>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace recaisse::ui {

// The closing (Z) report as a till receipt: fixed-width lines, amounts right-aligned. Printing
// itself belongs to whoever links Qt Print Support: the Print button only asks for it.
class ZReportView : public QWidget
{
    Q_OBJECT

public:
    static constexpr int lineWidth = 44;

    explicit ZReportView(QWidget *parent = nullptr);

    // The zone the opening and closing times are shown in (the site's; Europe/Paris by default).
    void setTimeZone(const QTimeZone &zone);
    // Shows the closing as core::Receipt renders it for the printer: one document, one rendering.
    void setReport(
        const core::ZReport &report, const core::SiteInfo &site, const core::StationInfo &station);

    const core::ZReport &report() const { return m_report; }
    // The receipt as plain text, as shown (and as it would be printed).
    QString text() const;

signals:
    void printRequested();
    void done();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    core::ZReport m_report;
    QString m_text;
    QTimeZone m_zone;
    QLabel *m_title = nullptr;
    QPlainTextEdit *m_receipt = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_doneButton = nullptr;
};

} // namespace recaisse::ui
