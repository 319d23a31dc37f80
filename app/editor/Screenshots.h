#pragma once

class QString;

namespace rs::Screenshots {

// Builds a small sample workspace in a temporary folder and saves PNGs of the main window and the dialogs into
// `folder`. Run under a real display (Xvfb) by tests/gui/take-screenshots.sh.
int take(const QString &folder);

} // namespace rs::Screenshots
