#pragma once

#include <QObject>

class QLabel;
class QMainWindow;
class QProgressBar;
class QProgressDialog;
class QTimer;

namespace rs {

class Document;

// Says what the document's worker is doing: a busy bar in the status bar at once and, when the work takes long, a
// dialog that leaves the window usable and cancels what can be cancelled. Neither blocks the window.
class WorkProgress : public QObject
{
    Q_OBJECT
public:
    WorkProgress(Document *document, QMainWindow *window);

    // How long work runs before the dialog shows, in milliseconds.
    void setDialogDelay(int milliseconds);
    QProgressDialog *dialog() const { return m_dialog; }

Q_SIGNALS:
    // The dialog's Cancel was pressed.
    void cancelRequested();

private:
    void started();
    void stopped();
    void showDialog();

    Document *m_document;
    QMainWindow *m_window;
    QLabel *m_label;
    QProgressBar *m_bar;
    QProgressDialog *m_dialog = nullptr;
    QTimer *m_delay;
};

} // namespace rs
