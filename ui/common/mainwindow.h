#pragma once

#include "core/domain.h"

#include <QMainWindow>

#include <optional>

class QLabel;
class QStackedWidget;

namespace recaisse::core {
class Store;
}

namespace recaisse::ui {

class HomeScreen;
class LoginScreen;

// The station's single window: login, then the home screen of whoever logged in, then back.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(core::Store &store, QWidget *parent = nullptr);

    // The application style sheet (touch-sized fonts, calm green palette), from ui's resources.
    static QString styleSheet();

    LoginScreen *loginScreen() const { return m_login; }
    HomeScreen *homeScreen() const { return m_home; }
    const std::optional<core::Actor> &actor() const { return m_actor; }

    // Shows the home screen of someone core has just authenticated.
    void enter(const core::Actor &actor);
    // Back to the login screen.
    void logOut();

private:
    void updateStatus();

    core::Store &m_store;
    std::optional<core::Actor> m_actor;
    QStackedWidget *m_stack = nullptr;
    LoginScreen *m_login = nullptr;
    HomeScreen *m_home = nullptr;
    QLabel *m_stationStatus = nullptr;
    QLabel *m_userStatus = nullptr;
    QLabel *m_sessionStatus = nullptr;
};

} // namespace recaisse::ui
