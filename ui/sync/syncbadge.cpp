#include "syncbadge.h"

#include <QStyle>

namespace recaisse::ui {

using core::sync::SyncState;

SyncBadge::SyncBadge(QWidget *parent)
    : QToolButton(parent)
{
    setObjectName(QStringLiteral("syncBadge"));
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    setCursor(Qt::PointingHandCursor);
    setMinimumHeight(36);
    setFocusPolicy(Qt::NoFocus); // the register's keys stay on the sale
    setAccessibleName(tr("Synchronisation"));
    connect(this, &QToolButton::clicked, this, &SyncBadge::syncRequested);
    show(core::sync::SyncSnapshot{});
}

QString SyncBadge::describeAge(const QDateTime &utc, const QDateTime &nowUtc)
{
    if (!utc.isValid())
        return tr("never");
    const qint64 seconds = std::max<qint64>(0, utc.secsTo(nowUtc));
    if (seconds < 60)
        return tr("just now");
    if (seconds < 3600)
        return tr("%n min ago", nullptr, int(seconds / 60));
    if (seconds < 24 * 3600)
        return tr("%n h ago", nullptr, int(seconds / 3600));
    return tr("on %1").arg(utc.toLocalTime().toString(QStringLiteral("dd/MM HH:mm")));
}

void SyncBadge::show(const core::sync::SyncSnapshot &snapshot)
{
    m_state = snapshot.state;
    QString text;
    switch (snapshot.state) {
    case SyncState::Off:
        text = tr("Sync off");
        break;
    case SyncState::Synced:
        text = tr("✓ Synced");
        break;
    case SyncState::Syncing:
        text = tr("⟳ Syncing…");
        break;
    case SyncState::Pending:
        text = tr("%n pending", nullptr,
            int(snapshot.status.pendingRecords + snapshot.status.pendingFiles));
        break;
    case SyncState::Offline:
        text = tr("Offline · %n pending", nullptr, int(snapshot.status.pendingRecords));
        break;
    case SyncState::Error:
        text = tr("⚠ Sync error");
        break;
    }
    setText(text);
    setProperty("syncState", core::sync::toKey(snapshot.state));
    style()->unpolish(this);
    style()->polish(this);

    QStringList tip;
    if (snapshot.state == SyncState::Off)
        tip << tr("No kDrive account is set up: the data stays on this computer.");
    tip << tr("Last successful sync: %1")
               .arg(describeAge(snapshot.status.lastSuccessUtc, QDateTime::currentDateTimeUtc()));
    if (!snapshot.status.lastError.isEmpty())
        tip << tr("Last error: %1").arg(snapshot.status.lastError);
    if (snapshot.state != SyncState::Off)
        tip << tr("Click to sync now.");
    setToolTip(tip.join(QLatin1Char('\n')));
}

} // namespace recaisse::ui
