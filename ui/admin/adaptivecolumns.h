#pragma once

#include <QList>
#include <QWidget>

class QBoxLayout;
class QLayout;

namespace recaisse::ui::admin {

// Parts of a page side by side when the page is wide enough for all of them, one under the
// other otherwise (a 1024×768 screen): the page then scrolls down, never sideways. It asks for
// the width of its widest part only.
class AdaptiveColumns : public QWidget
{
    Q_OBJECT

public:
    explicit AdaptiveColumns(QWidget *parent = nullptr);

    void addPart(QWidget *part, int stretch = 1);
    // A layout is put in a plain widget of its own.
    void addPart(QLayout *part, int stretch = 1);
    bool sideBySide() const;
    // Decides again after a part's minimum width changed (its text was filled).
    void rearrange();

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void arrange(int width);

    QBoxLayout *m_layout = nullptr;
    QList<QWidget *> m_parts;
};

} // namespace recaisse::ui::admin
