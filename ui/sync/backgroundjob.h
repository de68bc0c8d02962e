#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>

namespace recaisse::ui {

// Runs job (network, keychain, a second database connection) in a thread of its own, then
// done(its message) on context's thread. The thread deletes itself afterwards; the caller keeps
// the returned pointer only to wait for it when it is destroyed first.
inline QThread *runInBackground(
    QObject *context, std::function<QString()> job, std::function<void(const QString &)> done)
{
    auto message = std::make_shared<QString>();
    QThread *thread = QThread::create([job = std::move(job), message] { *message = job(); });
    QObject::connect(
        thread, &QThread::finished, context, [thread, message, done = std::move(done)] {
            thread->deleteLater();
            done(*message);
        });
    thread->start();
    return thread;
}

} // namespace recaisse::ui
