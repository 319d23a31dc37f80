// Imports that read back what Rolesheet wrote: a CSV matrix or role sheet staged cell by cell, and a recorded
// whole-workspace import reverted from the audit trail.
#include "SheetActions.h"

#include "GridPanel.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "Workbench.h"
#include "commands/EditSession.h"
#include "commands/WorkspaceDiff.h"
#include "document/Document.h"
#include "formats/AuditCsv.h"
#include "formats/XlsxRead.h"
#include "formats/CsvImport.h"

#include <QFileInfo>
#include <QLocale>
#include <QStatusBar>

namespace rs {

void SheetActions::importCsv(const QString &path)
{
    EditSession *session = m_bench.session;
    const QString name = QFileInfo(path).fileName();
    const Result<QByteArray> bytes = formats::readSheetFile(path);
    if (!bytes) {
        m_bench.steps->showMessage(tr("Nothing was imported from %1: %2").arg(name, bytes.error().message));
        return;
    }
    const Workspace &ws = session->working();
    const bool sheet = formats::isRoleSheetCsv(bytes.value());
    const Role *role = sheet ? ws.role(m_bench.grid->role()) : nullptr;
    if (sheet && !role) {
        m_bench.steps->showMessage(
            tr("Nothing was imported from %1: it is a role sheet; show the role it is for first.").arg(name));
        return;
    }
    // Read against what the grid shows, staged changes included: a cell differs from what the user sees.
    const Result<QList<Change>> changes = sheet ? formats::stagedFromSheetCsv(ws, *role, bytes.value())
                                                : formats::stagedFromMatrixCsv(ws, bytes.value());
    if (!changes) {
        const QStringList problems = changes.error().message.split(QLatin1Char('\n'));
        Prompts::warning(m_bench.window, tr("Import %1").arg(name),
            tr("Nothing was imported from %1: %n problems were found. Every one is listed below, each with its cell; "
               "correct them in the spreadsheet and import it again.",
                nullptr, int(problems.size()))
                .arg(name),
            problems.join(QLatin1Char('\n')));
        return;
    }
    if (changes->isEmpty()) {
        m_bench.window->statusBar()->showMessage(sheet
                ? tr("%1 matches the role %2 as shown: nothing to stage.").arg(name, role->name)
                : tr("%1 matches the workspace as shown: nothing to stage.").arg(name),
            8000);
        return;
    }
    const QString text = sheet ? tr("Import %1 onto %2").arg(name, role->name) : tr("Import %1").arg(name);
    if (Status s = session->stageAll(text, changes.value()); !s) {
        m_bench.steps->showMessage(tr("Nothing was imported from %1: %2").arg(name, s.error().message));
        return;
    }
    m_bench.window->statusBar()->showMessage(
        tr("%n changed cells staged from %1: review them, then apply to keep them; "
           "Edit \u203a Undo takes them all back.",
            nullptr, int(changes->size()))
            .arg(name),
        10000);
}

void SheetActions::revertImport(const AuditEntry &entry)
{
    Document *document = m_bench.document;
    if (!document->isOpen() || !entry.keepsReplacedWorkspace())
        return;
    // What the record keeps is used only once the audit trail's hash chain vouches for it.
    const Result<AuditEntry> verified = document->keptImport(entry.version);
    if (!verified) {
        m_bench.steps->showMessage(tr("The import was not reverted: %1").arg(verified.error().message));
        return;
    }
    Result<Workspace> previous = formats::replacedWorkspace(verified.value());
    if (!previous) {
        m_bench.steps->showMessage(
            tr("The import was not reverted: the workspace kept in the audit trail cannot be read "
               "(%1).")
                .arg(previous.error().message));
        return;
    }
    const Workspace current = document->stored();
    const QString location = document->location();
    const qint64 version = document->version();
    const WorkspaceDiff diff = diffWorkspaces(current, previous.value());
    if (diff.aligned == current) {
        m_bench.steps->showMessage(tr("Nothing to revert: the workspace is already as it was before that import."));
        return;
    }
    const QString when = QLocale().toString(entry.at.toLocalTime(), QLocale::ShortFormat);
    QString question = tr("Revert the import of %1 (version %2): put back the workspace %3 as it was before it? "
                          "Everything below changes in one step.")
                           .arg(when, QString::number(entry.version), previous->name());
    if (const qint64 later = version - entry.version; later > 0)
        question += QLatin1Char(' ')
            + tr("The %n changes applied since that import are undone with it.", nullptr, int(later));
    if (const int staged = int(m_bench.session->stagedChanges().size()); staged > 0)
        question += QLatin1Char(' ') + tr("The %n staged changes are dropped.", nullptr, staged);
    ReviewDialog review(current, diff, question, m_bench.window);
    review.setObjectName(QStringLiteral("revertReview"));
    if (Prompts::exec(&review) != QDialog::Accepted)
        return;
    if (!document->isOpen() || document->location() != location || document->version() != version) {
        m_bench.steps->showMessage(
            tr("The import was not reverted: the workspace changed while you reviewed it; revert "
               "it again to review the changes as they are now."));
        return;
    }
    if (m_bench.session->hasStagedChanges())
        m_bench.steps->discardChanges();
    const QString summary = formats::revertedImportSummary(entry.version);
    if (Status s = replaceAndWait(document, previous.value(), summary); !s) {
        m_bench.steps->showMessage(tr("The import was not reverted: %1").arg(s.error().message));
        return;
    }
    m_importUndo.reset();
    updateActions();
    m_bench.window->statusBar()->showMessage(
        tr("Import reverted: the workspace is %1 again, as it was before version %2.")
            .arg(previous->name(), QString::number(entry.version)),
        8000);
}

} // namespace rs
