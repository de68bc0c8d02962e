#pragma once

#include <QObject>
#include <QString>
#include <QThread>

#include <functional>
#include <memory>
#include <optional>

namespace recaisse::ui {

// Runs job (network, keychain, a second database connection) in a thread of its own, then
// done(its outcome) on context's thread. The thread deletes itself afterwards; the caller keeps
// the returned pointer only to wait for it when it is destroyed first. T need not be
// default-constructible (a core Result).
template<typename T>
QThread *runInBackground(
    QObject *context, std::function<T()> job, std::function<void(const T &)> done)
{
    auto outcome = std::make_shared<std::optional<T>>();
    QThread *thread = QThread::create([job = std::move(job), outcome] { outcome->emplace(job()); });
    QObject::connect(
        thread, &QThread::finished, context, [thread, outcome, done = std::move(done)] {
            thread->deleteLater();
            if (outcome->has_value())
                done(**outcome);
        });
    thread->start();
    return thread;
}

// The common case: the job's outcome is a sentence for the user.
inline QThread *runInBackground(
    QObject *context, std::function<QString()> job, std::function<void(const QString &)> done)
{
    return runInBackground<QString>(context, std::move(job), std::move(done));
}

} // namespace recaisse::ui
