#include "accountplandialog.h"

#include "ui/common/keytext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

AccountPlanDialog::AccountPlanDialog(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("accountPlanDialog"));
    setWindowTitle(tr("Account plan"));
    setModal(true);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The accounts the accounting export books each day to (the "
                                "French associations' chart by default)."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *form = new QFormLayout;
    for (const core::AccountPlan::Field &field : core::AccountPlan::fields()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("account-") + QLatin1String(field.key));
        edit->setMaxLength(20);
        form->addRow(core::AccountingExport::tr(field.what), edit);
        m_fields.append(edit);
    }
    layout->addLayout(form);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel);
    auto *buttons = new QHBoxLayout;
    auto *defaults = new QPushButton(tr("Defaults"), this);
    defaults->setObjectName(QStringLiteral("defaultsButton"));
    auto *save = new QPushButton(tr("Save (%1)").arg(keyText(Qt::Key_Return)), this);
    save->setObjectName(QStringLiteral("saveButton"));
    save->setProperty("primary", true);
    save->setDefault(true);
    auto *cancel = new QPushButton(tr("Cancel (%1)").arg(keyText(Qt::Key_Escape)), this);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setAutoDefault(false);
    defaults->setAutoDefault(false);
    buttons->addWidget(defaults);
    buttons->addStretch(1);
    buttons->addWidget(save);
    buttons->addWidget(cancel);
    layout->addLayout(buttons);
    connect(defaults, &QPushButton::clicked, this, &AccountPlanDialog::restoreDefaults);
    connect(save, &QPushButton::clicked, this, &AccountPlanDialog::save);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);

    const auto plan = core::AccountingExport::sitePlan(m_store);
    if (plan)
        showPlan(*plan);
    else
        m_errorLabel->setText(plan.error().message);
}

void AccountPlanDialog::showPlan(const core::AccountPlan &plan)
{
    const QList<core::AccountPlan::Field> &fields = core::AccountPlan::fields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        m_fields.at(i)->setText(plan.*fields.at(i).account);
}

void AccountPlanDialog::restoreDefaults()
{
    showPlan(core::AccountPlan{});
}

void AccountPlanDialog::save()
{
    core::AccountPlan plan;
    const QList<core::AccountPlan::Field> &fields = core::AccountPlan::fields();
    for (qsizetype i = 0; i < fields.size(); ++i)
        plan.*fields.at(i).account = m_fields.at(i)->text();
    if (auto saved = core::AccountingExport::setSitePlan(m_store, m_actor, plan); !saved) {
        m_errorLabel->setText(saved.error().message);
        return;
    }
    accept();
}

} // namespace recaisse::ui
