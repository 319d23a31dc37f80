#include "WhenPainted.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>
#include <QWindow>

namespace rs {

namespace {

// Waits for the window to be shown, then for its native window to be exposed (the first paint is done while the
// expose event is handled), and calls back at the next turn of the event loop.
class PaintWatcher : public QObject
{
public:
    PaintWatcher(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        m_window->installEventFilter(this);
        watchNativeWindow();
    }

    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_window && event->type() == QEvent::Show)
            watchNativeWindow();
        else if (watched == m_window->windowHandle() && event->type() == QEvent::Expose)
            QTimer::singleShot(0, this, &PaintWatcher::fireIfExposed); // after the expose is handled and painted
        return false;
    }

    void fireIfExposed()
    {
        if (m_fired || !m_window->isVisible() || !m_window->windowHandle() || !m_window->windowHandle()->isExposed())
            return;
        m_fired = true;
        QTimer::singleShot(0, m_window, m_then);
        deleteLater();
    }

private:
    void watchNativeWindow()
    {
        if (QWindow *native = m_window->windowHandle()) {
            native->installEventFilter(this);
            if (native->isExposed())
                QTimer::singleShot(0, this, &PaintWatcher::fireIfExposed);
        }
    }

    QWidget *m_window;
    std::function<void()> m_then;
    bool m_fired = false;
};

} // namespace

void whenPainted(QWidget *window, std::function<void()> then)
{
    new PaintWatcher(window->window(), std::move(then));
}

} // namespace rs
