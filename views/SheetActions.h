#pragma once

#include "ActionRegistry.h"
#include "Workbench.h"
#include "document/Document.h"
#include "domain/Workspace.h"
#include "formats/ExportJob.h"
#include "formats/SafeWrite.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QAction;
class QPrinter;

namespace rs {

class Document;

// Role sheets from the editor: export the shown role or every role in any sheet format, print or preview the shown
// role, and import a role (staged) or a whole workspace (replacing it) from a JSON document.
class SheetActions : public QObject
{
    Q_OBJECT
public:
    explicit SheetActions(const Workbench &bench);

    QList<QAction *> actions() const { return m_actions; }
    // Edit › Undo Import: puts back the workspace a whole-workspace import replaced, while nothing changed it since.
    QAction *undoImportAction() const { return m_undoImportAction; }
    void updateActions();

    void exportSheet();
    // Asks for the format and the folder, then writes every sheet in the background, with progress and Cancel.
    void exportAll();
    bool isExporting() const;
    // The applied workspace as one JSON document, as `rolesheet-cli export-workspace` writes it.
    void exportWorkspace();
    // The auditors' matrix (every role × every feature) as one CSV or xlsx file.
    void exportAccessMatrix();
    // For tests: called on the export's thread before each file Export All writes.
    void setBeforeExportFile(formats::ExportJob::Hook hook) { m_beforeExportFile = std::move(hook); }
    void importFile();
    void printSheet();
    void previewSheet();
    void undoImport();
    // Reads the auditors' matrix, or a role sheet onto the role shown, from a CSV file as a spreadsheet saved it, and
    // stages every changed cell as one undo step; a file with problems stages nothing and lists every problem.
    void importCsv(const QString &path);
    // Puts back the workspace a recorded whole-workspace import replaced, after the review of what that changes.
    void revertImport(const AuditEntry &entry);

    // The question that heads the review of a whole-workspace import of `file`.
    static QString importQuestion(
        const Workspace &stored, const Workspace &imported, const QString &file, int stagedChanges);

private:
    QAction *add(ActionId id, const QString &text, const QKeySequence &shortcut);
    void paint(QPrinter *printer);
    duties::Book dutyBook() const;
    void exportMatrix(const Workspace &ws, const QString &dir, formats::SheetFormat format);
    void writeMatrix(const Workspace &ws, const QString &path, formats::SheetFormat format, const QString &title);
    // Refuses links among `paths` with a message, then asks once about the files already there; nothing when the
    // export must not go on.
    std::optional<formats::Overwrite> askToReplace(const QString &title, const QStringList &paths);
    void importRole(const QString &path, const QByteArray &json);
    void importWorkspace(const QString &path, const QByteArray &json);

    // The workspace as it was before the last whole-workspace import, kept in memory while the window is open: the
    // store keeps no undo across an applied change, so the import keeps its own.
    struct ImportUndo
    {
        QString location;
        qint64 version = 0; // the store's version right after the import; any later change ends the undo
        QString file;
        Workspace previous;
    };
    bool canUndoImport() const;
    // Replaces the stored workspace through the document, the window painting meanwhile.
    static Status replaceAndWait(Document *document, const Workspace &workspace, const QString &summary = QString());

    Workbench m_bench;
    QList<QAction *> m_actions;
    QAction *m_undoImportAction;
    std::optional<ImportUndo> m_importUndo;
    QPointer<formats::ExportJob> m_exportJob;
    formats::ExportJob::Hook m_beforeExportFile;
};

} // namespace rs
