#pragma once

#include "helptopics.h"

#include <QDialog>
#include <QList>
#include <QUrl>

class QLabel;
class QPushButton;
class QTextBrowser;
class QTreeWidget;
class QTreeWidgetItem;

namespace recaisse::ui {

// The manual, inside the program and offline: the table of contents on the left, the page on
// the right, big buttons for a touch screen (Back, Contents, text size, Close). Everything is
// reachable from the keyboard: Alt+C to the contents and arrows there, Tab to the page and its
// links, Alt+Left or Backspace to go back, Alt+Home to the contents page, Escape to close.
class HelpViewer : public QDialog
{
    Q_OBJECT

public:
    explicit HelpViewer(QWidget *parent = nullptr);

    // Shows the section of the manual that explains a screen.
    void showTopic(HelpTopic topic);
    // Follows a link of the manual: "caisse.md#encaisser", "#encaisser", "caisse.md". Returns
    // false (and says so under the page) for a file or a section the manual does not have.
    bool open(const QUrl &link);
    // Back to where the reader was before the last link, topic or contents entry.
    bool back();
    bool canGoBack() const { return !m_history.isEmpty(); }
    // Sized after the window it opens over, then shown and brought to the front.
    void present();

    QString currentDocument() const { return m_document; }
    QString currentAnchor() const { return m_anchor; }
    // The heading of the section shown at the top of the page: what the reader sees first.
    QString visibleHeading() const;
    QTextBrowser *page() const { return m_page; }
    QTreeWidget *contents() const { return m_contents; }

    QSize sizeHint() const override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Place
    {
        QString document;
        QString anchor;
        int scroll = 0;
    };

    void buildContents();
    // Shows a document at an anchor (its top when empty) without touching the history.
    bool display(const QString &document, const QString &anchor, int scroll = -1);
    void remember();
    void contentsChosen(QTreeWidgetItem *item);
    void selectInContents();
    void fitImages();
    void updateButtons();

    QTreeWidget *m_contents = nullptr;
    QTextBrowser *m_page = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_backButton = nullptr;
    QString m_document;
    QString m_anchor;
    QList<Place> m_history;
    int m_anchorScroll = -1; // where the page was put for m_anchor
    bool m_syncingContents = false;
};

} // namespace recaisse::ui
