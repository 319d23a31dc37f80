#include "MainWindow.h"

#include "DetailsPanel.h"
#include "GridPanel.h"
#include "MemberActions.h"
#include "NavigatorMenu.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "RecentMenu.h"
#include "ReviewDialog.h"
#include "RoleActions.h"
#include "SheetActions.h"
#include "WhenPainted.h"
#include "WorkProgress.h"
#include "audit/AuditActions.h"
#include "commands/EditSession.h"
#include "commands/Journal.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "duties/DutiesDialog.h"
#include "approvals/ApprovalsFeature.h"
#include "expiry/ExpiringDialog.h"
#include "links/TemplateDriftDialog.h"
#include "location/Credentials.h"
#include "location/Location.h"
#include "login/ServerLogin.h"
#include "pages/CentreStack.h"
#include "reviews/ReviewsDialog.h"
#include "welcome/Welcome.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rs {

namespace {

QString fileFilter()
{
    return QCoreApplication::translate("rs::MainWindow", "Rolesheet workspaces (*.rolesheet);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_registry(new ActionRegistry(this))
    , m_document(new Document(this))
    , m_session(m_document->session())
    , m_progress(new WorkProgress(m_document, this))
    , m_navigator(new NavigatorPanel(m_session, this))
    , m_grid(new GridPanel(m_session, this))
    , m_details(new DetailsPanel(m_session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_messageBar(new MessageBar(this))
    , m_offerProduction(new QAction(tr("Create a Production…"), this))
{
    setObjectName(QStringLiteral("mainWindow"));
    m_bench = Workbench { this, m_document, m_session, m_registry, m_progress, m_navigator, m_grid, this };
    m_roleActions = new RoleActions(m_bench);
    m_memberActions = new MemberActions(m_bench);
    m_sheetActions = new SheetActions(m_bench);

    m_splitter->addWidget(m_navigator);
    m_centre = new CentreStack(m_bench, this);
    m_splitter->addWidget(m_centre);
    // The details belong to the role in the grid: a member's or a production's page has the width to itself.
    connect(m_centre, &QStackedWidget::currentChanged, this,
        [this]() { m_details->setVisible(m_centre->currentWidget() == m_grid); });
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({ 260, 820, 280 });
    m_splitter->setChildrenCollapsible(false);

    m_offerProduction->setObjectName(QStringLiteral("offerCreateProduction"));
    connect(m_offerProduction, &QAction::triggered, this, [this]() { action(ActionId::CreateProduction)->trigger(); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    AuditActions::install(m_bench);
    ReviewsDialog::install(m_bench);
    TemplateDriftDialog::install(m_bench);
    DutiesDialog::install(m_bench);
    ApprovalsFeature::install(m_bench);

    connect(m_navigator, &NavigatorPanel::roleChosen, this, [this](Id role) {
        m_grid->showRole(role);
        m_details->showRole(role);
        updateActions();
    });
    connect(m_navigator, &NavigatorPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_navigator, &NavigatorPanel::opened, this, [this]() {
        QWidget *shown = m_centre ? m_centre->currentWidget() : nullptr;
        if (shown == m_grid)
            m_grid->view()->setFocus(Qt::OtherFocusReason);
        else if (shown)
            shown->setFocus(Qt::OtherFocusReason);
    });
    connect(m_navigator, &NavigatorPanel::selectionChanged, m_messageBar, [this]() { m_messageBar->recheck(false); });
    connect(m_session, &EditSession::refused, this, [this](const QString &text) { showMessage(text); });
    connect(m_session, &EditSession::workingChanged, m_messageBar, [this]() { m_messageBar->recheck(true); });
    connect(m_session, &EditSession::stagedChanged, this, [this]() {
        updateActions();
        updateTitle();
    });
    connect(m_document, &Document::busyChanged, this, [this](bool busy) {
        if (busy)
            m_roleBefore = m_grid->role();
        updateActions();
    });
    connect(m_document, &Document::opened, this, &MainWindow::opened);
    connect(m_document, &Document::applied, this, &MainWindow::applied);
    connect(m_document, &Document::reloaded, this, &MainWindow::reloaded);
    connect(m_document, &Document::finished, this, &MainWindow::workFinished);
    connect(m_document, &Document::journalFailed, this, [this](const QString &text) { showMessage(text); });
    connect(m_progress, &WorkProgress::cancelRequested, this, [this]() {
        m_cancelled = true; // the open's signal comes from within cancel(): no warning for it
        m_cancelled = m_document->cancel();
        if (m_cancelled)
            statusBar()->showMessage(tr("Opening cancelled; the workspace stays as it was."), 8000);
    });

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: room for the navigator, a grid with its reasons, and the details.
        const QRect screen = QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                              : QRect(0, 0, 1400, 900);
        resize(std::min(1360, screen.width() * 9 / 10), std::min(860, screen.height() * 9 / 10));
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    updateActions();
    updateTitle();
}

MainWindow::~MainWindow()
{
    // Nothing the session or the document says from here on reaches the panels going now.
    m_session->disconnect(this);
    m_document->disconnect(this);
    // The session's item models read the document's workspace: let them go first.
    delete m_navigator;
    delete m_grid;
    delete m_details;
    delete m_document;
}

void MainWindow::createActions()
{
    connect(m_registry->add(ActionId::New, tr("&New Workspace…"), QKeySequence::New), &QAction::triggered, this,
        &MainWindow::newDialog);
    connect(m_registry->add(ActionId::Open, tr("&Open…"), QKeySequence::Open), &QAction::triggered, this,
        &MainWindow::openDialog);
    QAction *apply = m_registry->add(ActionId::Apply, tr("&Apply Changes"), QKeySequence::Save);
    apply->setToolTip(tr("Write every staged change to the workspace in one step (Ctrl+S)"));
    connect(apply, &QAction::triggered, m_document, &Document::apply);
    QAction *discard = m_registry->add(ActionId::Discard, tr("&Discard Changes…"), QKeySequence(tr("Ctrl+Shift+D")));
    connect(discard, &QAction::triggered, this, [this]() {
        if (Prompts::question(this, tr("Discard changes"),
                tr("Drop every staged change (%1 in all)? The workspace stays as it was.")
                    .arg(m_session->stagedChanges().size()))
            == QMessageBox::Yes)
            discardChanges();
    });
    QAction *reviewAction = m_registry->add(ActionId::Review, tr("&Review Changes…"), QKeySequence(tr("Ctrl+R")));
    connect(reviewAction, &QAction::triggered, this, &MainWindow::review);
    connect(
        m_registry->add(ActionId::Quit, tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this, &QWidget::close);
    connect(
        m_registry->add(ActionId::About, tr("&About Rolesheet"), {}), &QAction::triggered, this, &MainWindow::about);
    QAction *find = m_registry->add(ActionId::Find, tr("&Filter Features"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this]() {
        m_grid->filterEdit()->setFocus();
        m_grid->filterEdit()->selectAll();
    });
    QAction *focusGrid = m_registry->add(ActionId::FocusGrid, tr("Go to &Grid"), QKeySequence(tr("Ctrl+G")));
    connect(focusGrid, &QAction::triggered, this, [this]() {
        m_centre->showGrid();
        m_grid->view()->setFocus();
    });
    QAction *focusNav = m_registry->add(ActionId::FocusNavigator, tr("Go to &Navigator"), QKeySequence(tr("Ctrl+L")));
    connect(focusNav, &QAction::triggered, this, [this]() { m_navigator->view()->setFocus(); });
    QAction *applyColumn
        = m_registry->add(ActionId::ApplyColumn, tr("Apply &Column to Selected Roles"), QKeySequence());
    applyColumn->setToolTip(tr("Copy the cells selected in the grid to every role selected in the navigator"));
    connect(applyColumn, &QAction::triggered, this,
        [this]() { m_grid->applySelectionToRoles(m_navigator->selectedRoles()); });
    connect(m_grid, &GridPanel::message, this, [this](const QString &text) { showMessage(text); });

    QAction *undo = m_registry->adopt(ActionId::Undo, m_session->undoStack()->createUndoAction(this, tr("&Undo")));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_registry->adopt(ActionId::Redo, m_session->undoStack()->createRedoAction(this, tr("&Redo")));
    redo->setShortcut(QKeySequence::Redo);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    m_registry->addMenu(MenuId::File, file);
    file->addAction(action(ActionId::New));
    file->addAction(action(ActionId::Open));
    QMenu *recentMenu = file->addMenu(tr("Open &Recent"));
    recentMenu->setObjectName(QStringLiteral("recentMenu"));
    m_recent = new RecentMenu(recentMenu);
    connect(m_recent, &RecentMenu::chosen, this, [this](const QString &path) {
        if (confirmLeavingStaged())
            openInBackground(path);
    });
    file->addSeparator();
    file->addAction(action(ActionId::Apply));
    file->addAction(action(ActionId::Discard));
    file->addSeparator();
    file->addActions(m_sheetActions->actions());
    file->addSeparator();
    file->addAction(action(ActionId::Quit));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    m_registry->addMenu(MenuId::Edit, edit);
    edit->addAction(action(ActionId::Undo));
    edit->addAction(action(ActionId::Redo));
    edit->addAction(m_sheetActions->undoImportAction());
    edit->addSeparator();
    edit->addAction(action(ActionId::Review));
    edit->addAction(action(ActionId::ApplyColumn));
    edit->addSeparator();
    edit->addActions(m_grid->editActions());
    edit->addSeparator();
    edit->addAction(action(ActionId::Find));
    edit->addAction(action(ActionId::FocusGrid));
    edit->addAction(action(ActionId::FocusNavigator));

    QMenu *roles = menuBar()->addMenu(tr("&Roles"));
    m_registry->addMenu(MenuId::Roles, roles);
    roles->addActions(m_roleActions->actions());
    QMenu *people = menuBar()->addMenu(tr("&Members"));
    m_registry->addMenu(MenuId::Members, people);
    people->addActions(m_memberActions->actions());
    people->addAction(m_registry->adopt(ActionId::ExpiringSoon, ExpiringDialog::openAction(m_session, this)));
    // The same actions on a right click in the navigator, where the role or member they act on is picked.
    navigatormenu::install(m_navigator->view(), m_registry);
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    m_registry->addMenu(MenuId::Help, help);
    help->addAction(action(ActionId::About));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(action(ActionId::Undo));
    bar->addAction(action(ActionId::Redo));
    bar->addSeparator();
    bar->addAction(action(ActionId::Review));
    bar->addAction(action(ActionId::Apply));
    bar->addAction(action(ActionId::Discard));
    bar->addSeparator();
    bar->addAction(action(ActionId::NewRole));
    bar->addAction(action(ActionId::CheckAccess));
    for (QAction *a : bar->actions())
        a->setIconText(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
}

void MainWindow::updateActions()
{
    const bool open = m_document->isOpen();
    const bool staged = m_session->hasStagedChanges();
    const bool writable = m_document->isWritable();
    action(ActionId::Apply)->setEnabled(writable && staged && !m_document->isBusy());
    action(ActionId::Discard)->setEnabled(open && staged);
    action(ActionId::Review)->setEnabled(open && staged);
    m_roleActions->updateActions();
    m_memberActions->updateActions();
    m_sheetActions->updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_document->isOpen()) {
        setWindowTitle(tr("Rolesheet"));
        return;
    }
    const int staged = m_session->stagedCount();
    const QString file = QFileInfo(m_document->location()).fileName();
    // The studio's name comes from the workspace: one line, and not so long that it hides the file's name.
    QString studio = m_document->stored().name().simplified();
    if (studio.size() > 60)
        studio = studio.left(59) + QChar(0x2026);
    const QString name = studio.isEmpty() ? file : tr("%1 (%2)").arg(studio, file);
    setWindowTitle(staged ? tr("%1 — staged changes: %2 — Rolesheet").arg(name, QString::number(staged))
                          : tr("%1 — Rolesheet").arg(name));
    statusBar()->showMessage(staged ? tr("Staged, not applied yet: %n change(s). Review them with Ctrl+R, apply with "
                                         "Ctrl+S.",
                                 nullptr, staged)
                                    : tr("Workspace %1: every change applied").arg(m_document->stored().name()));
}

void MainWindow::showMessage(const MessageBar::Message &message)
{
    m_messageBar->showMessage(message);
    statusBar()->showMessage(message.text, 8000);
}

void MainWindow::showNeedsProduction(const QString &message)
{
    showMessage(MessageBar::Message { message, QStringLiteral("needsProduction"),
        [this]() { return !m_session->working().productions().isEmpty(); }, { m_offerProduction } });
}

void MainWindow::showNeedsProductionPicked(const QString &message, Id role)
{
    showMessage(MessageBar::Message { message, QStringLiteral("needsProductionPicked"),
        [this, role]() { return m_grid->role() != role || m_navigator->currentProduction() != 0; }, {} });
}

Status MainWindow::openWorkspace(const QString &path)
{
    if (!location::isServer(path))
        return openAndWait(path, QString());
    // A server's password, if it wants one, is asked for over the window and tried on the worker thread.
    QString notice;
    const Status status = ServerLogin::open(this, path, notice,
        [this, &path](const Credentials &credentials) { return openAndWait(path, credentials.password); });
    if (status && !notice.isEmpty())
        showMessage(notice);
    return status;
}

void MainWindow::openInBackground(const QString &path)
{
    if (location::isServer(path)) {
        if (Status s = openWorkspace(path); !s)
            Prompts::warning(this, tr("Open workspace"), s.error().message);
        return;
    }
    m_cancelled = false;
    m_document->open(path);
}

Status MainWindow::openAndWait(const QString &path, const QString &password)
{
    ++m_waiting;
    m_cancelled = false;
    const Status status = m_document->open(path, password) ? m_document->waitForFinished() : m_document->lastOutcome();
    --m_waiting;
    return status;
}

void MainWindow::opened(const Status &status)
{
    if (!status) {
        if (!m_waiting && !m_cancelled)
            Prompts::warning(this, tr("Open workspace"), status.error().message);
        m_cancelled = false;
        return;
    }
    m_recent->add(m_document->location());
    m_messageBar->clear();
    const Id productionTemplate = [&]() {
        const QList<const Role *> templates = m_document->stored().templates();
        return templates.isEmpty() ? Id(0) : templates.first()->id;
    }();
    if (productionTemplate)
        m_navigator->selectRole(productionTemplate);
    if (!m_document->brokenRule().isEmpty()) {
        updateActions();
        updateTitle();
        showMessage(tr("This workspace breaks a rule: %1 It is open read-only: no change can be applied. Save its "
                       "data as JSON with \"rolesheet-cli export-workspace -o FILE.json\", correct the file and "
                       "bring it back with Import.")
                        .arg(m_document->brokenRule()));
        return;
    }
    // Asked over the window, once it is on screen with the workspace in it; until then no journal is written, so the
    // changes it holds stay on disk.
    if (m_document->journal()->exists()) {
        m_document->holdJournal(true);
        whenPainted(this, [this]() { offerJournal(); });
    }
    updateActions();
    updateTitle();
}

Status MainWindow::newWorkspace(const QString &path)
{
    return newWorkspace(path, DefaultWorkspace::create());
}

Status MainWindow::newWorkspace(const QString &path, const Workspace &workspace)
{
    ++m_waiting;
    m_cancelled = false;
    const Status status
        = m_document->create(path, workspace) ? m_document->waitForFinished() : m_document->lastOutcome();
    --m_waiting;
    return status;
}

Status MainWindow::applyChanges()
{
    // A reload that another editor's change started runs first; the apply follows it, on what it read.
    while (m_document->isBusy() && m_document->busyWith() == Document::Operation::Reload)
        static_cast<void>(m_document->waitForFinished());
    if (!m_document->isOpen() || !m_session->hasStagedChanges())
        return {};
    return m_document->apply() ? m_document->waitForFinished() : m_document->lastOutcome();
}

void MainWindow::applied(const Status &status, int count)
{
    if (!status) {
        // Every change stays staged.
        showMessage(tr("Nothing was applied: %1").arg(status.error().message));
        updateActions();
        return;
    }
    // The tree keeps its open branches and its row; the grid its role, when the row no longer leads to it.
    if (m_document->stored().role(m_roleBefore) && !m_navigator->view()->currentIndex().isValid())
        m_navigator->selectRole(m_roleBefore);
    updateActions();
    updateTitle(); // before the line below, which it would replace
    statusBar()->showMessage(tr("Applied: %n change(s), in one step.", nullptr, count), 8000);
    // A warn rule lets the change through and says what it made.
    if (const QStringList warned = m_document->dutyWarnings(); !warned.isEmpty()) {
        const int more = int(warned.size()) - 1;
        QString text = tr("Applied, with a new conflict of a warn duty rule: %1").arg(warned.first());
        if (more > 0)
            text += QLatin1Char(' ') + tr("%n more like it; View › Duties… lists them.", nullptr, more);
        showMessage(MessageBar::Message { text, QStringLiteral("dutyWarning"), {}, {} });
    }
}

void MainWindow::reloadFromElsewhere()
{
    m_document->reload();
}

void MainWindow::reloaded(const Status &status, int refused)
{
    if (!status) {
        showMessage(status.error().message);
        return;
    }
    if (m_session->working().role(m_roleBefore) && !m_navigator->view()->currentIndex().isValid())
        m_navigator->selectRole(m_roleBefore);
    updateActions();
    updateTitle();
    if (!m_document->lastReloadFromElsewhere()) {
        // Read again after a write made here (an access review closed): nothing to warn about.
        statusBar()->showMessage(tr("The workspace was read again after your change."), 8000);
        return;
    }
    showMessage(refused ? tr("The workspace was changed elsewhere and read again. %n of your staged changes no "
                             "longer fit it and were left out.",
                    nullptr, refused)
                        : tr("The workspace was changed elsewhere and read again; your staged changes are kept."));
}

void MainWindow::workFinished()
{
    updateActions();
    if (m_closeWhenDone) {
        m_closeWhenDone = false;
        QMetaObject::invokeMethod(this, &QWidget::close, Qt::QueuedConnection);
    }
}

void MainWindow::discardChanges()
{
    const Id role = m_grid->role();
    m_document->discard();
    if (m_session->working().role(role))
        m_navigator->selectRole(role);
    updateActions();
    updateTitle();
}

void MainWindow::revertImport(const AuditEntry &record)
{
    m_sheetActions->revertImport(record);
}

void MainWindow::review()
{
    ReviewDialog dialog(m_session, this);
    ApprovalsFeature::offerRequest(m_bench, &dialog); // Request Approval… instead of Apply for gated changes
    if (const Result<duties::Book> book = m_document->dutyBook(); book && !book.value().rules.isEmpty())
        dialog.showConflicts(book.value());
    const int result = Prompts::exec(&dialog);
    if (result == ReviewDialog::ApplyResult)
        static_cast<void>(applyChanges().ok());
    else if (result == ReviewDialog::DiscardResult)
        discardChanges();
}

bool MainWindow::confirmLeavingStaged()
{
    if (!m_session->hasStagedChanges())
        return true;
    const auto answer = Prompts::question(this, tr("Staged changes"),
        tr("Some changes are staged but not applied (%1 in all). Apply them before leaving?")
            .arg(m_session->stagedChanges().size()),
        QMessageBox::Apply | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Apply);
    if (answer == QMessageBox::Apply)
        return applyChanges().ok();
    if (answer == QMessageBox::Discard) {
        discardChanges();
        return true;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_document->isBusy()) {
        if (m_document->canCancel()) {
            m_cancelled = true; // an open changes nothing: it can go, without a warning
            m_cancelled = m_document->cancel();
        } else {
            // An apply or a reload is under way: the window closes once it is done, staged changes kept or written.
            m_closeWhenDone = true;
            statusBar()->showMessage(tr("Closing once this is done: %1").arg(m_document->busyText()));
            event->ignore();
            return;
        }
    }
    if (!confirmLeavingStaged()) {
        event->ignore();
        return;
    }
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    event->accept();
}

void MainWindow::openDialog()
{
    if (!confirmLeavingStaged())
        return;
    const QString path = Prompts::openFileName(this, tr("Open workspace"), QString(), fileFilter());
    if (path.isEmpty())
        return;
    openInBackground(path);
}

void MainWindow::newDialog()
{
    if (!confirmLeavingStaged())
        return;
    Welcome::newWorkspace(m_bench);
}

void MainWindow::about()
{
    Prompts::information(this, tr("About Rolesheet"),
        tr("Rolesheet %1\nDesign the permission roles of a creative studio: one grid per role, guarded by the "
           "ownership rules.")
            .arg(QStringLiteral(ROLESHEET_VERSION)));
}

} // namespace rs
