#pragma once

#include <QObject>

class QAction;
class QPrinter;

namespace rs {

class MainWindow;

// Role sheets from the editor: export the shown role in any sheet format, print it, or preview the print.
class SheetActions : public QObject
{
    Q_OBJECT
public:
    explicit SheetActions(MainWindow *window);

    QList<QAction *> actions() const { return m_actions; }
    void updateActions();

    void exportSheet();
    void printSheet();
    void previewSheet();

private:
    QAction *add(const QString &name, const QString &text, const QKeySequence &shortcut);
    void paint(QPrinter *printer);

    MainWindow *m_window;
    QList<QAction *> m_actions;
};

} // namespace rs
