#pragma once

#include <QCoreApplication>
#include <QSize>
#include <QString>

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

class MainWindow;

// The tour behind `recaisse --screenshots DIR`: brings the main window to every screen (logging
// the demo people in, opening a session, keying a sale, closing the register), saves each one
// as DIR/<name>.png, then the admin panel's pages (adminscreenshots.h). It works on the store
// it is given, which must be a copy: it records tickets and opens and closes a session.
//
// Every screen must fit the requested size: one whose minimum size is larger fails the tour
// (a message naming the screen on standard error), instead of a picture of a grown window.
class ScreenshotTour
{
    Q_DECLARE_TR_FUNCTIONS(ScreenshotTour)

public:
    ScreenshotTour(core::Store &store, MainWindow &window);

    // Sends receipts to PDF files under scratchFolder instead of the station's printers, and
    // shows the sync badge as the worker would from the station's sync state.
    void prepareWindow(const QString &scratchFolder);

    // Renders every screen at size into dir; prints each file written on standard output and
    // each failure on standard error. False when a screen failed, did not fit or was not saved.
    bool run(const QString &dir, QSize size);

    // "1920x1080" -> 1920×1080; an invalid size otherwise.
    static QSize parseSize(const QString &text);

private:
    core::Store &m_store;
    MainWindow &m_window;
};

} // namespace recaisse::ui
