#pragma once

#include "core/cashsession.h"
#include "core/domain.h"
#include "ui/common/unlockprompt.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

class DenominationGrid;
class ZReportView;

// Closing the register in three steps: the blind count (the expected amount stays hidden), the
// comparison (a variance beyond the register's threshold needs a comment and an administrator's
// validation), then the Z report core stored.
class CloseSessionScreen : public QWidget
{
    Q_OBJECT

public:
    enum class Step { Count, Review, Report };

    explicit CloseSessionScreen(core::Store &store, QWidget *parent = nullptr);

    // Who closes; also starts again from a blank count.
    void setActor(const core::Actor &actor);
    // Asks an administrator to validate a variance beyond the threshold.
    void setUnlockPrompt(UnlockPrompt prompt);
    void reset();

    Step step() const;
    ZReportView *reportView() const { return m_reportView; }

signals:
    void sessionClosed(const recaisse::core::ZReport &report);
    // Back without closing (from the count), or done with the report.
    void cancelled();
    void finished();

private:
    QWidget *createCountPage();
    QWidget *createReviewPage();
    QWidget *createReportPage();
    void validateCount();
    void closeSession();
    bool varianceNeedsValidation() const;
    // The tickets put aside that stop the closing, listed; empty when there is none.
    QString parkedWarning() const;
    void showCountError(const QString &message);
    void showCloseError(const QString &message);

    core::Store &m_store;
    core::Actor m_actor;
    UnlockPrompt m_prompt;
    QStackedWidget *m_steps = nullptr;

    DenominationGrid *m_grid = nullptr;
    QLabel *m_countError = nullptr;

    qint64 m_varianceCents = 0;
    QLabel *m_expectedValue = nullptr;
    QLabel *m_countedValue = nullptr;
    QLabel *m_varianceValue = nullptr;
    QLabel *m_commentCaption = nullptr;
    QLineEdit *m_commentField = nullptr;
    QLabel *m_closeError = nullptr;
    QPushButton *m_closeButton = nullptr;

    ZReportView *m_reportView = nullptr;
};

} // namespace recaisse::ui
