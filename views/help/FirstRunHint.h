#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;

namespace rs {

// A speech bubble over the main window that shows a newcomer where to start: pick a role in the navigator, tick its
// grid, review and apply. Shown by itself once (remembered in QSettings) and again from Help › Where to Start.
class FirstRunHint : public QFrame
{
    Q_OBJECT
public:
    // `window` is covered by the bubble; `target` is the widget it points at.
    FirstRunHint(QWidget *window, QWidget *target);

    // Shows the hint unless it was shown before; returns it, or null.
    static FirstRunHint *showOnce(QWidget *window, QWidget *target);
    // Shows the hint now (closing one already showing); remembers that it was shown.
    static FirstRunHint *showNow(QWidget *window, QWidget *target);
    static bool wasShown();
    static void forget(); // the next start shows it again

    QPushButton *closeButton() const { return m_close; }
    QLabel *textLabel() const { return m_text; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void place();
    QString text() const;

    QWidget *m_window;
    QPointer<QWidget> m_target;
    QLabel *m_title;
    QLabel *m_text;
    QPushButton *m_close;
};

} // namespace rs
