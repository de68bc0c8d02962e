#include "aboutdialog.h"

#include "core/buildinfo.h"

#include <QClipboard>
#include <QDialogButtonBox>
#include <QDir>
#include <QGridLayout>
#include <QGuiApplication>
#include <QLabel>
#include <QPushButton>
#include <QSysInfo>
#include <QVBoxLayout>

namespace recaisse::ui {

AboutDialog::AboutDialog(const QString &dataFolder, const QString &databasePath, QWidget *parent)
    : QDialog(parent)
{
    namespace buildinfo = core::buildinfo;
    setObjectName(QStringLiteral("aboutDialog"));
    setWindowTitle(tr("About ReCaisse"));
    setStyleSheet(
        QStringLiteral("#aboutTitle { font-size: 20pt; font-weight: bold; color: #1B5E20; }"
                       "#aboutFields QLabel[field=\"value\"] { font-weight: bold; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 20);
    layout->setSpacing(12);

    auto *title = new QLabel(QStringLiteral("ReCaisse"), this);
    title->setObjectName(QStringLiteral("aboutTitle"));
    layout->addWidget(title);
    auto *purpose = new QLabel(tr("The till and back office of a ressourcerie."), this);
    purpose->setWordWrap(true);
    layout->addWidget(purpose);

    m_fieldGrid = new QWidget(this);
    m_fieldGrid->setObjectName(QStringLiteral("aboutFields"));
    auto *grid = new QGridLayout(m_fieldGrid);
    grid->setContentsMargins(0, 8, 0, 8);
    grid->setHorizontalSpacing(20);
    grid->setVerticalSpacing(8);
    grid->setColumnStretch(1, 1);
    layout->addWidget(m_fieldGrid);

    QString qt = buildinfo::qtRuntimeVersion();
    if (qt != buildinfo::qtCompiledVersion())
        qt = tr("%1 (compiled with %2)").arg(qt, buildinfo::qtCompiledVersion());
    addField(QStringLiteral("aboutVersion"), tr("Version"), buildinfo::version());
    addField(QStringLiteral("aboutCommit"), tr("Commit"), buildinfo::commit());
    addField(QStringLiteral("aboutQt"), tr("Qt"), qt);
    addField(QStringLiteral("aboutLicence"), tr("Licence"), buildinfo::licence());
    addField(
        QStringLiteral("aboutDataFolder"), tr("Data folder"), QDir::toNativeSeparators(dataFolder));
    addField(
        QStringLiteral("aboutDatabase"), tr("Database"), QDir::toNativeSeparators(databasePath));
    addField(QStringLiteral("aboutSystem"), tr("System"), QSysInfo::prettyProductName());

    auto *licence = new QLabel(tr("ReCaisse is free software: you may share and modify it under "
                                  "the terms of the GNU General Public License, version 3 or any "
                                  "later version. It comes with no warranty."),
        this);
    licence->setObjectName(QStringLiteral("aboutLicenceText"));
    licence->setWordWrap(true);
    layout->addWidget(licence);

    m_copied = new QLabel(this);
    m_copied->setObjectName(QStringLiteral("aboutCopied"));
    m_copied->setStyleSheet(QStringLiteral("color: #2E7D32; font-weight: bold;"));
    // Keeps its line while empty, so the dialog does not grow when the copy is confirmed.
    m_copied->setMinimumHeight(m_copied->fontMetrics().height());
    layout->addWidget(m_copied);

    auto *buttons = new QDialogButtonBox(this);
    auto *copy =
        buttons->addButton(tr("Copy the support information"), QDialogButtonBox::ActionRole);
    copy->setObjectName(QStringLiteral("copySupportButton"));
    copy->setAutoDefault(false);
    auto *close = buttons->addButton(QDialogButtonBox::Close);
    close->setText(tr("Close"));
    close->setObjectName(QStringLiteral("closeButton"));
    close->setDefault(true);
    layout->addWidget(buttons);
    connect(copy, &QPushButton::clicked, this, &AboutDialog::copySupportText);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setMinimumWidth(640);
}

void AboutDialog::addField(const QString &objectName, const QString &caption, const QString &value)
{
    auto *grid = static_cast<QGridLayout *>(m_fieldGrid->layout());
    const int row = grid->rowCount();
    auto *captionLabel = new QLabel(caption, m_fieldGrid);
    captionLabel->setObjectName(QStringLiteral("figureCaption"));
    auto *valueLabel = new QLabel(value, m_fieldGrid);
    valueLabel->setObjectName(objectName);
    valueLabel->setProperty("field", QStringLiteral("value"));
    valueLabel->setTextFormat(Qt::PlainText);
    valueLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    valueLabel->setWordWrap(true);
    grid->addWidget(captionLabel, row, 0, Qt::AlignTop);
    grid->addWidget(valueLabel, row, 1);
    m_fields.append({caption, value});
}

QString AboutDialog::supportText() const
{
    QStringList lines{tr("ReCaisse support information")};
    for (const Field &field : m_fields)
        lines.append(tr("%1: %2").arg(field.caption, field.value));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

void AboutDialog::copySupportText()
{
    QGuiApplication::clipboard()->setText(supportText());
    m_copied->setText(tr("Copied: paste it into your message to the support."));
}

} // namespace recaisse::ui
