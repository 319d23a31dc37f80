#pragma once

#include <QCoreApplication>

namespace rs {

class MainWindow;

// Adds File › Connect to Server… and View › Audit Trail… to a main window's menus.
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(rs::AuditActions)

public:
    static void install(MainWindow *window);
    static void showAuditTrail(MainWindow *window);
    static void connectToServer(MainWindow *window);
};

} // namespace rs
