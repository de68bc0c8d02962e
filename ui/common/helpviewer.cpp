#include "helpviewer.h"

#include "helpmanual.h"
#include "ui/common/keytext.h"

#include <QAbstractTextDocumentLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace recaisse::ui {

namespace {
constexpr int buttonHeight = 56;
constexpr int contentsWidth = 320;
// Screenshots are rescaled in steps, so that resizing the window does not make one copy per
// pixel.
constexpr int imageWidthStep = 40;
constexpr int DocumentRole = Qt::UserRole;
constexpr int AnchorRole = Qt::UserRole + 1;
} // namespace

HelpViewer::HelpViewer(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("helpViewer"));
    setWindowTitle(tr("Help — ReCaisse manual"));
    setModal(true);
    // Its own look, whatever the window under it: readable type, large targets.
    setStyleSheet(QStringLiteral(
        "#helpViewer { background: #F5F7F5; }"
        "#helpContents { font-size: 13pt; background: #FFFFFF; border: 1px solid #CFD8DC; }"
        "#helpContents::item { min-height: 44px; padding: 2px 4px; }"
        "#helpContents::item:selected { background: #C8E6C9; color: #1B5E20; }"
        "#helpPage { font-size: 13pt; background: #FFFFFF; border: 1px solid #CFD8DC; }"
        "#helpViewer QPushButton { min-height: 48px; padding: 4px 18px; }"
        "#helpMessage { color: #B71C1C; }"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 12, 16, 12);
    layout->setSpacing(10);

    auto *bar = new QHBoxLayout();
    bar->setSpacing(12);
    m_backButton = new QPushButton(tr("◀ Back"), this);
    m_backButton->setObjectName(QStringLiteral("helpBackButton"));
    m_backButton->setToolTip(
        tr("Back to the previous page (%1 or %2)")
            .arg(keyText(QKeySequence(Qt::ALT | Qt::Key_Left)), keyText(Qt::Key_Backspace)));
    auto *home = new QPushButton(tr("Contents"), this);
    home->setObjectName(QStringLiteral("helpContentsButton"));
    home->setToolTip(tr("The list of the manual's documents (%1)")
                         .arg(keyText(QKeySequence(Qt::ALT | Qt::Key_Home))));
    auto *smaller = new QPushButton(tr("A−"), this);
    smaller->setObjectName(QStringLiteral("helpSmallerButton"));
    smaller->setToolTip(tr("Smaller text (%1)").arg(keyText(QKeySequence::ZoomOut)));
    smaller->setAccessibleName(tr("Smaller text"));
    auto *larger = new QPushButton(tr("A+"), this);
    larger->setObjectName(QStringLiteral("helpLargerButton"));
    larger->setToolTip(tr("Larger text (%1)").arg(keyText(QKeySequence::ZoomIn)));
    larger->setAccessibleName(tr("Larger text"));
    auto *close = new QPushButton(tr("Close (%1)").arg(keyText(Qt::Key_Escape)), this);
    close->setObjectName(QStringLiteral("helpCloseButton"));
    for (QPushButton *button : {m_backButton, home, smaller, larger, close}) {
        button->setAutoDefault(false);
        button->setMinimumHeight(buttonHeight);
    }
    auto *title = new QLabel(tr("ReCaisse manual"), this);
    title->setObjectName(QStringLiteral("sectionTitle"));
    bar->addWidget(m_backButton);
    bar->addWidget(home);
    bar->addSpacing(12);
    bar->addWidget(title, 1);
    bar->addWidget(smaller);
    bar->addWidget(larger);
    bar->addSpacing(12);
    bar->addWidget(close);
    layout->addLayout(bar);

    auto *body = new QHBoxLayout();
    body->setSpacing(12);
    m_contents = new QTreeWidget(this);
    m_contents->setObjectName(QStringLiteral("helpContents"));
    m_contents->setHeaderHidden(true);
    m_contents->setColumnCount(1);
    m_contents->setFixedWidth(contentsWidth);
    m_contents->setWordWrap(true);
    m_contents->setIndentation(16);
    m_contents->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_contents->setAccessibleName(tr("Table of contents"));
    m_contents->setToolTip(tr("Table of contents (%1; Tab goes back to the page)")
                               .arg(keyText(QKeySequence(Qt::ALT | Qt::Key_C))));
    body->addWidget(m_contents);

    m_page = new QTextBrowser(this);
    m_page->setObjectName(QStringLiteral("helpPage"));
    m_page->setOpenLinks(false);
    m_page->setOpenExternalLinks(false);
    m_page->setAccessibleName(tr("Page of the manual"));
    body->addWidget(m_page, 1);
    layout->addLayout(body, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("helpMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    layout->addWidget(m_message);

    buildContents();

    connect(m_backButton, &QPushButton::clicked, this, &HelpViewer::back);
    connect(home, &QPushButton::clicked, this, [this] { showTopic(HelpTopic::Contents); });
    connect(smaller, &QPushButton::clicked, m_page, [this] { m_page->zoomOut(1); });
    connect(larger, &QPushButton::clicked, m_page, [this] { m_page->zoomIn(1); });
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_page, &QTextBrowser::anchorClicked, this, [this](const QUrl &link) { open(link); });
    connect(m_contents, &QTreeWidget::currentItemChanged, this,
        [this](QTreeWidgetItem *item) { contentsChosen(item); });
    connect(m_contents, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { contentsChosen(item); });

    // The page keeps Alt+Left and Backspace for its own history: they are taken before it.
    m_page->installEventFilter(this);
    m_contents->installEventFilter(this);
    // The page takes Tab for its links: Alt+C goes to the contents (Tab comes back to the page).
    auto *toContents = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_C), this);
    connect(toContents, &QShortcut::activated, m_contents, [this] { m_contents->setFocus(); });
    auto *contentsKey = new QShortcut(QKeySequence(Qt::ALT | Qt::Key_Home), this);
    connect(contentsKey, &QShortcut::activated, this, [this] { showTopic(HelpTopic::Contents); });
    auto *zoomIn = new QShortcut(QKeySequence::ZoomIn, this);
    connect(zoomIn, &QShortcut::activated, m_page, [this] { m_page->zoomIn(1); });
    auto *zoomOut = new QShortcut(QKeySequence::ZoomOut, this);
    connect(zoomOut, &QShortcut::activated, m_page, [this] { m_page->zoomOut(1); });

    setTabOrder(m_contents, m_page);
    updateButtons();
}

void HelpViewer::buildContents()
{
    HelpManual &manual = HelpManual::instance();
    const QStringList documents = manual.documents();
    for (const QString &name : documents) {
        auto *top = new QTreeWidgetItem(m_contents, {manual.title(name)});
        top->setData(0, DocumentRole, name);
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        // The document's sections (##) and their parts (###); deeper levels only in the page.
        QTreeWidgetItem *section = nullptr;
        const QList<HelpManual::Heading> headings = manual.headings(name);
        for (const HelpManual::Heading &heading : headings) {
            QTreeWidgetItem *parent = nullptr;
            if (heading.level == 2)
                parent = top;
            else if (heading.level == 3)
                parent = section ? section : top;
            if (!parent)
                continue;
            auto *item = new QTreeWidgetItem(parent, {heading.text});
            item->setData(0, DocumentRole, name);
            item->setData(0, AnchorRole, heading.anchor);
            item->setToolTip(0, heading.text);
            if (heading.level == 2)
                section = item;
        }
    }
}

void HelpViewer::showTopic(HelpTopic topic)
{
    const QUrl url = Help::url(topic);
    remember();
    display(url.path(), url.fragment(QUrl::FullyDecoded));
}

bool HelpViewer::open(const QUrl &link)
{
    if (!link.scheme().isEmpty() && link.scheme() != QLatin1String("qrc")) {
        // Offline and without a browser: the address is shown, never opened.
        m_message->setText(tr("This link leads outside the manual: %1").arg(link.toString()));
        m_message->show();
        return false;
    }
    QString document = link.path();
    if (document.startsWith(QLatin1String("/manual/")))
        document = document.mid(8);
    if (document.isEmpty())
        document = m_document;
    const QString anchor = link.fragment(QUrl::FullyDecoded);
    HelpManual &manual = HelpManual::instance();
    if (!manual.document(document) || (!anchor.isEmpty() && !manual.hasAnchor(document, anchor))) {
        m_message->setText(tr("This page of the manual is missing: %1").arg(link.toString()));
        m_message->show();
        return false;
    }
    remember();
    return display(document, anchor);
}

bool HelpViewer::back()
{
    if (m_history.isEmpty())
        return false;
    const Place place = m_history.takeLast();
    display(place.document, place.anchor, place.scroll);
    return true;
}

void HelpViewer::remember()
{
    if (m_document.isEmpty())
        return;
    m_history << Place{m_document, m_anchor, m_page->verticalScrollBar()->value()};
}

bool HelpViewer::display(const QString &document, const QString &anchor, int scroll)
{
    HelpManual &manual = HelpManual::instance();
    QTextDocument *page = manual.document(document);
    if (!page)
        return false;
    m_message->hide();
    if (m_page->document() != page) {
        m_page->setDocument(page);
        m_document = document;
        fitImages();
    }
    m_anchor = anchor;
    // The layout must be complete before the page can be scrolled to a heading far down.
    page->documentLayout()->documentSize();
    if (scroll >= 0)
        m_page->verticalScrollBar()->setValue(scroll);
    else if (anchor.isEmpty())
        m_page->verticalScrollBar()->setValue(0);
    else
        m_page->scrollToAnchor(anchor);
    m_anchorScroll = m_page->verticalScrollBar()->value();
    selectInContents();
    updateButtons();
    return true;
}

void HelpViewer::contentsChosen(QTreeWidgetItem *item)
{
    if (!item || m_syncingContents)
        return;
    const QString document = item->data(0, DocumentRole).toString();
    const QString anchor = item->data(0, AnchorRole).toString();
    if (document == m_document && anchor == m_anchor)
        return;
    remember();
    display(document, anchor);
}

void HelpViewer::selectInContents()
{
    QTreeWidgetItem *best = nullptr;
    for (int i = 0; i < m_contents->topLevelItemCount() && !best; ++i) {
        QTreeWidgetItem *top = m_contents->topLevelItem(i);
        if (top->data(0, DocumentRole).toString() != m_document)
            continue;
        best = top;
        if (m_anchor.isEmpty())
            break;
        QList<QTreeWidgetItem *> pending{top};
        while (!pending.isEmpty()) {
            QTreeWidgetItem *item = pending.takeFirst();
            if (item->data(0, AnchorRole).toString() == m_anchor) {
                best = item;
                break;
            }
            for (int c = 0; c < item->childCount(); ++c)
                pending << item->child(c);
        }
    }
    if (!best)
        return;
    m_syncingContents = true;
    // Only the document being read is unfolded: the list stays short on a small screen.
    for (int i = 0; i < m_contents->topLevelItemCount(); ++i) {
        QTreeWidgetItem *top = m_contents->topLevelItem(i);
        top->setExpanded(top->data(0, DocumentRole).toString() == m_document);
    }
    for (QTreeWidgetItem *up = best->parent(); up; up = up->parent())
        up->setExpanded(true);
    m_contents->setCurrentItem(best);
    m_contents->scrollToItem(best);
    m_syncingContents = false;
}

QString HelpViewer::visibleHeading() const
{
    QTextDocument *page = m_page->document();
    if (!page)
        return {};
    QAbstractTextDocumentLayout *layout = page->documentLayout();
    const int top = m_page->verticalScrollBar()->value();
    const int viewport = m_page->viewport()->height();
    QTextBlock block = m_page->cursorForPosition(QPoint(0, 0)).block();
    // A heading in the upper third of the page is the one the reader sees first (the page
    // cannot scroll a section near the end of a document up to its very top).
    for (QTextBlock next = block; next.isValid(); next = next.next()) {
        const qreal y = layout->blockBoundingRect(next).top() - top;
        if (y > viewport / 3)
            break;
        if (next.blockFormat().headingLevel() > 0)
            return next.text();
    }
    for (; block.isValid(); block = block.previous()) {
        if (block.blockFormat().headingLevel() > 0)
            return block.text();
    }
    return {};
}

void HelpViewer::fitImages()
{
    if (m_document.isEmpty())
        return;
    const int room = m_page->viewport()->width() - 2 * int(m_page->document()->documentMargin())
        - m_page->verticalScrollBar()->sizeHint().width();
    const int width = qMax(imageWidthStep, room / imageWidthStep * imageWidthStep);
    HelpManual::instance().fitImages(m_document, width);
}

void HelpViewer::updateButtons()
{
    m_backButton->setEnabled(canGoBack());
}

QSize HelpViewer::sizeHint() const
{
    // The size of the main window it opens over (a dialog's parent window when opened from a
    // dialog), so that screenshots and text are readable.
    QSize size(1200, 720);
    for (QWidget *w = parentWidget(); w; w = w->parentWidget()) {
        if (w->isWindow() && w->width() >= 800)
            size = w->size();
    }
    if (const QScreen *screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableSize());
    return size;
}

void HelpViewer::present()
{
    if (!isVisible())
        resize(sizeHint());
    show();
    raise();
    activateWindow();
    m_page->setFocus();
}

bool HelpViewer::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Back)
            || (key->key() == Qt::Key_Backspace && key->modifiers() == Qt::NoModifier)) {
            back();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void HelpViewer::resizeEvent(QResizeEvent *event)
{
    QDialog::resizeEvent(event);
    // Rescaled screenshots move the headings: a reader still at the section stays at it.
    const bool atAnchor =
        !m_anchor.isEmpty() && m_page->verticalScrollBar()->value() == m_anchorScroll;
    fitImages();
    if (atAnchor) {
        m_page->scrollToAnchor(m_anchor);
        m_anchorScroll = m_page->verticalScrollBar()->value();
    }
}

void HelpViewer::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    fitImages();
    if (!m_anchor.isEmpty()) {
        m_page->scrollToAnchor(m_anchor);
        m_anchorScroll = m_page->verticalScrollBar()->value();
    }
}

void HelpViewer::hideEvent(QHideEvent *event)
{
    QDialog::hideEvent(event);
    // The keys go back to the screen the reader came from, on every platform.
    if (QWidget *under = parentWidget() ? parentWidget()->window() : nullptr)
        under->activateWindow();
}

} // namespace recaisse::ui
