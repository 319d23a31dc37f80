#pragma once

#include <QString>

namespace rs::bench {

// Whole-process start-up, as a person starts the editor: from the process's start to the window's first paint,
// beside a bare Qt window's process in the same run (the ratio is the figure). Each is a child process of this one.
int runStartFigures(const QString &workspace);
// The child runs: the editor window shown first with `workspace` opening in the background, or a bare QMainWindow;
// each writes one line to stdout at its first paint and quits.
int firstPaintRun(const QString &workspace);
int bareWindowRun();

} // namespace rs::bench
