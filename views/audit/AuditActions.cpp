#include "AuditActions.h"

#include "AuditDialog.h"
#include "ConnectDialog.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "SheetActions.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "login/ServerLogin.h"
#include "storage/Store.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace rs {

namespace {

// Staged changes are applied, dropped or kept (and nothing opened), as when another file is opened.
bool leaveStaged(MainWindow *window)
{
    if (!window->session()->hasStagedChanges())
        return true;
    const auto answer = Prompts::question(window, AuditActions::tr("Staged changes"),
        AuditActions::tr("Some changes are staged but not applied (%1 in all). Apply them before connecting?")
            .arg(window->session()->stagedChanges().size()),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return window->applyChanges().ok();
    if (answer == QMessageBox::Discard) {
        window->discardChanges();
        return true;
    }
    return false;
}

} // namespace

void AuditActions::install(MainWindow *window)
{
    ActionRegistry *registry = window->registry();
    if (registry->action(ActionId::AuditTrail))
        return;
    QAction *connectAction = registry->add(ActionId::ConnectServer, tr("&Connect to Server…"));
    connectAction->setToolTip(tr("Open a workspace shared on a PostgreSQL server"));
    QObject::connect(connectAction, &QAction::triggered, window, [window]() { connectToServer(window); });
    if (QMenu *file = registry->menu(MenuId::File)) {
        // After Open and Open Recent.
        const QList<QAction *> items = file->actions();
        qsizetype at = items.indexOf(registry->action(ActionId::Open)) + 1;
        if (at < items.size() && items.at(at)->menu())
            ++at;
        file->insertAction(items.value(at), connectAction);
        // Forgets the password the system keyring keeps for the server the window is connected to.
        QAction *forget = registry->add(ActionId::ForgetPassword, tr("&Forget Server Password"));
        forget->setToolTip(tr("Remove this server's password from the system keyring; the next connection asks"));
        QObject::connect(forget, &QAction::triggered, window, [window]() {
            if (window->document()->isOpen() && Store::isPostgres(window->document()->location()))
                window->showMessage(ServerLogin::forget(window->document()->location()));
        });
        QObject::connect(file, &QMenu::aboutToShow, forget, [window, forget]() {
            forget->setEnabled(window->document()->isOpen() && Store::isPostgres(window->document()->location()));
        });
        file->insertAction(items.value(at), forget);
    }

    QAction *audit = registry->add(ActionId::AuditTrail, tr("&Audit Trail…"), QKeySequence(tr("Ctrl+Shift+T")));
    audit->setToolTip(tr("Every applied change: when, who, and what it altered"));
    QObject::connect(audit, &QAction::triggered, window, [window]() { showAuditTrail(window); });
    QMenu *view = registry->menu(MenuId::View);
    if (!view) {
        view = new QMenu(tr("&View"), window->menuBar());
        view->setObjectName(QStringLiteral("viewMenu"));
        QMenu *help = registry->menu(MenuId::Help);
        window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, view);
        registry->addMenu(MenuId::View, view);
    }
    view->addAction(audit);
}

void AuditActions::showAuditTrail(MainWindow *window)
{
    if (!window->document()->isOpen()) {
        Prompts::information(window, tr("Audit trail"), tr("Open a workspace to see its audit trail."));
        return;
    }
    std::optional<AuditEntry> revert;
    {
        AuditDialog dialog(*window->document(), window);
        Prompts::exec(&dialog);
        revert = dialog.revertRequest();
    }
    // Once the dialog is gone: reverting reopens the workspace, and the dialog reads the store it was given.
    if (revert)
        window->sheetActions()->revertImport(*revert);
}

void AuditActions::connectToServer(MainWindow *window)
{
    if (!leaveStaged(window))
        return;
    ConnectDialog dialog(window);
    if (Prompts::exec(&dialog) != QDialog::Accepted || dialog.address().isEmpty())
        return;
    const QString address = dialog.address();
    if (Status s = window->openWorkspace(address); !s) {
        Prompts::warning(window, tr("Connect to server"), s.error().message);
        return;
    }
    ConnectDialog::rememberAddress(address);
}

} // namespace rs
