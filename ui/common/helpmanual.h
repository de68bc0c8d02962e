#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QImage>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTextDocument;

namespace recaisse::ui {

// The French manual embedded in the program: the Markdown files of docs/ under :/manual/ and
// the screenshots the build renders under :/manual/captures/. Each file becomes a rich-text
// document whose headings carry the anchors GitHub gives them, so that the links between the
// files work the same here and on the forge.
class HelpManual : public QObject
{
    Q_OBJECT

public:
    struct Heading
    {
        QString document; // "caisse.md"
        QString anchor; // "se-connecter"
        QString text; // "Se connecter"
        int level = 0; // 1 for "#", 2 for "##"…
    };

    // The manual shared by every viewer, read the first time it is asked for.
    static HelpManual &instance();

    // The files in reading order, the contents page (README.md) first.
    QStringList documents() const { return m_order; }
    // The document of a file, or nullptr for a file the manual does not have.
    QTextDocument *document(const QString &name) const;
    // The document's title: its first heading.
    QString title(const QString &name) const;
    QList<Heading> headings(const QString &name) const;
    bool hasAnchor(const QString &name, const QString &anchor) const;
    // Whether the build embedded the screenshots (RECAISSE_MANUAL_SCREENSHOTS).
    bool hasScreenshots() const;

    // Scales the document's screenshots to the width of its text, width pixels less their
    // indentation (never above their own size), smoothly, as the viewer's page narrows or widens.
    void fitImages(const QString &name, int width);

    // The anchor of a heading as GitHub makes it: lower case, letters, digits, spaces, '-' and
    // '_' kept, spaces to '-'.
    static QString anchorFor(const QString &heading);

private:
    explicit HelpManual(QObject *parent = nullptr);
    void load(const QString &name);

    struct Image
    {
        int position = 0;
        QString source;
    };
    struct Page
    {
        QTextDocument *document = nullptr;
        QList<Heading> headings;
        QList<Image> images;
        int fittedWidth = 0;
    };

    QStringList m_order;
    QHash<QString, Page> m_pages;
    QHash<QString, QImage> m_originals; // by image source, full size
};

} // namespace recaisse::ui
