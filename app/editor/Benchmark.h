#pragma once

namespace rs {

class MainWindow;

// The editor's benchmark on the SPEC §8 stress workspace: it measures and prints, it does not pass or fail.
namespace Benchmark {

// Called first thing in main(): the start of "start to first painted window".
void markStart();
// Makes the stress workspace (once, in the temporary folder), runs a measured editor on it and prints the figures.
int runAll();
// Inside the measured editor: waits for the first paint, then switches roles and toggles cells, prints JSON.
int measure(MainWindow &window);

} // namespace Benchmark
} // namespace rs
