#include "helpmanual.h"

#include <QDir>
#include <QFile>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QTextList>
#include <QUrl>

#include <algorithm>

namespace recaisse::ui {

namespace {

const QString manualRoot = QStringLiteral(":/manual/");
const QString capturesFolder = QStringLiteral(":/manual/captures");

// The contents page, then the cashier's manual and the training, then the back office.
const char *const readingOrder[] = {"README.md", "caisse.md", "formation.md", "administration.md",
    "synchronisation.md", "kit-de-secours.md", "exports-ecologic.md", "eco-organismes.md",
    "depannage.md", "installation.md", "ligne-de-commande.md"};

QString resourcePath(const QString &source)
{
    const QUrl url = QUrl(QStringLiteral("qrc:/manual/")).resolved(QUrl(source));
    return url.scheme() == QLatin1String("qrc") ? QLatin1Char(':') + url.path() : QString();
}

} // namespace

HelpManual &HelpManual::instance()
{
    static HelpManual *manual = new HelpManual(qApp);
    return *manual;
}

HelpManual::HelpManual(QObject *parent)
    : QObject(parent)
{
    for (const char *name : readingOrder) {
        if (QFile::exists(manualRoot + QLatin1String(name)))
            m_order << QString::fromLatin1(name);
    }
    // A page added to docs/ later is read too, after the known ones.
    const QStringList others =
        QDir(manualRoot).entryList({QStringLiteral("*.md")}, QDir::Files, QDir::Name);
    for (const QString &name : others) {
        if (!m_order.contains(name))
            m_order << name;
    }
    for (const QString &name : std::as_const(m_order))
        load(name);
}

void HelpManual::load(const QString &name)
{
    QFile file(manualRoot + name);
    if (!file.open(QIODevice::ReadOnly))
        return;
    Page page;
    page.document = new QTextDocument(this);
    page.document->setBaseUrl(QUrl(QStringLiteral("qrc:/manual/")));
    page.document->setDocumentMargin(24);
    page.document->setMarkdown(
        QString::fromUtf8(file.readAll()), QTextDocument::MarkdownDialectGitHub);

    // The headings get GitHub's anchors ("se-connecter", "se-connecter-1" for a second one).
    QHash<QString, int> seen;
    for (QTextBlock block = page.document->begin(); block.isValid(); block = block.next()) {
        const int level = block.blockFormat().headingLevel();
        if (level <= 0)
            continue;
        const QString base = anchorFor(block.text());
        const int count = seen.value(base);
        seen.insert(base, count + 1);
        const QString anchor = count == 0 ? base : base + QLatin1Char('-') + QString::number(count);
        QTextCursor cursor(block);
        cursor.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
        QTextCharFormat format;
        format.setAnchor(true);
        format.setAnchorNames({anchor});
        cursor.mergeCharFormat(format);
        page.headings << Heading{name, anchor, block.text(), level};
    }

    // Inline code and code blocks come in the system's fixed font at its own size: they take
    // the page's size instead, so that they follow it (and the A+ / A− buttons).
    QList<QTextFragment> code;
    for (QTextBlock block = page.document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            if (format.fontFixedPitch()
                && (format.hasProperty(QTextFormat::FontPointSize)
                    || format.hasProperty(QTextFormat::FontPixelSize)))
                code << it.fragment();
        }
    }
    for (const QTextFragment &fragment : std::as_const(code)) {
        QTextCharFormat format = fragment.charFormat();
        format.clearProperty(QTextFormat::FontPointSize);
        format.clearProperty(QTextFormat::FontPixelSize);
        QTextCursor cursor(page.document);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        cursor.setCharFormat(format);
    }

    // Screenshots the build did not embed are replaced by their description.
    QList<QTextFragment> missing;
    for (QTextBlock block = page.document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.isValid() || !fragment.charFormat().isImageFormat())
                continue;
            const QString source = fragment.charFormat().toImageFormat().name();
            const QString path = resourcePath(source);
            if (!m_originals.contains(source)) {
                QImage image(path);
                if (!image.isNull())
                    m_originals.insert(source, image);
            }
            if (m_originals.contains(source))
                page.images << Image{fragment.position(), source};
            else
                missing << fragment;
        }
    }
    std::reverse(missing.begin(), missing.end());
    for (const QTextFragment &fragment : std::as_const(missing)) {
        const QString alt = fragment.charFormat().property(QTextFormat::ImageAltText).toString();
        QTextCursor cursor(page.document);
        cursor.setPosition(fragment.position());
        cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
        QTextCharFormat italic;
        italic.setFontItalic(true);
        italic.setForeground(QColor(0x54, 0x6E, 0x7A));
        cursor.insertText(tr("[Screenshot: %1]").arg(alt), italic);
    }
    // Positions moved when missing images became text: find the remaining images again.
    if (!missing.isEmpty()) {
        page.images.clear();
        for (QTextBlock block = page.document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextFragment fragment = it.fragment();
                if (fragment.isValid() && fragment.charFormat().isImageFormat())
                    page.images << Image{
                        fragment.position(), fragment.charFormat().toImageFormat().name()};
            }
        }
    }
    page.document->setModified(false);
    m_pages.insert(name, page);
}

QTextDocument *HelpManual::document(const QString &name) const
{
    return m_pages.value(name).document;
}

QString HelpManual::title(const QString &name) const
{
    const QList<Heading> all = headings(name);
    return all.isEmpty() ? name : all.first().text;
}

QList<HelpManual::Heading> HelpManual::headings(const QString &name) const
{
    return m_pages.value(name).headings;
}

bool HelpManual::hasAnchor(const QString &name, const QString &anchor) const
{
    const QList<Heading> all = headings(name);
    return std::any_of(all.cbegin(), all.cend(),
        [&anchor](const Heading &heading) { return heading.anchor == anchor; });
}

bool HelpManual::hasScreenshots() const
{
    return !QDir(capturesFolder).isEmpty();
}

void HelpManual::fitImages(const QString &name, int width)
{
    auto it = m_pages.find(name);
    if (it == m_pages.end() || it->images.isEmpty() || width <= 0 || it->fittedWidth == width)
        return;
    it->fittedWidth = width;
    QTextCursor cursor(it->document);
    cursor.beginEditBlock();
    for (const Image &image : std::as_const(it->images)) {
        const QImage &original = m_originals[image.source];
        // An image in a list item starts further right: it has that much less room.
        const QTextBlock block = it->document->findBlock(image.position);
        qreal indent = block.blockFormat().indent() * it->document->indentWidth()
            + block.blockFormat().leftMargin();
        if (const QTextList *list = block.textList())
            indent += list->format().indent() * it->document->indentWidth();
        const int room = qMax(80, width - int(indent));
        // Scaled here, smoothly, rather than by the painter: the screens' small type stays
        // readable.
        const QImage fitted = original.width() > room
            ? original.scaledToWidth(room, Qt::SmoothTransformation)
            : original;
        // An absolute address of its own: the document looks its resources up by the address
        // resolved against its base, and this one resolves to itself.
        const QUrl url(QStringLiteral("help-image:/%1/%2").arg(width).arg(image.source));
        it->document->addResource(QTextDocument::ImageResource, url, fitted);
        cursor.setPosition(image.position);
        cursor.setPosition(image.position + 1, QTextCursor::KeepAnchor);
        QTextImageFormat format = cursor.charFormat().toImageFormat();
        if (!format.isValid())
            continue;
        format.setName(url.toString());
        format.setWidth(fitted.width());
        format.setHeight(fitted.height());
        cursor.setCharFormat(format);
    }
    cursor.endEditBlock();
    it->document->setModified(false);
}

QString HelpManual::anchorFor(const QString &heading)
{
    QString anchor;
    anchor.reserve(heading.size());
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('_') || c == QLatin1Char('-'))
            anchor += c;
        else if (c == QLatin1Char(' '))
            anchor += QLatin1Char('-');
    }
    return anchor;
}

} // namespace recaisse::ui
