#pragma once

#include "core/sync/syncworker.h"

#include <QToolButton>

namespace recaisse::ui {

// The status bar's sync badge: synced / syncing / N pending / offline / error / off, with the
// last success and the last error in its tooltip. A click asks for a sync now.
class SyncBadge : public QToolButton
{
    Q_OBJECT

public:
    explicit SyncBadge(QWidget *parent = nullptr);

    void show(const core::sync::SyncSnapshot &snapshot);
    core::sync::SyncState state() const { return m_state; }

    // "il y a 3 min", "il y a 2 h", "le 12/03 à 14:05"; "jamais" when invalid.
    static QString describeAge(const QDateTime &utc, const QDateTime &nowUtc);

signals:
    void syncRequested();

private:
    core::sync::SyncState m_state = core::sync::SyncState::Off;
};

} // namespace recaisse::ui
