#include "AuditActions.h"

#include "AuditDialog.h"
#include "ConnectDialog.h"
#include "Prompts.h"
#include "SheetActions.h"
#include "Workbench.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "location/Location.h"
#include "login/ServerLogin.h"

#include <QAction>
#include <QMenu>
#include <QMenuBar>

namespace rs {

namespace {

// Staged changes are applied, dropped or kept (and nothing opened), as when another file is opened.
bool leaveStaged(const Workbench &bench)
{
    if (!bench.session->hasStagedChanges())
        return true;
    const auto answer = Prompts::question(bench.window, AuditActions::tr("Staged changes"),
        AuditActions::tr("Some changes are staged but not applied (%1 in all). Apply them before connecting?")
            .arg(bench.session->stagedChanges().size()),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return bench.steps->applyChanges().ok();
    if (answer == QMessageBox::Discard) {
        bench.steps->discardChanges();
        return true;
    }
    return false;
}

} // namespace

void AuditActions::install(const Workbench &bench)
{
    ActionRegistry *registry = bench.registry;
    if (registry->action(ActionId::AuditTrail))
        return;
    QAction *connectAction = registry->add(ActionId::ConnectServer, tr("&Connect to Server…"));
    connectAction->setToolTip(tr("Open a workspace shared on a PostgreSQL server"));
    QObject::connect(connectAction, &QAction::triggered, bench.window, [bench]() { connectToServer(bench); });
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
        QObject::connect(forget, &QAction::triggered, bench.window, [bench]() {
            if (bench.document->isOpen() && location::isServer(bench.document->location()))
                bench.steps->showMessage(ServerLogin::forget(bench.document->location()));
        });
        QObject::connect(file, &QMenu::aboutToShow, forget, [bench, forget]() {
            forget->setEnabled(bench.document->isOpen() && location::isServer(bench.document->location()));
        });
        file->insertAction(items.value(at), forget);
    }

    QAction *audit = registry->add(ActionId::AuditTrail, tr("&Audit Trail…"), QKeySequence(tr("Ctrl+Shift+T")));
    audit->setToolTip(tr("Every applied change: when, who, and what it altered"));
    QObject::connect(audit, &QAction::triggered, bench.window, [bench]() { showAuditTrail(bench); });
    QMenu *view = registry->menu(MenuId::View);
    if (!view) {
        view = new QMenu(tr("&View"), bench.window->menuBar());
        view->setObjectName(QStringLiteral("viewMenu"));
        QMenu *help = registry->menu(MenuId::Help);
        bench.window->menuBar()->insertMenu(help ? help->menuAction() : nullptr, view);
        registry->addMenu(MenuId::View, view);
    }
    view->addAction(audit);
}

void AuditActions::showAuditTrail(const Workbench &bench)
{
    if (!bench.document->isOpen()) {
        Prompts::information(bench.window, tr("Audit trail"), tr("Open a workspace to see its audit trail."));
        return;
    }
    std::optional<AuditEntry> revert;
    {
        AuditDialog dialog(*bench.document, bench.window);
        Prompts::exec(&dialog);
        revert = dialog.revertRequest();
    }
    // Once the dialog is gone: reverting reopens the workspace, and the dialog reads the store it was given.
    if (revert)
        bench.steps->revertImport(*revert);
}

void AuditActions::connectToServer(const Workbench &bench)
{
    if (!leaveStaged(bench))
        return;
    ConnectDialog dialog(bench.window);
    if (Prompts::exec(&dialog) != QDialog::Accepted || dialog.address().isEmpty())
        return;
    const QString address = dialog.address();
    if (Status s = bench.steps->openWorkspace(address); !s) {
        Prompts::warning(bench.window, tr("Connect to server"), s.error().message);
        return;
    }
    ConnectDialog::rememberAddress(address);
}

} // namespace rs
