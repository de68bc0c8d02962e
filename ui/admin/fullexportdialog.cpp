#include "fullexportdialog.h"

#include "core/portability/fullexport.h"
#include "core/store.h"
#include "ui/sync/backgroundjob.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QThread>
#include <QVBoxLayout>

#include <limits>

namespace recaisse::ui {

FullExportDialog::FullExportDialog(
    core::Store &store, const core::Actor &actor, QString folder, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
    , m_folder(std::move(folder))
    , m_cancel(std::make_shared<std::atomic_bool>(false))
{
    setObjectName(QStringLiteral("fullExportDialog"));
    setWindowTitle(tr("Export all the data"));
    setModal(true);
    // Fits a 1024×768 screen with room to spare.
    setMinimumWidth(480);
    setMaximumWidth(720);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Every record of %1 is written to one ZIP file in %2: a JSON file "
                                "per kind of data, an Excel workbook and a manifest. No PIN, key "
                                "or password is exported.")
                                 .arg(store.site().name, QDir::toNativeSeparators(m_folder)),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("fullExportProgress"));
    m_progress->setRange(0, 0);
    layout->addWidget(m_progress);
    m_status = new QLabel(tr("Counting the records…"), this);
    m_status->setObjectName(QStringLiteral("fullExportStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_cancelButton = new QPushButton(tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("fullExportCancel"));
    m_closeButton = new QPushButton(tr("Close"), this);
    m_closeButton->setObjectName(QStringLiteral("fullExportClose"));
    m_closeButton->setEnabled(false);
    buttons->addWidget(m_cancelButton);
    buttons->addWidget(m_closeButton);
    layout->addLayout(buttons);
    connect(m_cancelButton, &QPushButton::clicked, this, &FullExportDialog::cancel);
    connect(m_closeButton, &QPushButton::clicked, this, &QDialog::accept);
}

FullExportDialog::~FullExportDialog()
{
    if (m_job) {
        m_cancel->store(true);
        m_job->wait();
    }
}

void FullExportDialog::start()
{
    if (m_job)
        return;
    const QString path = m_store.db().path();
    const core::Clock &clock = m_store.clock();
    const core::Actor actor = m_actor;
    const QString folder = m_folder;
    const auto cancelled = m_cancel;
    using Outcome = core::Result<core::FullExport::Outcome>;
    m_job = runInBackground<Outcome>(
        this,
        [this, path, &clock, actor, folder, cancelled]() -> Outcome {
            // A connection of its own: the register goes on recording meanwhile.
            auto store = core::Store::open(path, clock);
            if (!store)
                return store.error();
            core::FullExport::Options options;
            options.outDir = folder;
            options.cancel = cancelled.get();
            options.progress = [this](const core::FullExport::Progress &progress) {
                QMetaObject::invokeMethod(
                    this,
                    [this, progress] {
                        showProgress(progress.entity, progress.records, progress.total);
                    },
                    Qt::QueuedConnection);
            };
            return core::FullExport(**store).run(actor, options);
        },
        [this](const Outcome &outcome) {
            m_job = nullptr;
            m_cancelButton->setEnabled(false);
            m_closeButton->setEnabled(true);
            m_closeButton->setDefault(true);
            m_progress->setRange(0, 1);
            if (outcome) {
                m_filePath = outcome->path;
                m_progress->setValue(1);
                m_status->setText(tr("Done: %1").arg(QDir::toNativeSeparators(m_filePath)));
            } else {
                m_progress->setValue(0);
                m_status->setText(m_cancel->load()
                        ? tr("Cancelled: nothing was written.")
                        : tr("The export failed: %1").arg(outcome.error().message));
            }
            emit finishedExport(bool(outcome));
        });
}

void FullExportDialog::showProgress(const QString &entity, qint64 records, qint64 total)
{
    if (!m_job)
        return;
    const int maximum = int(qMin<qint64>(total, std::numeric_limits<int>::max()));
    if (m_progress->maximum() != maximum)
        m_progress->setRange(0, maximum);
    m_progress->setValue(int(qMin<qint64>(records, maximum)));
    const QLocale locale;
    m_status->setText(tr("%1 of %2 records written (%3)")
                          .arg(locale.toString(records), locale.toString(total), entity));
}

void FullExportDialog::cancel()
{
    if (!m_job)
        return;
    m_cancel->store(true);
    m_cancelButton->setEnabled(false);
    m_status->setText(tr("Cancelling…"));
}

} // namespace recaisse::ui
