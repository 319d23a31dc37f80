#pragma once

#include <QString>

namespace rs {

class MainWindow;

// The editor's figures on the SPEC §8 stress workspace: they are measured and printed, nothing passes or fails.
namespace bench {

// Called first thing in main(): the start of "start to first painted window".
void markStart();
// Makes the stress workspace (once, in the temporary folder), runs a measured editor on it in a fresh process
// (bench-editor --run FILE) and prints the figures.
int runEditorFigures();
// The stress workspace the figures open, generated once into the temporary folder.
QString stressWorkspacePath();
// Inside the measured process: waits for the first paint, then switches roles and toggles cells, prints JSON.
int measureEditor(MainWindow &window);

} // namespace bench
} // namespace rs
