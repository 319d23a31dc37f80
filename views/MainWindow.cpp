#include "MainWindow.h"

#include "DetailsPanel.h"
#include "GridPanel.h"
#include "MemberActions.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "RoleActions.h"
#include "SheetActions.h"
#include "WhenPainted.h"
#include "audit/AuditActions.h"
#include "expiry/ExpiringDialog.h"
#include "commands/EditSession.h"
#include "commands/Journal.h"
#include "commands/StagedDiff.h"
#include "domain/DefaultWorkspace.h"
#include "login/ServerLogin.h"
#include "storage/PgAddress.h"
#include "storage/Store.h"
#include "storage/StoreWatcher.h"
#include "welcome/Welcome.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace rs {

namespace {

constexpr int kMaxRecent = 8;
const char kRecentKey[] = "recentFiles";

// What Open Recent may keep of a location: a file as it is; a server address without any secret and with only the
// parameters a connection accepts; nothing of an address that would be refused.
QString recentEntry(const QString &location)
{
    if (!Store::isPostgres(location))
        return location;
    const Result<PgAddress> address = PgAddress::parse(location);
    return address ? address.value().display : QString();
}

// The kept list, each entry as recentEntry() leaves it (older versions kept addresses as typed).
QStringList recentEntries()
{
    QStringList entries;
    for (const QString &location : QSettings().value(QLatin1String(kRecentKey)).toStringList()) {
        const QString entry = recentEntry(location);
        if (!entry.isEmpty() && !entries.contains(entry))
            entries.append(entry);
    }
    return entries;
}

QString fileFilter()
{
    return QCoreApplication::translate("rs::MainWindow", "Rolesheet workspaces (*.rolesheet);;All files (*)");
}

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_session(new EditSession(this))
    , m_navigator(new NavigatorPanel(m_session, this))
    , m_grid(new GridPanel(m_session, this))
    , m_details(new DetailsPanel(m_session, this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_messageBar(new MessageBar(this))
    , m_offerProduction(new QAction(tr("Create a Production…"), this))
    , m_journalTimer(new QTimer(this))
{
    // The journal is written as soon as control returns to the event loop: after the grid has repainted, before the
    // next input is read. A burst of edits in one turn writes it once.
    m_journalTimer->setSingleShot(true);
    m_journalTimer->setInterval(0);
    connect(m_journalTimer, &QTimer::timeout, this, &MainWindow::writeJournal);
    setObjectName(QStringLiteral("mainWindow"));
    m_roleActions = new RoleActions(this);
    m_memberActions = new MemberActions(this);
    m_sheetActions = new SheetActions(this);

    m_splitter->addWidget(m_navigator);
    m_splitter->addWidget(m_grid);
    m_splitter->addWidget(m_details);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setStretchFactor(2, 0);
    m_splitter->setSizes({ 260, 820, 280 });
    m_splitter->setChildrenCollapsible(false);

    m_offerProduction->setObjectName(QStringLiteral("offerCreateProduction"));
    connect(m_offerProduction, &QAction::triggered, this,
        [this]() { m_memberActions->action(QStringLiteral("createProduction"))->trigger(); });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 6);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_splitter, 1);
    setCentralWidget(central);

    createActions();
    createMenus();
    AuditActions::install(this);

    connect(m_navigator, &NavigatorPanel::roleChosen, this, [this](Id role) {
        m_grid->showRole(role);
        m_details->showRole(role);
        updateActions();
    });
    connect(m_navigator, &NavigatorPanel::selectionChanged, this, &MainWindow::updateActions);
    connect(m_navigator, &NavigatorPanel::selectionChanged, m_messageBar, [this]() { m_messageBar->recheck(false); });
    connect(m_session, &EditSession::refused, this, qOverload<const QString &>(&MainWindow::showMessage));
    connect(m_session, &EditSession::workingChanged, m_messageBar, [this]() { m_messageBar->recheck(true); });
    connect(m_session, &EditSession::stagedChanged, this, [this]() {
        if (!m_restoring)
            m_journalTimer->start();
        updateActions();
        updateTitle();
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
    if (m_journalTimer->isActive())
        writeJournal();
    // The session's item models read the store's workspace: let them go first.
    delete m_navigator;
    delete m_grid;
    delete m_details;
    delete m_session;
}

QAction *MainWindow::makeAction(const QString &name, const QString &text, const QKeySequence &shortcut)
{
    auto *action = new QAction(text, this);
    action->setObjectName(name);
    if (!shortcut.isEmpty())
        action->setShortcut(shortcut);
    return action;
}

QAction *MainWindow::action(const QString &name) const
{
    return findChild<QAction *>(name);
}

void MainWindow::createActions()
{
    connect(makeAction(QStringLiteral("new"), tr("&New Workspace…"), QKeySequence::New), &QAction::triggered, this,
        &MainWindow::newDialog);
    connect(makeAction(QStringLiteral("open"), tr("&Open…"), QKeySequence::Open), &QAction::triggered, this,
        &MainWindow::openDialog);
    QAction *apply = makeAction(QStringLiteral("apply"), tr("&Apply Changes"), QKeySequence::Save);
    apply->setToolTip(tr("Write every staged change to the workspace in one step (Ctrl+S)"));
    connect(apply, &QAction::triggered, this, [this]() { static_cast<void>(applyChanges().ok()); });
    QAction *discard = makeAction(QStringLiteral("discard"), tr("&Discard Changes…"), QKeySequence(tr("Ctrl+Shift+D")));
    connect(discard, &QAction::triggered, this, [this]() {
        if (Prompts::question(this, tr("Discard changes"),
                tr("Drop every staged change (%1 in all)? The workspace stays as it was.")
                    .arg(m_session->stagedChanges().size()))
            == QMessageBox::Yes)
            discardChanges();
    });
    QAction *reviewAction = makeAction(QStringLiteral("review"), tr("&Review Changes…"), QKeySequence(tr("Ctrl+R")));
    connect(reviewAction, &QAction::triggered, this, &MainWindow::review);
    connect(makeAction(QStringLiteral("quit"), tr("&Quit"), QKeySequence::Quit), &QAction::triggered, this,
        &QWidget::close);
    connect(
        makeAction(QStringLiteral("about"), tr("&About Rolesheet"), {}), &QAction::triggered, this, &MainWindow::about);
    QAction *find = makeAction(QStringLiteral("find"), tr("&Filter Features"), QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this]() {
        m_grid->filterEdit()->setFocus();
        m_grid->filterEdit()->selectAll();
    });
    QAction *focusGrid = makeAction(QStringLiteral("focusGrid"), tr("Go to &Grid"), QKeySequence(tr("Ctrl+G")));
    connect(focusGrid, &QAction::triggered, this, [this]() { m_grid->view()->setFocus(); });
    QAction *focusNav
        = makeAction(QStringLiteral("focusNavigator"), tr("Go to &Navigator"), QKeySequence(tr("Ctrl+L")));
    connect(focusNav, &QAction::triggered, this, [this]() { m_navigator->view()->setFocus(); });
    QAction *applyColumn
        = makeAction(QStringLiteral("applyColumn"), tr("Apply &Column to Selected Roles"), QKeySequence());
    applyColumn->setToolTip(tr("Copy the cells selected in the grid to every role selected in the navigator"));
    connect(applyColumn, &QAction::triggered, this,
        [this]() { m_grid->applySelectionToRoles(m_navigator->selectedRoles()); });
    connect(m_grid, &GridPanel::message, this, qOverload<const QString &>(&MainWindow::showMessage));

    QAction *undo = m_session->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setObjectName(QStringLiteral("undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_session->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setObjectName(QStringLiteral("redo"));
    redo->setShortcut(QKeySequence::Redo);
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(action(QStringLiteral("new")));
    file->addAction(action(QStringLiteral("open")));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    rebuildRecentMenu();
    file->addSeparator();
    file->addAction(action(QStringLiteral("apply")));
    file->addAction(action(QStringLiteral("discard")));
    file->addSeparator();
    file->addActions(m_sheetActions->actions());
    file->addSeparator();
    file->addAction(action(QStringLiteral("quit")));

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->addAction(action(QStringLiteral("undo")));
    edit->addAction(action(QStringLiteral("redo")));
    edit->addAction(m_sheetActions->undoImportAction());
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("review")));
    edit->addAction(action(QStringLiteral("applyColumn")));
    edit->addSeparator();
    edit->addAction(action(QStringLiteral("find")));
    edit->addAction(action(QStringLiteral("focusGrid")));
    edit->addAction(action(QStringLiteral("focusNavigator")));

    QMenu *roles = menuBar()->addMenu(tr("&Roles"));
    roles->addActions(m_roleActions->actions());
    QMenu *people = menuBar()->addMenu(tr("&Members"));
    people->addActions(m_memberActions->actions());
    people->addAction(ExpiringDialog::openAction(m_session, this));
    // The same actions on a right click in the navigator, where the role or member they act on is picked.
    QTreeView *tree = m_navigator->view();
    tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    tree->addActions(m_roleActions->actions().mid(0, 5));
    auto *separator = new QAction(tree);
    separator->setSeparator(true);
    tree->addAction(separator);
    tree->addActions(m_memberActions->actions());
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(action(QStringLiteral("about")));

    QToolBar *bar = addToolBar(tr("Main"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(action(QStringLiteral("undo")));
    bar->addAction(action(QStringLiteral("redo")));
    bar->addSeparator();
    bar->addAction(action(QStringLiteral("review")));
    bar->addAction(action(QStringLiteral("apply")));
    bar->addAction(action(QStringLiteral("discard")));
    bar->addSeparator();
    bar->addAction(m_roleActions->action(QStringLiteral("newRole")));
    bar->addAction(m_memberActions->action(QStringLiteral("checkAccess")));
    for (QAction *a : bar->actions())
        a->setIconText(a->text().remove(QLatin1Char('&')).remove(QStringLiteral("…")));
}

void MainWindow::updateActions()
{
    const bool open = m_store != nullptr;
    const bool staged = m_session->hasStagedChanges();
    const bool writable = open && m_store->brokenRule().isEmpty();
    action(QStringLiteral("apply"))->setEnabled(writable && staged);
    action(QStringLiteral("discard"))->setEnabled(open && staged);
    action(QStringLiteral("review"))->setEnabled(open && staged);
    m_roleActions->updateActions();
    m_memberActions->updateActions();
    m_sheetActions->updateActions();
}

void MainWindow::updateTitle()
{
    if (!m_store) {
        setWindowTitle(tr("Rolesheet"));
        return;
    }
    const int staged = m_session->stagedCount();
    const QString name = QFileInfo(m_store->location()).fileName();
    setWindowTitle(staged ? tr("%1 — staged changes: %2 — Rolesheet").arg(name, QString::number(staged))
                          : tr("%1 — Rolesheet").arg(name));
    statusBar()->showMessage(staged ? tr("Staged, not applied yet: %n change(s). Review them with Ctrl+R, apply with "
                                         "Ctrl+S.",
                                 nullptr, staged)
                                    : tr("Workspace %1: every change applied").arg(m_store->workspace().name()));
}

void MainWindow::showMessage(const QString &message)
{
    showMessage(MessageBar::Message { message, QString(), {}, {} });
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
    Credentials credentials; // a server's password for the watcher's connection too; wiped on return
    QString notice;
    // A workspace file that breaks a rule opens too, read-only, so its data can be seen and saved.
    Result<std::unique_ptr<Store>> opened = Store::isPostgres(path)
        ? ServerLogin::open(this, path, credentials, notice)
        : Store::open(path, Store::Access::ReadWrite, Store::Broken::OpenForRescue);
    if (!opened)
        return opened.error();
    if (m_journalTimer->isActive())
        writeJournal();
    m_journalTimer->stop();
    m_journal.reset(); // loading empties the staged list; the journal on disk must outlive that
    m_watcher.reset();
    m_session->load(opened.value()->workspace());
    m_store = std::move(opened.value());
    m_watcher = std::make_unique<StoreWatcher>(*m_store, nullptr, credentials);
    credentials.wipe();
    connect(m_watcher.get(), &StoreWatcher::changedElsewhere, this, &MainWindow::reloadFromElsewhere);
    m_journal = std::make_unique<Journal>(m_store->location(), m_store->identity());
    addRecent(m_store->location());
    m_messageBar->clear();
    const Id productionTemplate = [&]() {
        const QList<const Role *> templates = m_store->workspace().templates();
        return templates.isEmpty() ? Id(0) : templates.first()->id;
    }();
    if (productionTemplate)
        m_navigator->selectRole(productionTemplate);
    if (!m_store->brokenRule().isEmpty()) {
        updateActions();
        updateTitle();
        showMessage(tr("This workspace breaks a rule: %1 It is open read-only: no change can be applied. Save its "
                       "data as JSON with \"rolesheet-cli export-workspace -o FILE.json\", correct the file and "
                       "bring it back with Import.")
                        .arg(m_store->brokenRule()));
        return {};
    }
    // Asked over the window, once it is on screen with the workspace in it; until then no journal is written, so the
    // changes it holds stay on disk.
    m_journalOfferPending = m_journal->exists();
    if (m_journalOfferPending)
        whenPainted(this, [this]() { offerJournal(); });
    updateActions();
    updateTitle();
    if (!notice.isEmpty())
        showMessage(notice);
    return {};
}

Status MainWindow::newWorkspace(const QString &path)
{
    return newWorkspace(path, DefaultWorkspace::create());
}

Status MainWindow::newWorkspace(const QString &path, const Workspace &workspace)
{
    Result<std::unique_ptr<Store>> created = Store::create(path, workspace);
    if (!created)
        return created.error();
    return openWorkspace(path);
}

void MainWindow::offerJournal()
{
    if (!m_journalOfferPending || !m_journal)
        return;
    m_journalOfferPending = false;
    Result<Journal::Saved> saved = m_journal->read();
    if (!saved) {
        // A journal of another workspace is left as it is, for that workspace; a damaged one is named, not replayed.
        if (saved.error().code != Error::Code::NotFound)
            showMessage(saved.error().message);
        return;
    }
    if (saved->changes.isEmpty())
        return;
    if (saved->baseVersion > m_store->version()) {
        // The workspace went back to an older copy of itself: the ids the changes name may mean other things now.
        showMessage(
            tr("Staged changes saved on %1 were not restored: they were made on a later version of this "
               "workspace than the one now at %2, which was replaced by an older copy.")
                .arg(QLocale().toString(saved->saved.toLocalTime(), QLocale::ShortFormat), m_store->location()));
        return;
    }
    // What restoring would stage, listed as Review lists staged changes: replayed on a scratch copy first.
    EditSession preview;
    preview.load(m_session->stored());
    preview.replayAsOneStep(QString(), saved->changes);
    const QStringList lines = ReviewDialog::changeLines(
        diffStaged(preview.stored(), preview.working(), preview.stagedChanges()), preview.stored(), preview.working());
    constexpr int kShown = 12;
    QString text = tr("The last session left staged changes that were never applied (%n in all):", nullptr,
        int(saved->changes.size()));
    for (const QString &line : lines.mid(0, kShown))
        text += QStringLiteral("\n• ") + line;
    if (lines.size() > kShown)
        text += QStringLiteral("\n") + tr("… and %n more.", nullptr, int(lines.size()) - kShown);
    text += QStringLiteral("\n\n") + tr("Restore them? Edit › Undo takes them back in one step.");
    const auto answer = Prompts::question(
        this, tr("Restore staged changes"), text, QMessageBox::Yes | QMessageBox::No, QMessageBox::Yes);
    if (answer != QMessageBox::Yes) {
        m_journal->clear();
        writeJournal();
        return;
    }
    m_restoring = true;
    const int refused = m_session->replayAsOneStep(
        tr("Restore %n staged changes", nullptr, int(saved->changes.size())), saved->changes);
    m_restoring = false;
    writeJournal();
    if (refused)
        showMessage(tr("%n saved change(s) no longer fit the workspace and were left out.", nullptr, refused));
}

void MainWindow::writeJournal()
{
    if (!m_journal || m_restoring || m_journalOfferPending)
        return;
    if (m_journal->workspaceId() != m_store->identity()) {
        // The workspace was given its identity by its first write, or replaced: this session's journal follows it.
        m_journal->clear();
        m_journal = std::make_unique<Journal>(m_store->location(), m_store->identity());
    }
    if (Status s = m_journal->write(m_session->stagedChanges(), m_store->version()); !s)
        showMessage(s.error().message);
}

Status MainWindow::applyChanges()
{
    if (!m_store || !m_session->hasStagedChanges())
        return {};
    QList<Change> changes = m_session->stagedChanges();
    const Id role = m_grid->role();
    if (Status s = m_store->applyAll(changes); !s) {
        showMessage(tr("Nothing was applied: %1").arg(s.error().message));
        if (s.error().code == Error::Code::Conflict)
            reloadFromElsewhere(); // the staged changes stay, now on top of the other writer's
        return s;
    }
    m_session->load(m_store->workspace());
    m_journalTimer->stop();
    m_journal->clear();
    if (m_store->workspace().role(role))
        m_navigator->selectRole(role);
    updateActions();
    updateTitle(); // before the line below, which it would replace
    statusBar()->showMessage(tr("Applied: %n change(s), in one step.", nullptr, int(changes.size())), 8000);
    return {};
}

void MainWindow::reloadFromElsewhere()
{
    if (!m_store)
        return;
    const QList<Change> staged = m_session->stagedChanges();
    const Id role = m_grid->role();
    if (Status s = m_store->reload(); !s) {
        showMessage(s.error().message);
        return;
    }
    m_restoring = true;
    m_session->load(m_store->workspace());
    const int refused = m_session->replay(staged);
    m_restoring = false;
    writeJournal();
    if (m_session->working().role(role))
        m_navigator->selectRole(role);
    updateActions();
    updateTitle();
    showMessage(refused ? tr("The workspace was changed elsewhere and read again. %n of your staged changes no "
                             "longer fit it and were left out.",
                    nullptr, refused)
                        : tr("The workspace was changed elsewhere and read again; your staged changes are kept."));
}

void MainWindow::discardChanges()
{
    const Id role = m_grid->role();
    m_session->discard();
    m_journalTimer->stop();
    if (m_journal)
        m_journal->clear();
    if (m_session->working().role(role))
        m_navigator->selectRole(role);
    updateActions();
    updateTitle();
}

void MainWindow::review()
{
    ReviewDialog dialog(m_session, this);
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
    if (Status s = openWorkspace(path); !s)
        Prompts::warning(this, tr("Open workspace"), s.error().message);
}

void MainWindow::newDialog()
{
    if (!confirmLeavingStaged())
        return;
    Welcome::newWorkspace(this);
}

void MainWindow::addRecent(const QString &path)
{
    QStringList recent = recentEntries();
    const QString entry = recentEntry(path);
    if (!entry.isEmpty()) {
        recent.removeAll(entry);
        recent.prepend(entry);
    }
    QSettings().setValue(QLatin1String(kRecentKey), recent.mid(0, kMaxRecent));
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = recentEntries();
    if (recent != QSettings().value(QLatin1String(kRecentKey)).toStringList())
        QSettings().setValue(QLatin1String(kRecentKey), recent); // secrets an older version kept are dropped now
    for (const QString &path : recent) {
        QAction *a = m_recentMenu->addAction(Store::isPostgres(path) ? path : QFileInfo(path).fileName());
        a->setToolTip(path);
        connect(a, &QAction::triggered, this, [this, path]() {
            if (!confirmLeavingStaged())
                return;
            if (Status s = openWorkspace(path); !s)
                Prompts::warning(this, tr("Open workspace"), s.error().message);
        });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::about()
{
    Prompts::information(this, tr("About Rolesheet"),
        tr("Rolesheet %1\nDesign the permission roles of a creative studio: one grid per role, guarded by the "
           "ownership rules.")
            .arg(QStringLiteral(ROLESHEET_VERSION)));
}

} // namespace rs
