#include "SheetActions.h"

#include "GridPanel.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "commands/EditSession.h"
#include "formats/Export.h"
#include "formats/RoleSheet.h"
#include "formats/SheetPdf.h"
#include "storage/Store.h"

#include <QAction>
#include <QDir>
#include <QFileInfo>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QStatusBar>

namespace rs {

SheetActions::SheetActions(MainWindow *window)
    : QObject(window)
    , m_window(window)
{
    connect(add(QStringLiteral("exportSheet"), tr("&Export Role Sheet…"), QKeySequence(tr("Ctrl+E"))),
        &QAction::triggered, this, &SheetActions::exportSheet);
    connect(add(QStringLiteral("printSheet"), tr("&Print…"), QKeySequence::Print), &QAction::triggered, this,
        &SheetActions::printSheet);
    connect(add(QStringLiteral("previewSheet"), tr("Print Pre&view…"), QKeySequence(tr("Ctrl+Shift+V"))),
        &QAction::triggered, this, &SheetActions::previewSheet);
}

QAction *SheetActions::add(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, m_window);
    action->setObjectName(name);
    action->setShortcut(shortcut);
    m_actions.append(action);
    return action;
}

void SheetActions::updateActions()
{
    const bool shown = m_window->store() && m_window->session()->working().role(m_window->grid()->role());
    for (QAction *a : m_actions)
        a->setEnabled(shown);
}

void SheetActions::exportSheet()
{
    const Workspace &ws = m_window->session()->working();
    const Role *role = ws.role(m_window->grid()->role());
    if (!role)
        return;
    const QString suggested
        = QFileInfo(m_window->store()->location()).absoluteDir().filePath(role->name + QStringLiteral(".pdf"));
    const QString path = Prompts::saveFileName(m_window, tr("Export role sheet"), suggested,
        tr("PDF (*.pdf);;HTML (*.html);;Markdown (*.md);;CSV (*.csv);;JSON (*.json)"));
    if (path.isEmpty())
        return;
    Result<formats::SheetFormat> format = formats::parseSheetFormat(QFileInfo(path).suffix().toLower());
    if (!format) {
        m_window->showMessage(tr("Name the file with .pdf, .html, .md, .csv or .json to say which kind of sheet to "
                                 "write."));
        return;
    }
    // The sheet shows the grid as it is on screen, staged changes included.
    Result<QByteArray> data = formats::exportRole(ws, *role, format.value(), formats::sheetDate());
    Status saved = data ? formats::saveFile(path, data.value()) : Status(data.error());
    if (!saved) {
        m_window->showMessage(saved.error().message);
        return;
    }
    m_window->statusBar()->showMessage(tr("Role sheet of %1 written to %2").arg(role->name, path), 8000);
}

void SheetActions::paint(QPrinter *printer)
{
    const Workspace &ws = m_window->session()->working();
    const Role *role = ws.role(m_window->grid()->role());
    if (!role)
        return;
    const formats::SheetPrinter sheets({ formats::RoleSheet::build(ws, *role, formats::sheetDate()) });
    Result<int> pages = sheets.print(*printer);
    if (!pages)
        m_window->showMessage(pages.error().message);
}

void SheetActions::printSheet()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print role sheet"));
    if (Prompts::exec(&dialog) != QDialog::Accepted)
        return;
    paint(&printer);
}

void SheetActions::previewSheet()
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog dialog(&printer, m_window);
    dialog.setWindowTitle(tr("Print preview"));
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this, &SheetActions::paint);
    dialog.resize(900, 800);
    Prompts::exec(&dialog);
}

} // namespace rs
