#include "secrets.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QMutexLocker>
#include <QSemaphore>
#include <QThread>
#include <qt6keychain/keychain.h>

#include <memory>

namespace recaisse::core::sync {

namespace {

Q_LOGGING_CATEGORY(lcSecrets, "recaisse.sync", QtInfoMsg)

// Long enough for someone to type the keyring password into an unlock prompt.
constexpr int keychainTimeoutMs = 120'000;

enum class Operation { Read, Write, Remove };

struct Outcome
{
    QSemaphore done;
    QKeychain::Error error = QKeychain::NoError;
    QString errorString;
    QString text;
};

// The one thread every keychain job runs in, with an event loop for QtKeychain's callbacks.
QMutex threadMutex;
QThread *keychainThread = nullptr; // guarded by threadMutex
QObject *keychainContext = nullptr; // lives in keychainThread; guarded by threadMutex

void stopKeychainThread()
{
    QMutexLocker locker(&threadMutex);
    if (!keychainThread)
        return;
    keychainThread->quit();
    keychainThread->wait(5'000);
    delete keychainThread;
    keychainThread = nullptr;
    keychainContext = nullptr; // deleted with the thread's finished() below
}

QObject *context()
{
    QMutexLocker locker(&threadMutex);
    if (!keychainThread) {
        keychainThread = new QThread;
        keychainThread->setObjectName(QStringLiteral("recaisse-keychain"));
        keychainContext = new QObject;
        keychainContext->moveToThread(keychainThread);
        QObject::connect(
            keychainThread, &QThread::finished, keychainContext, &QObject::deleteLater);
        keychainThread->start();
        if (QCoreApplication::instance())
            qAddPostRoutine(stopKeychainThread);
    }
    return keychainContext;
}

std::shared_ptr<Outcome> runJob(Operation operation, const QString &key, const QString &secret)
{
    auto outcome = std::make_shared<Outcome>();
    QMetaObject::invokeMethod(
        context(),
        [outcome, operation, key, secret] {
            QKeychain::Job *job = nullptr;
            const QString service = SecretStore::serviceName();
            switch (operation) {
            case Operation::Read:
                job = new QKeychain::ReadPasswordJob(service);
                break;
            case Operation::Write: {
                auto *write = new QKeychain::WritePasswordJob(service);
                write->setTextData(secret);
                job = write;
                break;
            }
            case Operation::Remove:
                job = new QKeychain::DeletePasswordJob(service);
                break;
            }
            // Never a plaintext file when the keychain is missing.
            job->setInsecureFallback(false);
            job->setAutoDelete(true);
            job->setKey(key);
            QObject::connect(job, &QKeychain::Job::finished, job, [outcome](QKeychain::Job *done) {
                outcome->error = done->error();
                outcome->errorString = done->errorString();
                if (auto *read = qobject_cast<QKeychain::ReadPasswordJob *>(done))
                    outcome->text = read->textData();
                outcome->done.release();
            });
            job->start();
        },
        Qt::QueuedConnection);
    if (!outcome->done.tryAcquire(1, keychainTimeoutMs)) {
        outcome->error = QKeychain::OtherError;
        outcome->errorString = SecretStore::tr("the keychain did not answer");
    }
    return outcome;
}

Error keychainError(const QString &key, const Outcome &outcome)
{
    QString detail = outcome.errorString.simplified();
    switch (outcome.error) {
    case QKeychain::EntryNotFound:
        return makeError(ErrorCode::NotFound, SecretStore::tr("No secret stored for %1").arg(key));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return makeError(ErrorCode::PermissionDenied,
            SecretStore::tr("The keychain refused access to %1 (%2)").arg(key, detail));
    default:
        qCWarning(lcSecrets).noquote() << "keychain:" << outcome.error << detail;
        return makeError(ErrorCode::StorageFailure,
            SecretStore::tr("No keychain: sync disabled (%1)").arg(detail));
    }
}

} // namespace

Result<void> SecretStore::write(const QString &key, const QString &secret)
{
    const auto outcome = runJob(Operation::Write, key, secret);
    if (outcome->error != QKeychain::NoError) {
        Error error = keychainError(key, *outcome);
        if (error.code == ErrorCode::NotFound)
            error.code = ErrorCode::StorageFailure;
        return error;
    }
    return {};
}

Result<QString> SecretStore::read(const QString &key)
{
    const auto outcome = runJob(Operation::Read, key, QString());
    if (outcome->error != QKeychain::NoError)
        return keychainError(key, *outcome);
    return outcome->text;
}

Result<void> SecretStore::remove(const QString &key)
{
    const auto outcome = runJob(Operation::Remove, key, QString());
    if (outcome->error != QKeychain::NoError && outcome->error != QKeychain::EntryNotFound)
        return keychainError(key, *outcome);
    return {};
}

bool SecretStore::available()
{
    const auto outcome =
        runJob(Operation::Read, QStringLiteral("recaisse-availability-probe"), QString());
    return outcome->error == QKeychain::NoError || outcome->error == QKeychain::EntryNotFound;
}

} // namespace recaisse::core::sync
