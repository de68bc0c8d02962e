#include "accountplandialog.h"

#include "core/categories.h"
#include "ui/common/keytext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
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
    auto *columns = new QHBoxLayout;
    auto *form = new QFormLayout;
    for (const core::AccountPlan::Field &field : core::AccountPlan::fields()) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("account-") + QLatin1String(field.key));
        edit->setMaxLength(20);
        form->addRow(core::AccountingExport::tr(field.what), edit);
        m_fields.append(edit);
    }
    columns->addLayout(form);
    // Side by side: one below the other would not fit a 768 px high screen.
    auto *perCategory = new QVBoxLayout;
    auto *categoriesTitle =
        new QLabel(tr("Revenue account per category (empty: its parent's, else Sales)"), this);
    categoriesTitle->setWordWrap(true);
    perCategory->addWidget(categoriesTitle);
    m_categories = new QTableWidget(0, 2, this);
    m_categories->setObjectName(QStringLiteral("categoryAccounts"));
    m_categories->setHorizontalHeaderLabels({tr("Category"), tr("Account")});
    m_categories->verticalHeader()->hide();
    m_categories->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_categories->setEditTriggers(QAbstractItemView::AllEditTriggers);
    m_categories->setMinimumWidth(320);
    const core::CategoryCatalog catalog(m_store);
    const auto addRow = [this](const core::Category &category, int depth) {
        const int row = m_categories->rowCount();
        m_categories->insertRow(row);
        auto *name = new QTableWidgetItem(QString(depth * 4, QLatin1Char(' ')) + category.name);
        name->setFlags(name->flags() & ~Qt::ItemIsEditable);
        name->setData(Qt::UserRole, category.id);
        m_categories->setItem(row, 0, name);
        m_categories->setItem(row, 1, new QTableWidgetItem);
    };
    for (const core::Category &root : catalog.children(QString())) {
        addRow(root, 0);
        for (const core::Category &child : catalog.children(root.id))
            addRow(child, 1);
    }
    perCategory->addWidget(m_categories, 1);
    columns->addLayout(perCategory, 1);
    layout->addLayout(columns, 1);
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
    for (int row = 0; row < m_categories->rowCount(); ++row)
        m_categories->item(row, 1)->setText(
            plan.categoryAccounts.value(m_categories->item(row, 0)->data(Qt::UserRole).toString()));
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
    for (int row = 0; row < m_categories->rowCount(); ++row) {
        const QString account = m_categories->item(row, 1)->text().trimmed();
        if (!account.isEmpty())
            plan.categoryAccounts.insert(
                m_categories->item(row, 0)->data(Qt::UserRole).toString(), account);
    }
    if (auto saved = core::AccountingExport::setSitePlan(m_store, m_actor, plan); !saved) {
        m_errorLabel->setText(saved.error().message);
        return;
    }
    accept();
}

} // namespace recaisse::ui
