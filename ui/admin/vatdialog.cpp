#include "vatdialog.h"

#include "core/store.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
QString regimeName(core::VatRegime regime)
{
    switch (regime) {
    case core::VatRegime::NotLiable:
        return VatDialog::tr("Not liable to VAT");
    case core::VatRegime::Margin:
        return VatDialog::tr("Margin scheme (second-hand goods)");
    case core::VatRegime::Liable:
        break;
    }
    return VatDialog::tr("Liable, with a rate");
}
} // namespace

VatDialog::VatDialog(core::Store &store, const core::Actor &actor, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_actor(actor)
{
    setObjectName(QStringLiteral("vatDialog"));
    setWindowTitle(tr("VAT status"));
    setModal(true);
    setMinimumWidth(560);

    auto *layout = new QVBoxLayout(this);
    const auto now = core::TillRules(store).vatInForce(store.today());
    auto *current =
        new QLabel(now ? tr("In force today: %1").arg(describe(*now)) : QString(), this);
    current->setObjectName(QStringLiteral("vatInForce"));
    current->setWordWrap(true);
    layout->addWidget(current);

    auto *form = new QFormLayout;
    m_regime = new QComboBox(this);
    m_regime->setObjectName(QStringLiteral("vatRegime"));
    for (const core::VatRegime regime :
        {core::VatRegime::NotLiable, core::VatRegime::Margin, core::VatRegime::Liable})
        m_regime->addItem(regimeName(regime), static_cast<int>(regime));
    form->addRow(tr("&Regime:"), m_regime);
    m_from = new QDateEdit(store.today(), this);
    m_from->setObjectName(QStringLiteral("vatFrom"));
    m_from->setCalendarPopup(true);
    m_from->setMinimumDate(store.today());
    form->addRow(tr("&From:"), m_from);
    m_mention = new QLineEdit(this);
    m_mention->setObjectName(QStringLiteral("vatMention"));
    m_mention->setMaxLength(core::TillRules::maxMentionLength);
    form->addRow(tr("&Mention:"), m_mention);
    m_rate = new QLineEdit(this);
    m_rate->setObjectName(QStringLiteral("vatRate"));
    m_rate->setText(core::vat::formatRate(core::vat::standardRateBp));
    form->addRow(tr("R&ate (%):"), m_rate);
    layout->addLayout(form);
    auto *note = new QLabel(tr("A change applies to the documents made from that day on; the "
                               "rates per category, set on the Categories page, carry over."),
        this);
    note->setObjectName(QStringLiteral("figureCaption"));
    note->setWordWrap(true);
    layout->addWidget(note);
    m_errorLabel = new QLabel(this);
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setWordWrap(true);
    layout->addWidget(m_errorLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveVatButton"));
    buttons->button(QDialogButtonBox::Save)->setText(tr("Save"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(buttons, &QDialogButtonBox::accepted, this, &VatDialog::save);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    if (now)
        m_regime->setCurrentIndex(m_regime->findData(static_cast<int>(now->regime)));
    regimeChosen();
    connect(m_regime, &QComboBox::currentIndexChanged, this, &VatDialog::regimeChosen);
}

QString VatDialog::describe(const core::VatStatus &status)
{
    QString text = regimeName(status.regime);
    if (status.regime != core::VatRegime::NotLiable)
        text += QStringLiteral(", ") + core::vat::formatRate(status.defaultRateBp)
            + QStringLiteral(" %");
    return status.mention.isEmpty() ? text : text + QStringLiteral(" — ") + status.mention;
}

void VatDialog::regimeChosen()
{
    const auto regime = static_cast<core::VatRegime>(m_regime->currentData().toInt());
    m_mention->setText(core::VatStatus::defaultMention(regime));
    m_rate->setEnabled(regime != core::VatRegime::NotLiable);
    m_errorLabel->clear();
}

void VatDialog::save()
{
    core::VatStatus status;
    status.regime = static_cast<core::VatRegime>(m_regime->currentData().toInt());
    status.effectiveDay = m_from->date();
    status.mention = m_mention->text().trimmed();
    if (status.regime != core::VatRegime::NotLiable) {
        const auto rate = core::vat::parseRate(m_rate->text());
        if (!rate) {
            m_errorLabel->setText(rate.error().message);
            return;
        }
        status.defaultRateBp = *rate;
    }
    // The rates per category (set on the Categories page) carry over to the new setting.
    if (status.regime == core::VatRegime::Liable) {
        if (const auto before = core::TillRules(m_store).vatInForce(status.effectiveDay))
            status.categoryRatesBp = before->categoryRatesBp;
    }
    if (auto saved = core::TillRules(m_store).setVat(m_actor, status); !saved) {
        m_errorLabel->setText(saved.error().message);
        return;
    }
    accept();
}

} // namespace recaisse::ui
