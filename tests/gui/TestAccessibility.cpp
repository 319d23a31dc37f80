// The grid as a person who cannot see it or cannot use a mouse meets it: every cell has a spoken name, the keyboard
// alone reaches and toggles a cell, the focused cell is framed, high contrast draws every box, and a right-to-left
// layout keeps each column on its level.
#include "GridPanel.h"
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "appearance/Appearance.h"
#include "commands/EditSession.h"
#include "domain/DefaultWorkspace.h"
#include "help/HelpActions.h"
#include "itemmodels/PermissionGridModel.h"

#include <QAccessible>
#include <QApplication>
#include <QDir>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace rs;
using Grid = PermissionGridModel;

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    const Workspace &working() const { return m_window->session()->working(); }
    Id feature(const char *name) const { return working().findFeature(QString::fromUtf8(name))->id; }
    QTreeView *grid() const { return m_window->grid()->view(); }
    QModelIndex cell(const char *name, int column) const { return m_window->grid()->cellIndex(feature(name), column); }
    bool checked(const char *name, int column) const
    {
        return cell(name, column).data(Qt::CheckStateRole).toInt() == Qt::Checked;
    }
    int staged() const { return int(m_window->session()->stagedChanges().size()); }

    void openWindow()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>();
        HelpActions::install(m_window->workbench());
        m_window->resize(1300, 850);
        QVERIFY(m_window->newWorkspace(m_dir->filePath(QStringLiteral("studio.rolesheet"))));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    // The accessible object a screen reader finds under the grid for the cell's name.
    QAccessibleInterface *spoken(const QString &name) const
    {
        QAccessibleInterface *tree = QAccessible::queryAccessibleInterface(grid());
        if (!tree)
            return nullptr;
        for (int i = 0; i < tree->childCount(); ++i) {
            QAccessibleInterface *child = tree->child(i);
            if (child && child->text(QAccessible::Name) == name)
                return child;
        }
        return nullptr;
    }

    // The cell under the middle of what the screen reader reports.
    QModelIndex underSpoken(const QString &name) const
    {
        QAccessibleInterface *child = spoken(name);
        return child ? grid()->indexAt(grid()->viewport()->mapFromGlobal(child->rect().center())) : QModelIndex();
    }

    // The share of the pixels along the top edge of a cell's picture that have `colour`.
    static double topEdgeShare(const QImage &image, const QRect &rect, const QColor &colour)
    {
        int hits = 0;
        int all = 0;
        for (int x = rect.left() + 3; x <= rect.right() - 3; ++x, ++all)
            hits += image.pixelColor(x, rect.top() + 1) == colour ? 1 : 0;
        return all ? double(hits) / all : 0;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true);
        qunsetenv("GTK_THEME");
        QSettings().clear();
    }

    void init()
    {
        Prompts::reset();
        QApplication::setLayoutDirection(Qt::LeftToRight);
        Appearance::apply(Appearance::Theme::Light);
        openWindow();
    }

    void cleanup()
    {
        m_window->discardChanges();
        m_window.reset();
        m_dir.reset();
    }

    void everyLevelCellHasASpokenName()
    {
        // The Production template: Jobs holds Add without View; the financial features are closed by a guardrail.
        QCOMPARE(cell("Jobs", Grid::AddColumn).data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Jobs, Add, granted"));
        QCOMPARE(cell("Jobs", Grid::ViewColumn).data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Jobs, View, not granted"));
        const QString closed
            = cell("Dashboard Order Metrics", Grid::EditColumn).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(closed.startsWith(QStringLiteral("Dashboard Order Metrics, Edit, not allowed: ")), qPrintable(closed));
        QVERIFY2(closed.contains(QStringLiteral("guardrail")), qPrintable(closed));

        int cells = 0;
        for (const Feature &f : working().features()) {
            for (int c = Grid::ViewColumn; c <= Grid::DeleteColumn; ++c, ++cells) {
                const QModelIndex index = m_window->grid()->cellIndex(f.id, c);
                const QString name = index.data(Qt::AccessibleTextRole).toString();
                const QString head = DefaultWorkspace::displayName(f.name) + QStringLiteral(", ")
                    + levelName(Grid::levelOf(c)) + QStringLiteral(", ");
                QVERIFY2(name.startsWith(head), qPrintable(name));
                const QString state = name.mid(head.size());
                const bool on = index.data(Qt::CheckStateRole).toInt() == Qt::Checked;
                const bool open = index.flags() & Qt::ItemIsEnabled;
                if (on)
                    QCOMPARE(state, QStringLiteral("granted"));
                else if (open)
                    QCOMPARE(state, QStringLiteral("not granted"));
                else
                    QVERIFY2(state.startsWith(QStringLiteral("not allowed: ")) && state.size() > 14, qPrintable(name));
                QVERIFY(!index.data(Qt::AccessibleDescriptionRole).toString().isEmpty());
            }
        }
        QVERIFY(cells >= 100);
    }

    void screenReadersFindTheNameOnTheRightCell()
    {
        // Through Qt's accessibility tree, as Orca reads it: the cell named "Jobs, Add, granted" is the Jobs/Add cell.
        QVERIFY(spoken(QStringLiteral("Jobs, Add, granted")));
        QCOMPARE(underSpoken(QStringLiteral("Jobs, Add, granted")), cell("Jobs", Grid::AddColumn));
        QCOMPARE(underSpoken(QStringLiteral("Subject Data, Edit, granted")), cell("Subject Data", Grid::EditColumn));
        QVERIFY(!spoken(QStringLiteral("Jobs, View, granted")));

        // A toggle renames the cell at once.
        grid()->setFocus();
        grid()->setCurrentIndex(cell("Jobs", Grid::ViewColumn));
        QTest::keyClick(grid(), Qt::Key_Space);
        QVERIFY(checked("Jobs", Grid::ViewColumn));
        QCOMPARE(underSpoken(QStringLiteral("Jobs, View, granted")), cell("Jobs", Grid::ViewColumn));
    }

    // A built-in role's cells say they are locked, to the screen reader and on hover; cells a rule closes say their
    // rule instead.
    void lockedCellsSayTheyAreLocked()
    {
        m_window->navigator()->selectRole(working().builtInRole(BuiltIn::Admin));
        QCOMPARE(m_window->grid()->role(), working().builtInRole(BuiltIn::Admin));
        QAccessibleInterface *jobs = spoken(QStringLiteral("Jobs, Delete, granted, locked"));
        QVERIFY(jobs);
        QCOMPARE(underSpoken(QStringLiteral("Jobs, Delete, granted, locked")), cell("Jobs", Grid::DeleteColumn));
        QVERIFY2(jobs->text(QAccessible::Description).contains(QStringLiteral("Built-in roles are locked")),
            qPrintable(jobs->text(QAccessible::Description)));
        QVERIFY(cell("Jobs", Grid::DeleteColumn)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Built-in roles are locked: duplicate the role to change it.")));
        QVERIFY(cell("Jobs", Grid::DeleteColumn).data(Grid::LockedRole).toBool());
        const Id setup = working().findSection(QStringLiteral("Setup"))->id;
        QVERIFY(m_window->grid()
                    ->sectionCellIndex(setup, Grid::ViewColumn)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .endsWith(QStringLiteral(", locked")));
        // Owner-only: closed by a rule, and said so, not "locked".
        const QModelIndex payout = cell("Payout Management", Grid::ViewColumn);
        QVERIFY(!payout.data(Grid::LockedRole).toBool());
        QVERIFY(payout.data(Grid::ClosedRole).toBool());
        QVERIFY2(payout.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("not allowed: ")),
            qPrintable(payout.data(Qt::AccessibleTextRole).toString()));
        // An editable role's cells are not locked.
        m_window->navigator()->selectRole(working().templates().first()->id);
        QVERIFY(!cell("Jobs", Grid::AddColumn).data(Grid::LockedRole).toBool());
        QVERIFY(
            !cell("Jobs", Grid::AddColumn).data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("locked")));
    }

    void sectionCellsSayHowMuchIsGranted()
    {
        const auto name = [this](const char *section, int column) {
            const Id id = working().findSection(QString::fromUtf8(section))->id;
            return m_window->grid()->sectionCellIndex(id, column).data(Qt::AccessibleTextRole).toString();
        };
        QCOMPARE(name("Setup", Grid::AddColumn), QStringLiteral("Setup section, Add, granted on some features"));
        QCOMPARE(name("Setup", Grid::DeleteColumn), QStringLiteral("Setup section, Delete, not granted"));
        QCOMPARE(name("Admin", Grid::ViewColumn), QStringLiteral("Admin section, View, granted wherever allowed"));
    }

    void theKeyboardAloneReachesAndTogglesACell()
    {
        QTest::keyClick(m_window.get(), Qt::Key_L, Qt::ControlModifier); // Go to Navigator
        QVERIFY(m_window->navigator()->view()->hasFocus());
        int tabs = 0;
        while (!grid()->hasFocus() && tabs < 10) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            ++tabs;
        }
        QVERIFY2(grid()->hasFocus(), "Tab from the navigator never reached the grid");
        // Down to Jobs, right to View, Space: granted; Space again: taken back.
        for (int i = 0; i < 5 && grid()->currentIndex().siblingAtColumn(0) != cell("Jobs", 0); ++i)
            QTest::keyClick(grid(), Qt::Key_Down);
        QCOMPARE(grid()->currentIndex().siblingAtColumn(0), cell("Jobs", 0));
        for (int i = 0; i < 4 && grid()->currentIndex().column() != Grid::ViewColumn; ++i)
            QTest::keyClick(grid(), Qt::Key_Right);
        QCOMPARE(grid()->currentIndex(), cell("Jobs", Grid::ViewColumn));
        QTest::keyClick(grid(), Qt::Key_Space);
        QVERIFY(checked("Jobs", Grid::ViewColumn));
        QCOMPARE(staged(), 1);
        QTest::keyClick(grid(), Qt::Key_Space);
        QVERIFY(!checked("Jobs", Grid::ViewColumn));
        // Undo from the keyboard too.
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QVERIFY(checked("Jobs", Grid::ViewColumn));
    }

    void theFocusedCellIsFramed()
    {
        grid()->setFocus();
        QVERIFY(grid()->hasFocus());
        const QModelIndex target = cell("Organizations", Grid::AddColumn);
        grid()->setCurrentIndex(target);
        const QRect rect = grid()->visualRect(target);
        const QImage focused = grid()->viewport()->grab().toImage();
        const QColor frame = grid()->palette().color(QPalette::Active, QPalette::Text);
        if (qEnvironmentVariableIsSet("ROLESHEET_SCREENSHOT_DIR"))
            focused.save(QDir(qEnvironmentVariable("ROLESHEET_SCREENSHOT_DIR")).filePath(QStringLiteral("focus.png")));
        // The box in the middle covers part of the edge; the rest is frame.
        QVERIFY2(topEdgeShare(focused, rect, frame) > 0.6, "no frame around the focused cell");

        m_window->navigator()->view()->setFocus(); // the frame follows the focus away
        const QImage away = grid()->viewport()->grab().toImage();
        QVERIFY(topEdgeShare(away, rect, frame) < 0.2);
    }

    void highContrastDrawsEveryEmptyBox()
    {
        Appearance::apply(Appearance::Theme::HighContrast);
        QTRY_COMPARE(grid()->palette().color(QPalette::Base), QColor(Qt::black)); // the open window follows at once
        const QModelIndex empty = cell("Organizations", Grid::AddColumn);
        QVERIFY(!checked("Organizations", Grid::AddColumn));
        grid()->setCurrentIndex(cell("Jobs", 0));
        const QRect rect = grid()->visualRect(empty);
        const QImage image = grid()->viewport()->grab().toImage();
        if (qEnvironmentVariableIsSet("ROLESHEET_SCREENSHOT_DIR"))
            image.save(QDir(qEnvironmentVariable("ROLESHEET_SCREENSHOT_DIR")).filePath(QStringLiteral("contrast.png")));
        // The box sits in the middle of the cell: its frame must stand out from the black around it.
        int bright = 0;
        const QRect box(rect.center() - QPoint(9, 9), QSize(19, 19));
        for (int y = box.top(); y <= box.bottom(); ++y) {
            for (int x = box.left(); x <= box.right(); ++x)
                bright += image.pixelColor(x, y).lightness() > 160 ? 1 : 0;
        }
        QVERIFY2(bright >= 24, qPrintable(QStringLiteral("only %1 bright pixels").arg(bright)));
    }

    void rightToLeftKeepsEachColumnOnItsLevel()
    {
        m_window.reset();
        QApplication::setLayoutDirection(Qt::RightToLeft);
        openWindow();
        QCOMPARE(grid()->layoutDirection(), Qt::RightToLeft);
        // Mirrored: the feature names on the right, View to their left, Delete furthest left.
        const int name = grid()->visualRect(cell("Subject Data", Grid::FeatureColumn)).center().x();
        const int view = grid()->visualRect(cell("Subject Data", Grid::ViewColumn)).center().x();
        const int remove = grid()->visualRect(cell("Subject Data", Grid::DeleteColumn)).center().x();
        QVERIFY(remove < view && view < name);

        // A click on the Delete box changes Delete alone.
        const bool viewBefore = checked("Subject Data", Grid::ViewColumn);
        const bool addBefore = checked("Subject Data", Grid::AddColumn);
        const bool editBefore = checked("Subject Data", Grid::EditColumn);
        QVERIFY(!checked("Subject Data", Grid::DeleteColumn));
        const QModelIndex target = cell("Subject Data", Grid::DeleteColumn);
        grid()->scrollTo(target);
        QTest::mouseClick(grid()->viewport(), Qt::LeftButton, {}, grid()->visualRect(target).center());
        QVERIFY(checked("Subject Data", Grid::DeleteColumn));
        QCOMPARE(checked("Subject Data", Grid::ViewColumn), viewBefore);
        QCOMPARE(checked("Subject Data", Grid::AddColumn), addBefore);
        QCOMPARE(checked("Subject Data", Grid::EditColumn), editBefore);
        QCOMPARE(underSpoken(QStringLiteral("Subject Data, Delete, granted")), target);

        // The arrow keys follow the mirror: Left moves towards Delete.
        grid()->setFocus();
        grid()->setCurrentIndex(cell("Subject Data", Grid::AddColumn));
        QTest::keyClick(grid(), Qt::Key_Left);
        QCOMPARE(grid()->currentIndex(), cell("Subject Data", Grid::EditColumn));
        if (qEnvironmentVariableIsSet("ROLESHEET_SCREENSHOT_DIR"))
            m_window->grab().save(
                QDir(qEnvironmentVariable("ROLESHEET_SCREENSHOT_DIR")).filePath(QStringLiteral("rtl.png")));
        QApplication::setLayoutDirection(Qt::LeftToRight);
    }
};

QTEST_MAIN(TestAccessibility)
#include "TestAccessibility.moc"
