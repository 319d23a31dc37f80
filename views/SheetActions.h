#pragma once

#include "domain/Workspace.h"
#include "formats/SafeWrite.h"

#include <QObject>

#include <optional>

class QAction;
class QPrinter;

namespace rs {

class MainWindow;

// Role sheets from the editor: export the shown role or every role in any sheet format, print or preview the shown
// role, and import a role (staged) or a whole workspace (replacing it) from a JSON document.
class SheetActions : public QObject
{
    Q_OBJECT
public:
    explicit SheetActions(MainWindow *window);

    QList<QAction *> actions() const { return m_actions; }
    void updateActions();

    void exportSheet();
    void exportAll();
    void importFile();
    void printSheet();
    void previewSheet();

private:
    QAction *add(const QString &name, const QString &text, const QKeySequence &shortcut);
    void paint(QPrinter *printer);
    void exportMatrix(const Workspace &ws, const QString &dir);
    // Refuses links among `paths` with a message, then asks once about the files already there; nothing when the
    // export must not go on.
    std::optional<formats::Overwrite> askToReplace(const QString &title, const QStringList &paths);
    void importRole(const QString &path, const QByteArray &json);
    void importWorkspace(const QString &path, const QByteArray &json);

    MainWindow *m_window;
    QList<QAction *> m_actions;
};

} // namespace rs
