#pragma once

#include <functional>

class QWidget;

namespace rs {

// Calls `then` from the event loop once `window` is on screen and painted: after its first expose when it is not
// shown yet, or at the next turn of the event loop when it already is. Never called once `window` is gone.
void whenPainted(QWidget *window, std::function<void()> then);

} // namespace rs
