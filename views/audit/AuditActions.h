#pragma once

#include <QCoreApplication>

namespace rs {

struct Workbench;

// Adds File › Connect to Server… and View › Audit Trail… to a main window's menus.
class AuditActions
{
    Q_DECLARE_TR_FUNCTIONS(rs::AuditActions)

public:
    static void install(const Workbench &bench);
    static void showAuditTrail(const Workbench &bench);
    static void connectToServer(const Workbench &bench);
};

} // namespace rs
