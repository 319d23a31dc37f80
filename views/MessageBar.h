#pragma once

#include <QFrame>

#include <functional>

class QAction;
class QHBoxLayout;
class QLabel;
class QToolButton;

namespace rs {

// The bar above the window's grid that says why something did not happen. It offers the action that puts it right,
// closes with its button or Escape, and goes away by itself once its cause is gone.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    struct Message
    {
        QString text;
        // What the message is about ("needsProduction", ...): showing another message of the same cause replaces it,
        // and clear(cause) takes it away from the code path that resolved it.
        QString cause;
        // Asked after every edit, selection or workspace change: true once the cause is gone. Without it, the message
        // stays until the next edit.
        std::function<bool()> resolved;
        // Offered as buttons; triggering one leaves the message until its cause is gone.
        QList<QAction *> actions;
    };

    explicit MessageBar(QWidget *parent = nullptr);

    void showMessage(const Message &message);
    // Hides the message; with a cause, only a message of that cause.
    void clear(const QString &cause = QString());
    // Hides the message if its cause is gone. `edited` says that the workspace changed: a message without a
    // predicate goes then.
    void recheck(bool edited);

    QString text() const;
    QString cause() const { return m_message.cause; }
    QLabel *label() const { return m_label; }
    QToolButton *closeButton() const { return m_close; }
    QList<QToolButton *> actionButtons() const { return m_buttons; }

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    Message m_message;
    QLabel *m_label;
    QHBoxLayout *m_buttonRow;
    QList<QToolButton *> m_buttons;
    QToolButton *m_close;
};

} // namespace rs
