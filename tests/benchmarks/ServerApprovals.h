#pragma once

#include <QString>

namespace rs {
class MainWindow;
}

namespace rs::bench {

class DelayProxy;

// Approval requests over the delaying proxy, in the editor `window` that runServerStalls() opened through it on the
// studio workspace: filing a request from the window's document, approving it as another login (a second document
// through the same proxy) and applying it from the window, each with its round trips, its time from the ask to the
// answer shown, and the UI thread's longest stall. `direct`: the workspace's address on the server itself; `slow`:
// through the proxy; `pgState`: the fixture's folder (its private socket creates the approver's login). Prints the
// figures; returns 0 when it measured, 2 when it could not.
int runApprovalFigures(
    MainWindow &window, DelayProxy &proxy, const QString &direct, const QString &slow, const QString &pgState);

} // namespace rs::bench
