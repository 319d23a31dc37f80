#include "SheetActions.h"

#include "GridPanel.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "Workbench.h"
#include "commands/EditSession.h"
#include "commands/WorkspaceDiff.h"
#include "document/Document.h"
#include "formats/Export.h"
#include "formats/ExportJob.h"
#include "formats/Json.h"
#include "formats/RoleSheet.h"
#include "formats/SafeWrite.h"
#include "formats/SheetPdf.h"
#include "formats/XlsxExport.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QInputDialog>
#include <QJsonObject>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QSet>
#include <QSettings>
#include <QStatusBar>

#include <algorithm>

namespace rs {

namespace {

const char kExportFormatKey[] = "export/allFormat";

// The sheet formats of Export All, in the order its format list shows them; the auditors' matrix as CSV comes after
// them, then the xlsx sheets and matrix (last, so that a choice remembered before them stays the same).
constexpr formats::SheetFormat kAllFormats[] = { formats::SheetFormat::Pdf, formats::SheetFormat::Html,
    formats::SheetFormat::Markdown, formats::SheetFormat::Csv, formats::SheetFormat::Json, formats::SheetFormat::Csv,
    formats::SheetFormat::Xlsx, formats::SheetFormat::Xlsx };
constexpr int kMatrixChoice = 5;
constexpr int kMatrixXlsxChoice = 7;

// Replaces the stored workspace on the document's worker and waits for it; the window paints meanwhile.
} // namespace

Status SheetActions::replaceAndWait(Document *document, const Workspace &workspace, const QString &summary)
{
    return document->replace(workspace, summary) ? document->waitForFinished() : document->lastOutcome();
}

SheetActions::SheetActions(const Workbench &bench)
    : QObject(bench.window)
    , m_bench(bench)
    , m_undoImportAction(bench.registry->add(ActionId::UndoImport, tr("Undo &Import")))
{
    m_undoImportAction->setEnabled(false);
    connect(m_undoImportAction, &QAction::triggered, this, &SheetActions::undoImport);
    connect(add(ActionId::ExportSheet, tr("&Export Role Sheet…"), QKeySequence(tr("Ctrl+E"))), &QAction::triggered,
        this, &SheetActions::exportSheet);
    connect(add(ActionId::ExportAll, tr("Export &All…"), QKeySequence(tr("Ctrl+Shift+E"))), &QAction::triggered, this,
        &SheetActions::exportAll);
    connect(add(ActionId::ExportWorkspace, tr("Export &Workspace…"), QKeySequence()), &QAction::triggered, this,
        &SheetActions::exportWorkspace);
    connect(add(ActionId::ExportMatrix, tr("Export Access &Matrix…"), QKeySequence()), &QAction::triggered, this,
        &SheetActions::exportAccessMatrix);
    connect(add(ActionId::ImportFile, tr("&Import…"), QKeySequence(tr("Ctrl+Shift+I"))), &QAction::triggered, this,
        &SheetActions::importFile);
    connect(add(ActionId::PrintSheet, tr("&Print…"), QKeySequence::Print), &QAction::triggered, this,
        &SheetActions::printSheet);
    connect(add(ActionId::PreviewSheet, tr("Print Pre&view…"), QKeySequence(tr("Ctrl+Shift+V"))), &QAction::triggered,
        this, &SheetActions::previewSheet);
}

QAction *SheetActions::add(ActionId id, const QString &text, const QKeySequence &shortcut)
{
    QAction *action = m_bench.registry->add(id, text, shortcut);
    m_actions.append(action);
    return action;
}

void SheetActions::updateActions()
{
    const bool open = m_bench.document->isOpen();
    const bool shown = open && m_bench.session->working().role(m_bench.grid->role());
    for (QAction *a : m_actions) {
        const bool whole = a == m_bench.registry->action(ActionId::ExportAll)
            || a == m_bench.registry->action(ActionId::ExportWorkspace)
            || a == m_bench.registry->action(ActionId::ExportMatrix)
            || a == m_bench.registry->action(ActionId::ImportFile);
        a->setEnabled(whole ? open : shown);
    }
    m_undoImportAction->setEnabled(canUndoImport());
}

void SheetActions::exportSheet()
{
    const Workspace &ws = m_bench.session->working();
    const Role *role = ws.role(m_bench.grid->role());
    if (!role)
        return;
    const QString suggested = role->name + QStringLiteral(".pdf");
    const QString path = Prompts::saveFileName(m_bench.window, tr("Export role sheet"), suggested,
        tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    Result<formats::SheetFormat> format = formats::parseSheetFormat(QFileInfo(path).suffix().toLower());
    if (!format) {
        m_bench.steps->showMessage(tr("Name the file with .pdf, .html, .md, .csv, .xlsx or .json to say which kind of "
                                      "sheet to write."));
        return;
    }
    const std::optional<formats::Overwrite> overwrite = askToReplace(tr("Export role sheet"), { path });
    if (!overwrite)
        return;
    // The sheet shows the grid as it is on screen, staged changes included.
    Result<QByteArray> data = formats::exportRole(ws, *role, format.value(), formats::sheetDate(), dutyBook());
    Status saved = data ? formats::writeFileSafely(path, data.value(), *overwrite) : Status(data.error());
    if (!saved) {
        m_bench.steps->showMessage(saved.error().message);
        return;
    }
    m_bench.window->statusBar()->showMessage(tr("Role sheet of %1 written to %2").arg(role->name, path), 8000);
}

void SheetActions::exportAll()
{
    if (!m_bench.document->isOpen())
        return;
    if (isExporting()) {
        m_bench.window->statusBar()->showMessage(
            tr("Export All is still writing; wait until it is done or cancel it."), 8000);
        return;
    }
    // A copy: a reload from another writer while the progress dialog turns the event loop must not move the roles.
    const Workspace ws = m_bench.session->working();
    const QStringList choices = { tr("PDF role sheets"), tr("HTML role sheets"), tr("Markdown role sheets"),
        tr("CSV role sheets"), tr("JSON role documents"), tr("Auditor matrix: every role × every feature (CSV)"),
        tr("Excel (xlsx) role sheets"), tr("Auditor matrix: every role × every feature (xlsx)") };
    QInputDialog chooser(m_bench.window);
    chooser.setObjectName(QStringLiteral("exportFormat"));
    chooser.setWindowTitle(tr("Export all"));
    chooser.setLabelText(tr("Write every role of %1 as:").arg(ws.name()));
    chooser.setComboBoxItems(choices);
    chooser.setComboBoxEditable(false);
    QSettings settings;
    chooser.setTextValue(
        choices.at(std::clamp(settings.value(QLatin1String(kExportFormatKey)).toInt(), 0, int(choices.size()) - 1)));
    if (Prompts::exec(&chooser) != QDialog::Accepted)
        return;
    const int choice = int(choices.indexOf(chooser.textValue()));
    if (choice < 0)
        return;
    settings.setValue(QLatin1String(kExportFormatKey), choice);
    const QString dir = Prompts::directory(m_bench.window, tr("Export all: choose the folder to write into"));
    if (dir.isEmpty())
        return;
    if (choice == kMatrixChoice || choice == kMatrixXlsxChoice) {
        exportMatrix(ws, dir, kAllFormats[choice]);
        return;
    }
    const std::optional<formats::Overwrite> overwrite
        = askToReplace(tr("Export all"), formats::exportAllPaths(ws, kAllFormats[choice], dir));
    if (!overwrite)
        return;
    // The files are written on a thread of their own: the window paints and scrolls meanwhile, and edits go on
    // staging; the sheets show the workspace as it was when Export All was chosen.
    auto *job = new formats::ExportJob(ws, kAllFormats[choice], dir, formats::sheetDate(), *overwrite, this);
    job->setBeforeFile(m_beforeExportFile);
    job->setDuties(dutyBook());
    m_exportJob = job;
    const int total = job->total();
    auto *progress = new QProgressDialog(m_bench.window); // Qt's own Cancel button, in the user's language
    progress->setRange(0, total);
    progress->setLabelText(tr("Writing role sheets…"));
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowTitle(tr("Export all"));
    progress->setMinimumDuration(0);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    // The export stops between two files: every file it leaves is whole.
    connect(progress, &QProgressDialog::canceled, job, &formats::ExportJob::cancel);
    connect(job, &formats::ExportJob::progressed, progress, [progress, job](int done, int count) {
        progress->setLabelText(tr("Writing role sheet %1 of %2…").arg(done + 1).arg(count));
        progress->setValue(done);
        if (progress->wasCanceled())
            job->cancel();
    });
    connect(job, &formats::ExportJob::finished, this,
        [this, job, progress, total, dir](const Result<QStringList> &written) {
            delete progress;
            job->deleteLater();
            if (!written) {
                m_bench.steps->showMessage(tr("Export stopped: %1").arg(written.error().message));
                return;
            }
            const int count = int(written->size());
            m_bench.window->statusBar()->showMessage(job->isCancelled() && count < total
                    ? tr("Export cancelled: %1 of %n role sheet(s) written to %2.", nullptr, total).arg(count).arg(dir)
                    : tr("%n role sheet(s) written to %1.", nullptr, count).arg(dir),
                8000);
        });
    progress->setValue(0);
    job->start();
}

bool SheetActions::isExporting() const
{
    return m_exportJob && m_exportJob->isRunning();
}

void SheetActions::exportMatrix(const Workspace &ws, const QString &dir, formats::SheetFormat format)
{
    if (!formats::makeOwnerOnlyFolder(dir)) {
        m_bench.steps->showMessage(tr("The folder %1 cannot be created.").arg(dir));
        return;
    }
    QSet<QString> taken;
    writeMatrix(ws,
        QDir(dir).filePath(
            formats::safeFileName(tr("%1 access matrix").arg(ws.name()), formats::formatSuffix(format), taken)),
        format, tr("Export all"));
}

void SheetActions::writeMatrix(
    const Workspace &ws, const QString &path, formats::SheetFormat format, const QString &title)
{
    const std::optional<formats::Overwrite> overwrite = askToReplace(title, { path });
    if (!overwrite)
        return;
    const Result<QByteArray> data = format == formats::SheetFormat::Xlsx
        ? formats::workspaceMatrixXlsx(ws)
        : Result<QByteArray>(formats::workspaceMatrixCsv(ws));
    if (Status s = data ? formats::writeFileSafely(path, data.value(), *overwrite) : Status(data.error()); !s) {
        m_bench.steps->showMessage(s.error().message);
        return;
    }
    m_bench.window->statusBar()->showMessage(
        tr("Access matrix of %n role(s) written to %1.", nullptr, int(formats::rolesToExport(ws).size())).arg(path),
        8000);
}

void SheetActions::exportAccessMatrix()
{
    if (!m_bench.document->isOpen())
        return;
    // The matrix shows the grid as it is on screen, staged changes included, as the role sheets do.
    const Workspace ws = m_bench.session->working();
    QSet<QString> taken;
    const QString title = tr("Export access matrix");
    const QString path = Prompts::saveFileName(m_bench.window, title,
        formats::safeFileName(tr("%1 access matrix").arg(ws.name()), QStringLiteral("xlsx"), taken),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"));
    if (path.isEmpty())
        return;
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")) {
        m_bench.steps->showMessage(tr("Name the file with .xlsx or .csv to say which kind of matrix to write."));
        return;
    }
    writeMatrix(
        ws, path, suffix == QLatin1String("xlsx") ? formats::SheetFormat::Xlsx : formats::SheetFormat::Csv, title);
}

void SheetActions::exportWorkspace()
{
    if (!m_bench.document->isOpen())
        return;
    const Workspace &ws = m_bench.document->stored();
    QSet<QString> taken;
    const QString title = tr("Export workspace");
    const QString path = Prompts::saveFileName(m_bench.window, title,
        formats::safeFileName(ws.name(), QStringLiteral("json"), taken), tr("Rolesheet JSON (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().toLower() != QLatin1String("json")) {
        m_bench.steps->showMessage(tr("Name the file with .json: the workspace is written as a JSON document."));
        return;
    }
    const std::optional<formats::Overwrite> overwrite = askToReplace(title, { path });
    if (!overwrite)
        return;
    const Result<duties::Book> book = m_bench.document->dutyBook();
    if (!book) {
        m_bench.steps->showMessage(book.error().message);
        return;
    }
    if (Status s = formats::writeFileSafely(path, formats::workspaceJson(ws, book.value()), *overwrite); !s) {
        m_bench.steps->showMessage(s.error().message);
        return;
    }
    const int staged = m_bench.session->stagedCount();
    m_bench.window->statusBar()->showMessage(staged
            ? tr("Workspace %1 written to %2, as applied; the %n staged change(s) are not in it.", nullptr, staged)
                  .arg(ws.name(), path)
            : tr("Workspace %1 written to %2.").arg(ws.name(), path),
        8000);
}

std::optional<formats::Overwrite> SheetActions::askToReplace(const QString &title, const QStringList &paths)
{
    // A link is refused before anything is asked: no answer makes Rolesheet write through it.
    if (Status s = formats::checkAllWritable(paths, formats::Overwrite::Replace); !s) {
        m_bench.steps->showMessage(s.error().message);
        return std::nullopt;
    }
    return Prompts::replaceFiles(m_bench.window, title, paths);
}

void SheetActions::importFile()
{
    if (!m_bench.document->isOpen())
        return;
    const QString path
        = Prompts::openFileName(m_bench.window, tr("Import a role, a workspace or a spreadsheet"), QString(),
            tr("Rolesheet JSON, CSV or xlsx (*.json *.csv *.xlsx);;Rolesheet JSON (*.json);;CSV sheets and matrices "
               "(*.csv);;Excel sheets and matrices (*.xlsx);;All files (*)"));
    if (path.isEmpty())
        return;
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)) {
        importCsv(path);
        return;
    }
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_bench.steps->showMessage(tr("Nothing was imported: %1 cannot be read (%2).").arg(name, file.errorString()));
        return;
    }
    const Result<QByteArray> read = formats::readJson(file);
    if (!read) {
        m_bench.steps->showMessage(tr("Nothing was imported from %1: %2").arg(name, read.error().message));
        return;
    }
    const QByteArray &json = read.value();
    // The kind decides what an import does; a malformed file goes to the role reader, which names the line at fault.
    if (formats::jsonObject(json).value(QLatin1String("kind")).toString() == QLatin1String("workspace"))
        importWorkspace(path, json);
    else
        importRole(path, json);
}

void SheetActions::importRole(const QString &path, const QByteArray &json)
{
    EditSession *session = m_bench.session;
    const QString name = QFileInfo(path).fileName();
    // A production role goes into the production picked in the navigator.
    const QJsonObject role = formats::jsonObject(json).value(QLatin1String("role")).toObject();
    const bool productionRole = role.value(QLatin1String("scope")).toString() == QLatin1String("production")
        && !role.value(QLatin1String("template")).toBool();
    const Id production = productionRole ? m_bench.navigator->currentProduction() : 0;
    if (productionRole && !production) {
        m_bench.steps->showMessage(
            tr("Nothing was imported from %1: it holds a production role; pick the production it "
               "is for in the navigator first.")
                .arg(name));
        return;
    }
    const Result<QList<Change>> changes = formats::roleChangesFromJson(session->working(), json, production);
    if (!changes) {
        m_bench.steps->showMessage(tr("Nothing was imported from %1: %2").arg(name, changes.error().message));
        return;
    }
    if (changes->isEmpty())
        return;
    const QString roleName = role.value(QLatin1String("name")).toString();
    QList<Change> applied;
    if (Status s = session->stageAll(tr("Import role %1").arg(roleName), changes.value(), &applied); !s) {
        m_bench.steps->showMessage(tr("Nothing was imported from %1: %2").arg(name, s.error().message));
        return;
    }
    m_bench.navigator->selectRole(applied.first().role);
    m_bench.window->statusBar()->showMessage(
        tr("Role %1 imported from %2 and staged: review it, then apply to keep it.").arg(roleName, name), 8000);
}

void SheetActions::importWorkspace(const QString &path, const QByteArray &json)
{
    const QString name = QFileInfo(path).fileName();
    Result<Workspace> imported = formats::workspaceFromJson(json);
    if (!imported) {
        m_bench.steps->showMessage(tr("Nothing was imported from %1: %2").arg(name, imported.error().message));
        return;
    }
    EditSession *session = m_bench.session;
    Document *document = m_bench.document;
    // A copy: the review compares against it, and Undo Import puts it back.
    Workspace previous = document->stored();
    const QString location = document->location();
    const qint64 version = document->version();
    // The file's ids may differ from the stored ones (an export from elsewhere): the diff matches things by name.
    const WorkspaceDiff diff = diffWorkspaces(previous, imported.value());
    if (diff.aligned == previous) {
        m_bench.steps->showMessage(
            tr("Nothing was imported from %1: it holds the same workspace as %2.").arg(name, previous.name()));
        return;
    }
    const QString text = importQuestion(previous, imported.value(), name, int(session->stagedChanges().size()));
    ReviewDialog review(previous, diff, text, m_bench.window);
    review.setObjectName(QStringLiteral("importReview"));
    if (Prompts::exec(&review) != QDialog::Accepted)
        return;
    // Another writer may have changed the workspace while the review was open: what was reviewed no longer holds.
    if (!document->isOpen() || document->location() != location || document->version() != version) {
        m_bench.steps->showMessage(
            tr("Nothing was imported from %1: the workspace changed while you reviewed the import; "
               "import it again to review the changes as they are now.")
                .arg(name));
        return;
    }
    if (session->hasStagedChanges())
        m_bench.steps->discardChanges();
    // The document reads the workspace back as an open does, with a journal of its own.
    if (Status s = replaceAndWait(document, imported.value()); !s) {
        m_bench.steps->showMessage(tr("Nothing was imported from %1: %2").arg(name, s.error().message));
        return;
    }
    m_importUndo = ImportUndo { location, m_bench.document->version(), name, std::move(previous) };
    updateActions();
    m_bench.window->statusBar()->showMessage(
        tr("Workspace replaced by the one in %1. Edit \u203a Undo Import puts the previous one back.").arg(name), 8000);
}

QString SheetActions::importQuestion(
    const Workspace &stored, const Workspace &imported, const QString &file, int stagedChanges)
{
    QString text = tr("Replace the whole workspace %1 with %2 from %3 (%4, %5)? Everything below changes in one "
                      "step; Edit \u203a Undo Import puts the workspace back as it is now, while this window is open.")
                       .arg(stored.name(), imported.name(), file, tr("%n roles", nullptr, int(imported.roles().size())),
                           tr("%n members", nullptr, int(imported.members().size())));
    if (stagedChanges > 0)
        text += QLatin1Char(' ') + tr("The %n staged changes are dropped.", nullptr, stagedChanges);
    return text;
}

bool SheetActions::canUndoImport() const
{
    const Document *document = m_bench.document;
    return m_importUndo && document->isOpen() && document->location() == m_importUndo->location
        && document->version() == m_importUndo->version;
}

void SheetActions::undoImport()
{
    if (!canUndoImport()) {
        m_importUndo.reset();
        updateActions();
        m_bench.steps->showMessage(
            tr("The import cannot be undone any more: the workspace has changed since, or another one is open."));
        return;
    }
    EditSession *session = m_bench.session;
    if (session->hasStagedChanges()) {
        if (Prompts::question(m_bench.window, tr("Undo import"),
                tr("Undo the import of %1? The %n staged changes are dropped.", nullptr,
                    int(session->stagedChanges().size()))
                    .arg(m_importUndo->file),
                QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
            return;
        m_bench.steps->discardChanges();
    }
    const ImportUndo undo = std::move(*m_importUndo);
    m_importUndo.reset();
    if (Status s = replaceAndWait(m_bench.document, undo.previous); !s) {
        m_importUndo = undo;
        m_bench.steps->showMessage(tr("The import was not undone: %1").arg(s.error().message));
        return;
    }
    updateActions();
    m_bench.window->statusBar()->showMessage(
        tr("Import of %1 undone: the workspace is %2 again, as it was before.").arg(undo.file, undo.previous.name()),
        8000);
}

duties::Book SheetActions::dutyBook() const
{
    // A sheet without its duty rules is still the sheet: rules that cannot be read leave them out.
    const Result<duties::Book> book = m_bench.document->dutyBook();
    return book ? book.value() : duties::Book();
}

void SheetActions::paint(QPrinter *printer)
{
    const Workspace &ws = m_bench.session->working();
    const Role *role = ws.role(m_bench.grid->role());
    if (!role)
        return;
    const formats::SheetPrinter sheets({ formats::RoleSheet::build(ws, *role, formats::sheetDate(), dutyBook()) });
    Result<int> pages = sheets.print(*printer);
    if (!pages)
        m_bench.steps->showMessage(pages.error().message);
}

void SheetActions::printSheet()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_bench.window);
    dialog.setWindowTitle(tr("Print role sheet"));
    if (Prompts::exec(&dialog) != QDialog::Accepted)
        return;
    paint(&printer);
}

void SheetActions::previewSheet()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, m_bench.window);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &SheetActions::paint);
    dialog.resize(900, 800);
    Prompts::exec(&dialog);
}

} // namespace rs
