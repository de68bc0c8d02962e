#pragma once

#include "adminpage.h"
#include "core/chequeslips.h"

#include <functional>

class QComboBox;
class QDateEdit;
class QPushButton;
class QTableWidget;

namespace recaisse::ui {

// The treasurer's page ("Chèques et comptabilité"). The cheques to take to the bank: every cheque
// of a closed session, on any station, not on a slip yet (day, station, document, amount, bank,
// number); the administrator selects some (all by default), makes a numbered slip and saves its
// PDF for the bank; the slips made on every station can be saved again. The accounting export of
// a range of days (CSV or Paheko's format): a day exported before is exported again only when
// the administrator confirms it. The core checks the rights and audits.
class ChequesPage : public AdminPage
{
    Q_OBJECT

public:
    // Asks where to save a file: the proposed file name; an empty answer cancels.
    using FileChooser = std::function<QString(const QString &proposed)>;
    // Asks a yes/no question (the days were exported before); true goes on.
    using Confirmation = std::function<bool(const QString &question)>;

    ChequesPage(core::Store &store, const core::Actor &actor, QWidget *parent = nullptr);

    void refresh() override;
    void setFileChooser(FileChooser chooser);
    void setConfirmation(Confirmation confirmation);
    const QList<core::Cheque> &pending() const { return m_pending; }
    const QList<core::ChequeSlip> &slips() const { return m_slips; }
    QTableWidget *pendingTable() const { return m_table; }
    QTableWidget *slipsTable() const { return m_slipsTable; }

    // A slip of the selected cheques (every cheque when none is selected), saved as a PDF.
    void remitSelected();
    // The selected slip's PDF again.
    void saveSelectedSlip();
    // The accounting export of the days chosen, in the format chosen.
    void exportAccounting();
    void setExportDays(const QDate &first, const QDate &last);

private:
    enum class Saved { Yes, Cancelled, Failed };
    bool savePdf(const core::ChequeSlip &slip);
    // Asks where, then writes; a failure is shown.
    Saved saveFile(const QString &proposed, const QString &filter, const QByteArray &bytes);

    FileChooser m_fileChooser;
    Confirmation m_confirmation;
    QList<core::Cheque> m_pending;
    QList<core::ChequeSlip> m_slips;
    QTableWidget *m_table = nullptr;
    QTableWidget *m_slipsTable = nullptr;
    QPushButton *m_remit = nullptr;
    QPushButton *m_saveAgain = nullptr;
    QDateEdit *m_exportFirst = nullptr;
    QDateEdit *m_exportLast = nullptr;
    QComboBox *m_exportFormat = nullptr;
    QPushButton *m_export = nullptr;
};

} // namespace recaisse::ui
