#pragma once

#include <QCoreApplication>

namespace rs {

struct Workbench;

// How a workspace comes to be open: at start (the file named, the newest of Open Recent, the one at the default
// location, or else the welcome) and from File › New.
class Welcome
{
    Q_DECLARE_TR_FUNCTIONS(rs::Welcome)

public:
    // The file the editor opens when none is named: the newest file of Open Recent that is still there, else the
    // default location (which may not exist yet).
    static QString startLocation();
    // Opens `named` (or startLocation() when empty) in `window`. When there is no workspace there, the welcome asks
    // for the studio's and the owner's names and creates it, or opens another workspace; it comes back after a
    // cancelled Open or Connect. False when the person quit from the welcome: nothing was written.
    static bool start(const Workbench &bench, const QString &named);
    // File › New: the welcome, then where to save the new workspace.
    static void newWorkspace(const Workbench &bench);
};

} // namespace rs
