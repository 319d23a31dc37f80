// Edits of many grid cells at once, driven as people drive them: a dragged rectangle, Ctrl+click, Shift+arrows,
// Space, Ctrl+C and Ctrl+V, and a selection copied to roles picked in the navigator.
#include "GridPanel.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "commands/BulkEdit.h"
#include "commands/EditSession.h"
#include "itemmodels/NavigatorModel.h"
#include "itemmodels/PermissionGridModel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMimeData>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace rs;

namespace {

constexpr int View = PermissionGridModel::ViewColumn;
constexpr int Add = PermissionGridModel::AddColumn;
constexpr int Edit = PermissionGridModel::EditColumn;

} // namespace

class TestGridBulk : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;
    Id m_lead = 0; // an account role without guardrails
    Id m_coordinator = 0; // another
    Id m_template = 0; // the Production template: financial, personnel and marketing guardrails

    const Workspace &working() const { return m_window->session()->working(); }
    Id feature(const char *name) const { return working().findFeature(QString::fromUtf8(name))->id; }
    QTreeView *grid() const { return m_window->grid()->view(); }
    QModelIndex cell(const char *name, int column) const { return m_window->grid()->cellIndex(feature(name), column); }
    Levels grant(Id role, const char *name) const { return working().grant(role, feature(name)); }
    QPoint centre(const QModelIndex &index) const { return grid()->visualRect(index).center(); }
    int undoSteps() const { return m_window->session()->undoStack()->index(); }
    QString message() const { return m_window->messageBar()->isVisible() ? m_window->messageBar()->text() : QString(); }

    Id createRole(const QString &name)
    {
        Change applied;
        if (!m_window->session()->stage(Change::createRole(name, Scope::Account), &applied))
            return 0;
        // A new role starts with every level it may hold: start these from an empty grid.
        for (const Feature &f : working().features())
            static_cast<void>(m_window->session()->stage(Change::setGrant(applied.role, f.id, {})).ok());
        return applied.role;
    }
    void show(Id role)
    {
        m_window->navigator()->selectRole(role);
        QCOMPARE(m_window->grid()->role(), role);
        grid()->setFocus();
        QCoreApplication::processEvents();
    }
    void drag(const QModelIndex &from, const QModelIndex &to)
    {
        QTest::mousePress(grid()->viewport(), Qt::LeftButton, {}, centre(from));
        QTest::mouseMove(grid()->viewport(), centre(from) + QPoint(4, 2));
        QTest::mouseMove(grid()->viewport(), centre(to));
        QTest::mouseRelease(grid()->viewport(), Qt::LeftButton, {}, centre(to));
    }
    // The tree lays its rows out and scrolls late: let it, so that a click lands where the row is drawn.
    static void settle(QAbstractItemView *view, const QModelIndex &index)
    {
        QCoreApplication::processEvents();
        view->scrollTo(index);
        QCoreApplication::processEvents();
    }
    void ctrlClick(QAbstractItemView *view, const QModelIndex &index)
    {
        settle(view, index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, Qt::ControlModifier, view->visualRect(index).center());
    }
    // Grants View and Edit on the Admin section's open features of the lead by dragging over them and pressing
    // Space: User Management, Dashboard Order Metrics and Account Preferences (Payout and Refund Management are the
    // owner's alone).
    void grantAdminOnLead()
    {
        show(m_lead);
        drag(cell("User Management", View), cell("Account Preferences", Edit));
        QTest::keyClick(grid(), Qt::Key_Space);
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true);
    }

    void init()
    {
        Prompts::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 1000);
        QVERIFY(m_window->newWorkspace(m_dir->filePath(QStringLiteral("studio.rolesheet"))));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        m_template = working().templates().first()->id;
        m_lead = createRole(QStringLiteral("Studio Lead"));
        m_coordinator = createRole(QStringLiteral("Coordinator"));
        QVERIFY(m_lead && m_coordinator);
        m_window->session()->undoStack()->clear();
    }

    void cleanup()
    {
        m_window->discardChanges();
        m_window.reset();
        m_dir.reset();
    }

    void draggedRectangleAndSpaceGrantAllInOneUndoStep()
    {
        show(m_lead);
        drag(cell("User Management", View), cell("Account Preferences", Edit));
        // Dragging selects; it toggles nothing.
        QCOMPARE(undoSteps(), 0);
        QVERIFY(grid()->selectionModel()->isSelected(cell("Dashboard Order Metrics", Add)));
        QTest::keyClick(grid(), Qt::Key_Space);
        QCOMPARE(undoSteps(), 1);
        for (const char *name : { "User Management", "Dashboard Order Metrics", "Account Preferences" })
            QCOMPARE(grant(m_lead, name), Levels(Level::View).with(Level::Add).with(Level::Edit));
        // The owner's features stay empty, and why is said once.
        QVERIFY(grant(m_lead, "Payout Management").isNone());
        QVERIFY(grant(m_lead, "Refund Management").isNone());
        QVERIFY2(
            message().startsWith(QStringLiteral("6 cell")) && message().contains(QStringLiteral("left as they were")),
            qPrintable(message()));
        QCOMPARE(message().count(QStringLiteral("reserved for the Admin & owner")), 2); // one per feature named
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Granted 9 selected cell")));

        // Every open cell is granted now: Space clears them all.
        QTest::keyClick(grid(), Qt::Key_Space);
        QCOMPARE(undoSteps(), 2);
        QVERIFY(grant(m_lead, "User Management").isNone());
        QVERIFY(m_window->statusBar()->currentMessage().startsWith(QStringLiteral("Cleared 9 selected cell")));

        // One undo puts back every cell the clearing took; one more takes every grant back.
        m_window->action(rs::ActionId::Undo)->trigger();
        QCOMPARE(grant(m_lead, "Account Preferences"), Levels(Level::View).with(Level::Add).with(Level::Edit));
        m_window->action(rs::ActionId::Undo)->trigger();
        for (const char *name : { "User Management", "Dashboard Order Metrics", "Account Preferences" })
            QVERIFY(grant(m_lead, name).isNone());
        QCOMPARE(undoSteps(), 0);
    }

    void ctrlClickAndShiftArrowsSelectWithoutToggling()
    {
        show(m_lead);
        ctrlClick(grid(), cell("Jobs", View));
        ctrlClick(grid(), cell("Organizations", Edit));
        QCOMPARE(undoSteps(), 0);
        QTest::keyClick(grid(), Qt::Key_Down, Qt::ShiftModifier);
        QCOMPARE(undoSteps(), 0);
        const QModelIndexList selected = grid()->selectionModel()->selectedIndexes();
        QCOMPARE(selected.size(), 3);
        QVERIFY(selected.contains(cell("Jobs", View)));
        QVERIFY(selected.contains(cell("Organizations", Edit)));
        QVERIFY(selected.contains(cell("Stage Templates", Edit)));
        QTest::keyClick(grid(), Qt::Key_Space);
        QCOMPARE(undoSteps(), 1);
        QCOMPARE(grant(m_lead, "Jobs"), Levels(Level::View));
        QCOMPARE(grant(m_lead, "Organizations"), Levels(Level::Edit));
        QCOMPARE(grant(m_lead, "Stage Templates"), Levels(Level::Edit));
        QVERIFY(message().isEmpty());
    }

    void copyFromOneRoleAndPasteOntoAnotherGivesTheSameCells()
    {
        grantAdminOnLead();
        show(m_lead);
        drag(cell("User Management", View), cell("Account Preferences", Edit));
        QTest::keyClick(grid(), Qt::Key_C, Qt::ControlModifier);
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QVERIFY(mime->hasFormat(BulkEdit::mimeType()));
        // The spreadsheet's form: a header row of levels, a header column of features.
        QVERIFY(mime->text().startsWith(QStringLiteral("Feature\tView\tAdd\tEdit\nUser Management\tx\tx\tx\n")));

        show(m_coordinator);
        // A click on the feature's name makes it the one cell selected: the paste starts at its View cell.
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, centre(cell("User Management", 0)));
        const int before = undoSteps();
        QTest::keyClick(grid(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(undoSteps(), before + 1);
        for (const char *name : { "User Management", "Payout Management", "Refund Management",
                 "Dashboard Order Metrics", "Account Preferences" })
            QCOMPARE(grant(m_coordinator, name), grant(m_lead, name));
        QCOMPARE(grant(m_coordinator, "Account Preferences"), Levels(Level::View).with(Level::Add).with(Level::Edit));

        // One undo takes the whole paste back.
        m_window->action(rs::ActionId::Undo)->trigger();
        for (const char *name : { "User Management", "Dashboard Order Metrics", "Account Preferences" })
            QVERIFY(grant(m_coordinator, name).isNone());
    }

    void editMenuCopiesAndPastesCellsWhileTextFieldsKeepTheirOwn()
    {
        QMenu *edit = nullptr;
        for (QAction *a : m_window->menuBar()->actions()) {
            if (a->menu() && a->menu()->actions().contains(m_window->action(rs::ActionId::Undo)))
                edit = a->menu();
        }
        QVERIFY(edit);
        const auto item = [edit](const char *name) -> QAction * {
            for (QAction *a : edit->actions()) {
                if (a->objectName() == QLatin1String(name))
                    return a;
            }
            return nullptr;
        };
        QAction *copy = item("copyCells");
        QAction *paste = item("pasteCells");
        QVERIFY(copy && paste && item("toggleCells"));
        QCOMPARE(copy->shortcut(), QKeySequence(QKeySequence::Copy));
        QCOMPARE(paste->shortcut(), QKeySequence(QKeySequence::Paste));

        grantAdminOnLead();
        show(m_lead);
        drag(cell("User Management", View), cell("Account Preferences", Edit));
        copy->trigger();
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(BulkEdit::mimeType()));

        // In the filter field, Ctrl+C copies the field's text, not the grid's cells.
        QLineEdit *filter = m_window->grid()->filterEdit();
        filter->setText(QStringLiteral("Jobs"));
        filter->setFocus();
        filter->selectAll();
        QTest::keyClick(filter, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("Jobs"));
        filter->clear();
        show(m_lead);
        drag(cell("User Management", View), cell("Account Preferences", Edit));
        copy->trigger();

        show(m_coordinator);
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, centre(cell("User Management", 0)));
        const int before = undoSteps();
        paste->trigger();
        QCOMPARE(undoSteps(), before + 1);
        QCOMPARE(grant(m_coordinator, "Account Preferences"), grant(m_lead, "Account Preferences"));
        QVERIFY(!grant(m_coordinator, "User Management").isNone());
    }

    void pasteOntoARestrictedRoleRefusesForbiddenCellsAndStagesTheRest()
    {
        grantAdminOnLead();
        drag(cell("User Management", View), cell("Account Preferences", Edit));
        QTest::keyClick(grid(), Qt::Key_C, Qt::ControlModifier);

        show(m_template);
        const Levels jobsBefore = grant(m_template, "Jobs");
        const Levels preferencesBefore = grant(m_template, "Account Preferences");
        // A closed cell cannot be clicked: the feature's name anchors the paste at its View cell.
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, centre(cell("User Management", 0)));
        const int before = undoSteps();
        QTest::keyClick(grid(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(undoSteps(), before + 1);
        // Personnel and financial guardrails keep User Management and the metrics closed; Account Preferences takes.
        QVERIFY(grant(m_template, "User Management").isNone());
        QVERIFY(grant(m_template, "Dashboard Order Metrics").isNone());
        QCOMPARE(grant(m_template, "Account Preferences"), Levels(Level::View).with(Level::Add).with(Level::Edit));
        QCOMPARE(grant(m_template, "Jobs"), jobsBefore);
        QVERIFY2(message().startsWith(QStringLiteral("6 cell")) && message().contains(QStringLiteral("not pasted:")),
            qPrintable(message()));
        QVERIFY(message().contains(QStringLiteral("guardrail")));

        m_window->action(rs::ActionId::Undo)->trigger();
        QCOMPARE(grant(m_template, "Account Preferences"), preferencesBefore);
    }

    void selectionAppliesToTwoRolesSelectedInTheNavigator()
    {
        grantAdminOnLead();
        drag(cell("User Management", Edit), cell("Account Preferences", Edit));
        // Ctrl+click two more roles in the navigator: the grid keeps showing the lead.
        QTreeView *navigator = m_window->navigator()->view();
        ctrlClick(navigator, m_window->navigator()->model()->roleIndex(m_coordinator));
        ctrlClick(navigator, m_window->navigator()->model()->roleIndex(m_template));
        QCOMPARE(m_window->grid()->role(), m_lead);
        const QList<Id> roles = m_window->navigator()->selectedRoles();
        QVERIFY(roles.contains(m_coordinator) && roles.contains(m_template) && roles.contains(m_lead));

        const Levels templateBefore = grant(m_template, "Account Preferences");
        const int before = undoSteps();
        m_window->action(rs::ActionId::ApplyColumn)->trigger();
        QCOMPARE(undoSteps(), before + 1);
        QCOMPARE(grant(m_coordinator, "User Management"), Levels(Level::Edit));
        QCOMPARE(grant(m_coordinator, "Dashboard Order Metrics"), Levels(Level::Edit));
        QCOMPARE(grant(m_coordinator, "Account Preferences"), Levels(Level::Edit));
        QCOMPARE(grant(m_template, "Account Preferences"), templateBefore.with(Level::Edit));
        QVERIFY(grant(m_template, "User Management").isNone());
        QVERIFY2(message().startsWith(QStringLiteral("2 cell")) && message().contains(QStringLiteral("not copied:")),
            qPrintable(message()));
        // The lead, the source, is as it was.
        QCOMPARE(grant(m_lead, "User Management"), Levels(Level::View).with(Level::Add).with(Level::Edit));

        m_window->action(rs::ActionId::Undo)->trigger();
        QVERIFY(grant(m_coordinator, "User Management").isNone());
        QCOMPARE(grant(m_template, "Account Preferences"), templateBefore);
    }

    void builtInRoleRefusesSpaceOnASelectionSayingWhyOnce()
    {
        const Id admin = working().builtInRole(BuiltIn::Admin);
        show(admin);
        const Levels before = grant(admin, "Jobs");
        drag(cell("Jobs", View), cell("Organizations", PermissionGridModel::DeleteColumn));
        QTest::keyClick(grid(), Qt::Key_Space);
        QCOMPARE(undoSteps(), 0);
        QCOMPARE(grant(admin, "Jobs"), before);
        QCOMPARE(message().count(QStringLiteral("built-in role")), 1);
    }

    void pasteReadsASpreadsheetsTextWithItsHeaders()
    {
        show(m_lead);
        QGuiApplication::clipboard()->setText(
            QStringLiteral("Feature\tAdd\tEdit\r\nJobs\tx\t\r\nJob Settings\t\tEdit\r\n"));
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, centre(cell("Jobs", Add)));
        QCOMPARE(undoSteps(), 1); // the click toggled Add on Jobs
        QTest::keyClick(grid(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(undoSteps(), 2);
        QCOMPARE(grant(m_lead, "Jobs"), Levels(Level::Add));
        QCOMPARE(grant(m_lead, "Job Settings"), Levels(Level::Edit));
        QVERIFY(message().isEmpty());

        // Text that is not a grid is refused, saying so, and nothing changes.
        QGuiApplication::clipboard()->setText(QStringLiteral("hello\tworld"));
        QTest::keyClick(grid(), Qt::Key_V, Qt::ControlModifier);
        QCOMPARE(undoSteps(), 2);
        QVERIFY(message().contains(QStringLiteral("holds “world” where a grid cell holds x or nothing")));
    }

    void clipboardTextReadsBackWithOrWithoutHeaders()
    {
        const QList<QList<bool>> rows { { true, false }, { false, true } };
        QCOMPARE(BulkEdit::parse(BulkEdit::toText(rows)).value(), rows);
        QCOMPARE(BulkEdit::parse(BulkEdit::toText(rows, { QStringLiteral("Jobs"), QStringLiteral("Images") },
                                     { Level::View, Level::Add }))
                     .value(),
            rows);
        QCOMPARE(BulkEdit::parse(QStringLiteral("View\t\r\n\tadd\r\n")).value(), rows);
        QVERIFY(!BulkEdit::parse(QStringLiteral("hello\tworld")));
        // One row with its feature's name, and rows with names but no header row.
        const QList<QList<bool>> one { { true, false } };
        QCOMPARE(BulkEdit::parse(QStringLiteral("Jobs\tx\t\n")).value(), one);
        QCOMPARE(BulkEdit::parse(QStringLiteral("Jobs\tx\t\nImages\t\tx")).value(), rows);
    }
};

QTEST_MAIN(TestGridBulk)
#include "TestGridBulk.moc"
