#pragma once

#include "core/domain.h"
#include "core/permissions.h"

#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace recaisse::core {
class Store;
struct Error;
} // namespace recaisse::core

namespace recaisse::ui {

// What every page of the admin panel shares: the store, the person, a title, a message line
// (errors in red, confirmations in green) and the read-only notice for supervisors.
class AdminPage : public QWidget
{
    Q_OBJECT

public:
    AdminPage(core::Store &store, const core::Actor &actor, const QString &title,
        QWidget *parent = nullptr);

    // Reads the page's data again (called when the page is shown).
    virtual void refresh() = 0;

    // The message line, for tests.
    QLabel *messageLabel() const { return m_message; }

protected:
    QVBoxLayout *body() const { return m_body; }
    // Whether the person may make changes of this kind (the core checks again).
    bool may(core::Permission permission) const;
    void showError(const QString &message);
    void showError(const core::Error &error);
    void showDone(const QString &message);
    void clearMessage();
    // "12/03/2026 14:05" in the site's time zone.
    QString instant(const QDateTime &utc) const;

    core::Store &m_store;
    core::Actor m_actor;

private:
    QLabel *m_message = nullptr;
    QVBoxLayout *m_body = nullptr;
};

} // namespace recaisse::ui
