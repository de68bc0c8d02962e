#include "devicespage.h"

#include "core/customerdisplay.h"
#include "core/drawer.h"
#include "core/money.h"
#include "core/receipt.h"
#include "core/store.h"
#include "ui/admin/adaptivecolumns.h"
#include "ui/common/receiptoutput.h"
#include "ui/common/scaleweight.h"

#include <QComboBox>
#include <QDateTime>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSerialPortInfo>
#include <QSettings>
#include <QStandardPaths>

namespace recaisse::ui {

namespace {

const QList<int> speeds{1200, 2400, 4800, 9600, 19200, 38400, 57600, 115200};

QComboBox *portChoice(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    box->setEditable(true);
    box->addItem(QString());
    for (const QSerialPortInfo &port : QSerialPortInfo::availablePorts())
        box->addItem(port.systemLocation());
    return box;
}

QComboBox *speedChoice(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setObjectName(name);
    for (const int speed : speeds)
        box->addItem(QString::number(speed), speed);
    return box;
}

void choose(QComboBox *box, const QVariant &data)
{
    const int index = box->findData(data);
    if (index >= 0)
        box->setCurrentIndex(index);
}

void setPort(QComboBox *box, const QString &port)
{
    if (box->findText(port) < 0)
        box->addItem(port);
    box->setCurrentText(port);
}

QPushButton *button(const QString &text, const QString &name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    return b;
}

} // namespace

DevicesPage::DevicesPage(core::Store &store, const core::Actor &actor, QWidget *parent)
    : AdminPage(store, actor, tr("Devices of this station"), parent)
    , m_receipts(new ReceiptOutput(store, this))
{
    setObjectName(QStringLiteral("devicesPage"));
    const bool canChange = may(core::Permission::ManageSettings);

    auto *printer = new QGroupBox(tr("Receipt printer and cash drawer"), this);
    auto *printerLayout = new QHBoxLayout(printer);
    m_printer = new QLabel(printer);
    m_printer->setObjectName(QStringLiteral("printerSummary"));
    m_printer->setWordWrap(true);
    printerLayout->addWidget(m_printer, 1);
    auto *testPrint = button(tr("Print a test ticket"), QStringLiteral("testPrintButton"), printer);
    auto *drawer = button(tr("Open the drawer"), QStringLiteral("openDrawerButton"), printer);
    printerLayout->addWidget(testPrint);
    printerLayout->addWidget(drawer);
    body()->addWidget(printer);
    connect(testPrint, &QPushButton::clicked, this, &DevicesPage::printTest);
    connect(drawer, &QPushButton::clicked, this, &DevicesPage::openDrawer);
    connect(m_receipts, &ReceiptOutput::message, this,
        [this](const QString &text, bool error) { error ? showError(text) : showDone(text); });

    auto *scale = new QGroupBox(tr("Scale"), this);
    auto *scaleForm = new QFormLayout(scale);
    m_scalePort = portChoice(scale, QStringLiteral("scalePort"));
    m_scaleBaud = speedChoice(scale, QStringLiteral("scaleBaud"));
    m_scaleParity = new QComboBox(scale);
    m_scaleParity->setObjectName(QStringLiteral("scaleParity"));
    m_scaleParity->addItem(tr("None"), QStringLiteral("none"));
    m_scaleParity->addItem(tr("Even"), QStringLiteral("even"));
    m_scaleParity->addItem(tr("Odd"), QStringLiteral("odd"));
    m_scaleDataBits = new QComboBox(scale);
    m_scaleDataBits->setObjectName(QStringLiteral("scaleDataBits"));
    m_scaleDataBits->addItem(QStringLiteral("8"), 8);
    m_scaleDataBits->addItem(QStringLiteral("7"), 7);
    m_scaleProtocol = new QComboBox(scale);
    m_scaleProtocol->setObjectName(QStringLiteral("scaleProtocol"));
    m_scaleProtocol->addItem(tr("Mettler Toledo MT-SICS"), QStringLiteral("mt-sics"));
    m_scaleProtocol->addItem(tr("Continuous output (ST,GS,…)"), QStringLiteral("continuous"));
    m_scaleProtocol->addItem(tr("Toledo 8217"), QStringLiteral("toledo8217"));
    scaleForm->addRow(tr("Port"), m_scalePort);
    scaleForm->addRow(tr("Speed (baud)"), m_scaleBaud);
    scaleForm->addRow(tr("Parity"), m_scaleParity);
    scaleForm->addRow(tr("Data bits"), m_scaleDataBits);
    scaleForm->addRow(tr("Protocol"), m_scaleProtocol);
    m_reading = new QLabel(tr("Not connected"), scale);
    m_reading->setObjectName(QStringLiteral("scaleReading"));
    m_reading->setWordWrap(true);
    scaleForm->addRow(tr("Reading"), m_reading);
    auto *scaleButtons = new QHBoxLayout;
    auto *saveScale = button(tr("Save"), QStringLiteral("saveScaleButton"), scale);
    auto *connectScale = button(tr("Read the scale"), QStringLiteral("connectScaleButton"), scale);
    auto *tare = button(tr("Tare"), QStringLiteral("tareButton"), scale);
    scaleButtons->addWidget(saveScale);
    scaleButtons->addWidget(connectScale);
    scaleButtons->addWidget(tare);
    scaleButtons->addStretch(1);
    scaleForm->addRow(scaleButtons);
    // Side by side when there is room, so that the page fits a 768-pixel-high screen.
    auto *columns = new admin::AdaptiveColumns(this);
    columns->addPart(scale, 1);
    saveScale->setEnabled(canChange);
    connect(saveScale, &QPushButton::clicked, this, &DevicesPage::saveScale);
    connect(connectScale, &QPushButton::clicked, this, &DevicesPage::connectScale);
    connect(tare, &QPushButton::clicked, this, &DevicesPage::tare);

    auto *display = new QGroupBox(tr("Customer display"), this);
    auto *displayForm = new QFormLayout(display);
    m_displayPort = portChoice(display, QStringLiteral("displayPort"));
    m_displayBaud = speedChoice(display, QStringLiteral("displayBaud"));
    m_displayCharset = new QComboBox(display);
    m_displayCharset->setObjectName(QStringLiteral("displayCharset"));
    m_displayCharset->addItem(tr("Accents (code page 858)"), QStringLiteral("pc858"));
    m_displayCharset->addItem(tr("Without accents (ASCII)"), QStringLiteral("ascii"));
    displayForm->addRow(tr("Port"), m_displayPort);
    displayForm->addRow(tr("Speed (baud)"), m_displayBaud);
    displayForm->addRow(tr("Characters"), m_displayCharset);
    auto *displayButtons = new QHBoxLayout;
    auto *saveDisplay = button(tr("Save"), QStringLiteral("saveDisplayButton"), display);
    auto *testDisplay =
        button(tr("Show a test message"), QStringLiteral("testDisplayButton"), display);
    displayButtons->addWidget(saveDisplay);
    displayButtons->addWidget(testDisplay);
    displayButtons->addStretch(1);
    displayForm->addRow(displayButtons);
    columns->addPart(display, 1);
    body()->addWidget(columns);
    saveDisplay->setEnabled(canChange);
    connect(saveDisplay, &QPushButton::clicked, this, &DevicesPage::saveDisplay);
    connect(testDisplay, &QPushButton::clicked, this, &DevicesPage::testDisplay);
    body()->addStretch(1);

    for (QWidget *field : std::initializer_list<QWidget *>{m_scalePort, m_scaleBaud, m_scaleParity,
             m_scaleDataBits, m_scaleProtocol, m_displayPort, m_displayBaud, m_displayCharset})
        field->setEnabled(canChange);
    refresh();
}

DevicesPage::~DevicesPage()
{
    // The port is released before the station's scale takes it back.
    delete m_scale;
    m_scale = nullptr;
    if (m_stationPaused && m_stationScale)
        static_cast<void>(m_stationScale->start());
}

void DevicesPage::setStationScale(core::Scale *scale)
{
    m_stationScale = scale;
}

void DevicesPage::refresh()
{
    const QSettings settings;
    const auto config = ReceiptOutput::Config::fromSettings(
        settings, QStandardPaths::writableLocation(QStandardPaths::AppDataLocation));
    m_receipts->setConfig(config);
    if (!config.escposDevice.isEmpty())
        m_printer->setText(
            tr("ESC/POS printer on %1; the drawer hangs on it.").arg(config.escposDevice));
    else if (!config.escposHost.isEmpty())
        m_printer->setText(tr("ESC/POS printer at %1:%2; the drawer hangs on it.")
                               .arg(config.escposHost)
                               .arg(config.escposPort));
    else if (config.systemPrinter)
        m_printer->setText(tr("The system printer (no cash drawer)."));
    else
        m_printer->setText(tr("No printer: the tickets are saved as PDF files."));
    loadScale();
    loadDisplay();
}

void DevicesPage::loadScale()
{
    const auto settings = core::ScaleSettings::fromSettings(QSettings());
    setPort(m_scalePort, settings.port);
    choose(m_scaleBaud, settings.baud);
    choose(m_scaleParity, core::ScaleSettings::parityKey(settings.parity));
    choose(m_scaleDataBits, settings.dataBits == QSerialPort::Data7 ? 7 : 8);
    choose(m_scaleProtocol, core::scaleProtocolKey(settings.protocol));
}

void DevicesPage::loadDisplay()
{
    const auto settings = core::CustomerDisplaySettings::fromSettings(QSettings());
    setPort(m_displayPort, settings.port);
    choose(m_displayBaud, settings.baud);
    choose(m_displayCharset,
        settings.charset == core::PoleDisplayText::Charset::Ascii ? QStringLiteral("ascii")
                                                                  : QStringLiteral("pc858"));
}

void DevicesPage::printTest()
{
    clearMessage();
    m_receipts->printTest(core::Receipt::forPrinterTest(m_store.site(), m_store.station(),
        m_store.clock().nowUtc().toTimeZone(m_store.timeZone()), m_receipts->config().width));
}

void DevicesPage::openDrawer()
{
    clearMessage();
    if (!m_receipts->hasDrawer()) {
        showError(tr("No cash drawer is connected to this station."));
        return;
    }
    // Core checks the permission and records the opening in the audit trail first.
    const auto allowed = core::CashDrawer(m_store).authorizeOpening(m_actor, std::nullopt);
    if (!allowed) {
        showError(allowed.error());
        return;
    }
    m_receipts->kickDrawer();
}

core::ScaleSettings DevicesPage::scaleSettings() const
{
    core::ScaleSettings settings;
    settings.port = m_scalePort->currentText().trimmed();
    settings.baud = m_scaleBaud->currentData().toInt();
    settings.parity = core::ScaleSettings::parityFromKey(m_scaleParity->currentData().toString())
                          .value_or(QSerialPort::NoParity);
    settings.dataBits =
        m_scaleDataBits->currentData().toInt() == 7 ? QSerialPort::Data7 : QSerialPort::Data8;
    settings.protocol = core::scaleProtocolFromKey(m_scaleProtocol->currentData().toString())
                            .value_or(core::ScaleProtocol::MtSics);
    return settings;
}

void DevicesPage::saveScale()
{
    if (!may(core::Permission::ManageSettings))
        return;
    QSettings settings;
    scaleSettings().save(settings);
    settings.sync();
    showDone(tr("Scale settings saved for this station."));
}

void DevicesPage::connectScale()
{
    clearMessage();
    delete m_scale;
    if (m_stationScale && m_stationScale->isOpen()) {
        m_stationScale->stop();
        m_stationPaused = true;
    }
    m_scale = new core::Scale(scaleSettings(), this);
    connect(m_scale, &core::Scale::readingChanged, this, &DevicesPage::showReading);
    connect(m_scale, &core::Scale::problemOccurred, this,
        [this](core::Scale::Problem, const QString &message) {
            m_reading->setText(message);
            showError(message);
        });
    m_reading->setText(tr("Waiting for the scale…"));
    static_cast<void>(m_scale->start()); // a failure is shown by problemOccurred
}

void DevicesPage::tare()
{
    if (!m_scale) {
        showError(tr("Read the scale first."));
        return;
    }
    const auto tared = m_scale->tare();
    if (!tared)
        showError(tared.error());
}

void DevicesPage::showReading(const core::ScaleReading &reading)
{
    if (reading.status == core::ScaleReading::Status::Tared) {
        showDone(tr("Tare of %1 taken.").arg(core::weight::format(reading.grams)));
        return;
    }
    const QString text = ScaleWeight::describe(reading);
    if (!text.isEmpty())
        m_reading->setText(text);
}

core::CustomerDisplaySettings DevicesPage::displaySettings() const
{
    core::CustomerDisplaySettings display;
    display.port = m_displayPort->currentText().trimmed();
    display.baud = m_displayBaud->currentData().toInt();
    display.charset = m_displayCharset->currentData().toString() == QLatin1String("ascii")
        ? core::PoleDisplayText::Charset::Ascii
        : core::PoleDisplayText::Charset::Pc858;
    return display;
}

void DevicesPage::saveDisplay()
{
    if (!may(core::Permission::ManageSettings))
        return;
    QSettings settings;
    displaySettings().save(settings);
    settings.sync();
    showDone(tr("Customer display settings saved for this station."));
}

void DevicesPage::testDisplay()
{
    clearMessage();
    const core::CustomerDisplaySettings display = displaySettings();
    delete m_display;
    m_display = new core::CustomerDisplay(display, this);
    auto shown = m_display->open();
    if (shown)
        shown = m_display->showWelcome(m_store.site().name);
    if (!shown) {
        showError(shown.error());
        return;
    }
    showDone(tr("The customer display shows the welcome text."));
}

} // namespace recaisse::ui
