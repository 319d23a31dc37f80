// The window while its document works on the worker thread: a slow open paints and can be cancelled, a failed apply
// keeps what was staged, and closing the window during an apply loses nothing and does not crash.
#include "GridPanel.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "WorkProgress.h"
#include "audit/AuditDialog.h"
#include "commands/EditSession.h"
#include "commands/Journal.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "itemmodels/PermissionGridModel.h"
#include "storage/Store.h"

#include <QAction>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTreeView>

#include <atomic>
#include <memory>
#include <thread>

using namespace rs;

namespace {

// Holds the worker in `operation` until released (or ten seconds passed); counts how often it let one through.
struct Gate
{
    explicit Gate(DocumentOperation held)
        : operation(held)
    {
    }
    DocumentOperation operation;
    std::atomic<bool> released { false };
    std::atomic<int> passed { 0 };
    Status outcome;

    StoreWorker::Hook hook()
    {
        return [this](DocumentOperation op) -> Status {
            if (op != operation)
                return {};
            QElapsedTimer waited;
            waited.start();
            while (!released && waited.elapsed() < 10000)
                QThread::msleep(5);
            ++passed;
            return outcome;
        };
    }
};

// Counts the paint events a widget gets.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

class TestBackgroundWork : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_path;

    static QModelIndex cell(MainWindow &window, const char *name, int column)
    {
        const Feature *f = window.session()->working().findFeature(QString::fromUtf8(name));
        return f ? window.grid()->cellIndex(f->id, column) : QModelIndex();
    }
    static void click(MainWindow &window, const QModelIndex &index)
    {
        QTreeView *grid = window.grid()->view();
        grid->scrollTo(index);
        QTest::mouseClick(grid->viewport(), Qt::LeftButton, {}, grid->visualRect(index).center());
    }
    static int staged(MainWindow &window) { return int(window.session()->stagedChanges().size()); }
    // The staged changes the journal on disk holds for the workspace open in `window`.
    static int journalled(MainWindow &window)
    {
        const Result<Journal::Saved> saved
            = Journal(window.document()->location(), window.document()->identity()).read();
        return saved ? int(saved->changes.size()) : -1;
    }
    // The workspace on disk, read by a store of the test's own.
    Workspace onDisk() const
    {
        Result<std::unique_ptr<Store>> store = Store::open(m_path, Store::Access::ReadOnly);
        return store ? store.value()->workspace() : Workspace();
    }
    bool organizationsViewOnDisk() const
    {
        const Workspace ws = onDisk();
        const QList<const Role *> templates = ws.templates();
        const Feature *f = ws.findFeature(QStringLiteral("Organizations"));
        return !templates.isEmpty() && f && ws.grant(templates.first()->id, f->id).has(Level::View);
    }
    void show(MainWindow &window)
    {
        window.resize(1000, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_path = m_dir->filePath(QStringLiteral("studio.rolesheet"));
        Prompts::reset();
        Prompts::setNextAnswer(QMessageBox::No); // no journal of an earlier run is restored
    }
    void cleanup() { Prompts::reset(); }

    void aSlowOpenPaintsAndCanBeCancelled()
    {
        MainWindow window;
        QVERIFY(window.newWorkspace(m_path));
        const QString other = m_dir->filePath(QStringLiteral("other.rolesheet"));
        QVERIFY(Store::create(other, DefaultWorkspace::create(QStringLiteral("Ann"), QStringLiteral("Other Studio"))));
        show(window);
        const QString studio = window.document()->stored().name();
        window.progress()->setDialogDelay(50);

        Gate gate(DocumentOperation::Open);
        window.document()->setBeforeOperation(gate.hook());
        Prompts::setNextFileName(other);
        window.action(rs::ActionId::Open)->trigger();
        QVERIFY(window.document()->isBusy());
        // The status bar says what is happening, and the window keeps painting while the worker is held.
        QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("busyBar"))->isVisible());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("busyLabel"))->text().contains(QStringLiteral("other")));
        PaintCounter counter;
        window.grid()->view()->viewport()->installEventFilter(&counter);
        window.grid()->view()->viewport()->update();
        QTRY_VERIFY(counter.paints > 0);
        QTRY_VERIFY(window.progress()->dialog() && window.progress()->dialog()->isVisible());
        QCOMPARE(gate.passed.load(), 0);

        auto *cancel = window.progress()->dialog()->findChild<QPushButton *>();
        QVERIFY(cancel);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!window.document()->isBusy());
        QVERIFY(!window.progress()->dialog()->isVisible());
        QCOMPARE(window.document()->location(), m_path);
        QVERIFY(window.windowTitle().contains(QStringLiteral("studio.rolesheet")));

        // The worker finishes the open it was held in; what it opened is dropped, unseen.
        gate.released = true;
        QTRY_COMPARE(gate.passed.load(), 1);
        QTest::qWait(100);
        QCOMPARE(window.document()->location(), m_path);
        QCOMPARE(window.document()->stored().name(), studio);
        QVERIFY2(Prompts::lastMessage().isEmpty(), qPrintable(Prompts::lastMessage())); // a cancel warns of nothing

        // The previous workspace is still the one the worker writes to.
        click(window, cell(window, "Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(window), 1);
        QVERIFY(window.applyChanges());
        QVERIFY(organizationsViewOnDisk());
    }

    void aFailedApplyKeepsTheStagedChanges()
    {
        MainWindow window;
        QVERIFY(window.newWorkspace(m_path));
        show(window);
        const qint64 version = window.document()->version();
        click(window, cell(window, "Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(window), 1);

        Gate gate(DocumentOperation::Apply);
        gate.released = true;
        gate.outcome = Error::storage(QStringLiteral("The server closed the connection."));
        window.document()->setBeforeOperation(gate.hook());
        window.action(rs::ActionId::Apply)->trigger();
        QTRY_VERIFY(!window.document()->isBusy());
        QCOMPARE(gate.passed.load(), 1);
        QCOMPARE(staged(window), 1);
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("Nothing was applied")));
        QVERIFY(window.messageBar()->text().contains(QStringLiteral("closed the connection")));
        QVERIFY(window.action(rs::ActionId::Apply)->isEnabled());
        QCOMPARE(journalled(window), 1);
        QCOMPARE(window.document()->version(), version);
        QVERIFY(!organizationsViewOnDisk());

        // Once the worker can write again, the same staged change applies.
        window.document()->setBeforeOperation({});
        window.action(rs::ActionId::Apply)->trigger();
        QTRY_COMPARE(staged(window), 0);
        QVERIFY(organizationsViewOnDisk());
        QCOMPARE(journalled(window), 0);
    }

    void closingDuringAnApplyLosesNothing()
    {
        MainWindow window;
        QVERIFY(window.newWorkspace(m_path));
        show(window);
        click(window, cell(window, "Organizations", PermissionGridModel::ViewColumn));
        Gate gate(DocumentOperation::Apply);
        window.document()->setBeforeOperation(gate.hook());
        window.action(rs::ActionId::Apply)->trigger();
        QVERIFY(window.document()->isBusy());
        // Edits stage as usual while the apply runs.
        click(window, cell(window, "Organizations", PermissionGridModel::EditColumn));
        QCOMPARE(staged(window), 2);
        QTRY_COMPARE(journalled(window), 2);

        // Closing waits for the apply: the window stays, with everything staged.
        QVERIFY(!window.close());
        QVERIFY(window.isVisible());
        QCOMPARE(staged(window), 2);

        // Once the apply is done, the edit made meanwhile is still staged: closing asks about it.
        Prompts::setNextAnswer(QMessageBox::Cancel);
        gate.released = true;
        QTRY_VERIFY(!window.document()->isBusy());
        QTRY_VERIFY(Prompts::lastMessage().contains(QStringLiteral("staged but not applied")));
        QVERIFY(window.isVisible());
        QCOMPARE(staged(window), 1);
        QCOMPARE(journalled(window), 1);
        QVERIFY(organizationsViewOnDisk());
    }

    // The audit dialog opens at once, saying it reads the trail, paints while the worker is held, and fills in when
    // the answer arrives; Refresh does the same.
    void theAuditDialogPaintsBeforeTheTrailArrives()
    {
        MainWindow window;
        QVERIFY(window.newWorkspace(m_path));
        show(window);
        click(window, cell(window, "Organizations", PermissionGridModel::ViewColumn));
        QVERIFY(window.applyChanges());
        const int applied = int(window.document()->audit().value().size());
        QVERIFY(applied >= 1);

        auto gate = std::make_unique<Gate>(DocumentOperation::Audit);
        window.document()->setBeforeOperation(gate->hook());
        QElapsedTimer opening;
        opening.start();
        AuditDialog dialog(*window.document(), &window);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY2(opening.elapsed() < 2000, qPrintable(QString::number(opening.elapsed())));
        QVERIFY(dialog.isReading());
        QCOMPARE(dialog.summary()->text(), QStringLiteral("Reading the audit trail…"));
        QVERIFY(!dialog.refreshButton()->isEnabled());
        QCOMPARE(dialog.table()->model()->rowCount(), 0);
        PaintCounter counter;
        dialog.table()->viewport()->installEventFilter(&counter);
        dialog.table()->viewport()->update();
        QTRY_VERIFY(counter.paints > 0);
        QCOMPARE(gate->passed.load(), 0);

        gate->released = true;
        QTRY_VERIFY(!dialog.isReading());
        QCOMPARE(dialog.table()->model()->rowCount(), applied);
        QVERIFY2(
            dialog.chainState()->text().contains(QStringLiteral("whole")), qPrintable(dialog.chainState()->text()));
        QVERIFY(dialog.refreshButton()->isEnabled());

        // Refresh reads again, the same way: the change applied meanwhile comes in when the answer does.
        window.document()->setBeforeOperation({});
        click(window, cell(window, "Organizations", PermissionGridModel::EditColumn));
        QVERIFY(window.applyChanges());
        gate = std::make_unique<Gate>(DocumentOperation::Audit);
        window.document()->setBeforeOperation(gate->hook());
        QTest::mouseClick(dialog.refreshButton(), Qt::LeftButton);
        QVERIFY(dialog.isReading());
        QCOMPARE(dialog.table()->model()->rowCount(), applied); // what was shown stays until the answer
        gate->released = true;
        QTRY_VERIFY(!dialog.isReading());
        QCOMPARE(dialog.table()->model()->rowCount(), applied + 1);
        window.document()->setBeforeOperation({});
    }

    void aWindowDestroyedDuringAnApplyKeepsTheJournal()
    {
        auto window = std::make_unique<MainWindow>();
        QVERIFY(window->newWorkspace(m_path));
        show(*window);
        const QString location = window->document()->location();
        click(*window, cell(*window, "Organizations", PermissionGridModel::ViewColumn));
        Gate gate(DocumentOperation::Apply);
        window->document()->setBeforeOperation(gate.hook());
        window->action(rs::ActionId::Apply)->trigger();
        QVERIFY(window->document()->isBusy());
        click(*window, cell(*window, "Organizations", PermissionGridModel::EditColumn));
        QCOMPARE(staged(*window), 2);
        const QString identity = window->document()->identity();
        // The worker is let go a little later, while the window is being destroyed.
        std::thread release([&gate]() {
            QThread::msleep(200);
            gate.released = true;
        });
        window.reset();
        release.join();

        // The apply committed while the window went: the journal keeps only the edit made meanwhile, on the
        // version the apply left, so the next session does not offer the applied change again.
        QVERIFY(organizationsViewOnDisk());
        Result<std::unique_ptr<Store>> store = Store::open(m_path, Store::Access::ReadOnly);
        QVERIFY(store);
        const qint64 version = store.value()->version();
        QCOMPARE(store.value()->identity(), identity);
        store.value().reset();
        const Result<Journal::Saved> saved = Journal(location, identity).read();
        QVERIFY(saved);
        QCOMPARE(saved->changes.size(), 1);
        QCOMPARE(saved->baseVersion, version);

        // The next session offers that one change, and restoring it stages the edit alone.
        Prompts::setNextAnswer(QMessageBox::Yes);
        MainWindow next;
        QVERIFY(next.openWorkspace(m_path));
        show(next);
        QTRY_VERIFY(!next.document()->journalHeld());
        QVERIFY2(Prompts::lastMessage().contains(QStringLiteral("(1 in all)")), qPrintable(Prompts::lastMessage()));
        QCOMPARE(staged(next), 1);
        QVERIFY(next.session()
                    ->working()
                    .grant(next.session()->working().templates().first()->id,
                        next.session()->working().findFeature(QStringLiteral("Organizations"))->id)
                    .has(Level::Edit));
    }

    // A window destroyed during an apply that fails keeps every staged change in the journal.
    void aWindowDestroyedDuringAFailedApplyKeepsEveryChange()
    {
        auto window = std::make_unique<MainWindow>();
        QVERIFY(window->newWorkspace(m_path));
        show(*window);
        const QString location = window->document()->location();
        const QString identity = window->document()->identity();
        const qint64 version = window->document()->version();
        click(*window, cell(*window, "Organizations", PermissionGridModel::ViewColumn));
        Gate gate(DocumentOperation::Apply);
        gate.outcome = Error::storage(QStringLiteral("The server closed the connection."));
        window->document()->setBeforeOperation(gate.hook());
        window->action(rs::ActionId::Apply)->trigger();
        QVERIFY(window->document()->isBusy());
        click(*window, cell(*window, "Organizations", PermissionGridModel::EditColumn));
        std::thread release([&gate]() {
            QThread::msleep(200);
            gate.released = true;
        });
        window.reset();
        release.join();
        QVERIFY(!organizationsViewOnDisk());
        const Result<Journal::Saved> saved = Journal(location, identity).read();
        QVERIFY(saved);
        QCOMPARE(saved->changes.size(), 2);
        QCOMPARE(saved->baseVersion, version);
    }
};

QTEST_MAIN(TestBackgroundWork)
#include "TestBackgroundWork.moc"
