// Help › Keyboard Shortcuts lists what the window's actions say about themselves, and the first-run hint shows where
// to start once, then only when asked.
#include "MainWindow.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "commands/EditSession.h"
#include "help/FirstRunHint.h"
#include "help/HelpActions.h"
#include "help/ShortcutsDialog.h"
#include "preferences/PreferencesDialog.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace rs;
using Entry = ShortcutsDialog::Entry;

class TestShortcutsHelp : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    static QString plain(QString text) { return text.remove(QLatin1Char('&')).remove(QStringLiteral("…")).trimmed(); }
    static const Entry *find(const QList<Entry> &entries, const QString &action)
    {
        for (const Entry &e : entries) {
            if (e.action == action)
                return &e;
        }
        return nullptr;
    }
    static int rowsBelowGroups(const QAbstractItemModel *model)
    {
        int rows = 0;
        for (int g = 0; g < model->rowCount(); ++g)
            rows += model->rowCount(model->index(g, 0));
        return rows;
    }
    static void saveShot(QWidget *widget, const char *name)
    {
        if (qEnvironmentVariableIsSet("ROLESHEET_SCREENSHOT_DIR"))
            widget->grab().save(QDir(qEnvironmentVariable("ROLESHEET_SCREENSHOT_DIR")).filePath(QLatin1String(name)));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true);
    }

    void init()
    {
        QSettings().clear();
        Prompts::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>();
        HelpActions::install(m_window->workbench());
        m_window->resize(1300, 850);
        QVERIFY(m_window->newWorkspace(m_dir->filePath(QStringLiteral("studio.rolesheet"))));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window.reset();
        m_dir.reset();
    }

    void listsEveryActionThatHasAShortcut()
    {
        const QList<Entry> entries = ShortcutsDialog::collect(m_window.get());
        int withKeys = 0;
        for (const QAction *action : m_window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty() || action->text().isEmpty())
                continue;
            ++withKeys;
            const Entry *entry = find(entries, plain(action->text()));
            QVERIFY2(entry, qPrintable(action->text()));
            QCOMPARE(entry->keys, action->shortcut().toString(QKeySequence::NativeText));
        }
        QCOMPARE(entries.size(), withKeys); // each once
        QVERIFY(withKeys >= 12);

        // Grouped under the menus that hold them, in the menu bar's order.
        QCOMPARE(find(entries, QStringLiteral("Open"))->group, QStringLiteral("File"));
        QCOMPARE(find(entries, QStringLiteral("Open"))->keys, QKeySequence(QKeySequence::Open).toString());
        QCOMPARE(find(entries, QStringLiteral("Undo"))->group, QStringLiteral("Edit"));
        QCOMPARE(find(entries, QStringLiteral("Preferences"))->group, QStringLiteral("Edit"));
        QCOMPARE(find(entries, QStringLiteral("Keyboard Shortcuts"))->group, QStringLiteral("Help"));
        QCOMPARE(entries.first().group, QStringLiteral("File"));
    }

    void aNewActionShowsUpWithoutEditingAList()
    {
        QMenu *roles = nullptr;
        for (QAction *top : m_window->menuBar()->actions()) {
            if (plain(top->text()) == QLatin1String("Roles"))
                roles = top->menu();
        }
        QVERIFY(roles);
        QAction *extra = roles->addAction(QStringLiteral("Print Role &Sheet…"));
        extra->setShortcut(QKeySequence(QStringLiteral("Ctrl+Alt+P")));
        const QList<Entry> entries = ShortcutsDialog::collect(m_window.get());
        const Entry *entry = find(entries, QStringLiteral("Print Role Sheet"));
        QVERIFY(entry);
        QCOMPARE(entry->group, QStringLiteral("Roles"));
        QCOMPARE(entry->keys, QKeySequence(QStringLiteral("Ctrl+Alt+P")).toString(QKeySequence::NativeText));
    }

    void theDialogShowsAndFiltersThem()
    {
        ShortcutsDialog dialog(m_window.get(), m_window.get());
        const QAbstractItemModel *shown = dialog.view()->model();
        QCOMPARE(rowsBelowGroups(shown), int(ShortcutsDialog::collect(m_window.get()).size()));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        saveShot(&dialog, "shortcuts.png");
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("undo"));
        QCOMPARE(shown->rowCount(), 1);
        QCOMPARE(rowsBelowGroups(shown), 1);
        const QModelIndex undo = shown->index(0, 0, shown->index(0, 0));
        QCOMPARE(undo.data().toString(), QStringLiteral("Undo"));
        QCOMPARE(undo.data(Qt::AccessibleTextRole).toString(),
            QStringLiteral("Undo, ") + QKeySequence(QKeySequence::Undo).toString(QKeySequence::NativeText));
        dialog.filterEdit()->clear();
        QTest::keyClicks(dialog.filterEdit(), QStringLiteral("Ctrl+O"));
        QCOMPARE(rowsBelowGroups(shown), 1);
    }

    void helpMenuAndF1OpenTheShortcuts()
    {
        QString opened;
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            opened = dialog->objectName();
            return int(QDialog::Rejected);
        });
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QCOMPARE(opened, QStringLiteral("shortcutsDialog"));

        QAction *shortcuts = m_window->action(rs::ActionId::KeyboardShortcuts);
        QAction *about = m_window->action(rs::ActionId::About);
        bool sameMenu = false;
        for (QObject *holder : shortcuts->associatedObjects()) {
            if (auto *menu = qobject_cast<QMenu *>(holder))
                sameMenu = sameMenu || menu->actions().contains(about);
        }
        QVERIFY(sameMenu);
    }

    void preferencesOpenFromTheEditMenu()
    {
        QString opened;
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            opened = dialog->objectName();
            if (auto *prefs = qobject_cast<PreferencesDialog *>(dialog)) {
                prefs->setLanguage(QStringLiteral("fr"));
                prefs->show();
                QApplication::processEvents();
                saveShot(prefs, "preferences.png");
            }
            return int(QDialog::Rejected);
        });
        m_window->action(rs::ActionId::Preferences)->trigger();
        QCOMPARE(opened, QStringLiteral("preferencesDialog"));
        QVERIFY(m_window->action(rs::ActionId::Undo)->associatedObjects().size() > 0);
    }

    void aRestartThatIsCancelledKeepsTheWindow()
    {
        m_window->action(rs::ActionId::FocusGrid)->trigger();
        QVERIFY(m_window->session()->submit(Change::addMember(QStringLiteral("Mia Novak"))));
        Prompts::setNextAnswer(QMessageBox::Cancel); // "apply the staged change before leaving?" — stay
        QVERIFY(!HelpActions::restartApplication(m_window->workbench()));
        QVERIFY(m_window->isVisible());
        QCOMPARE(m_window->session()->stagedChanges().size(), 1);
        m_window->discardChanges();
    }

    void theFirstRunHintShowsOnceAndPointsAtTheNavigator()
    {
        QVERIFY(!FirstRunHint::wasShown());
        FirstRunHint *hint = FirstRunHint::showOnce(m_window.get(), m_window->navigator());
        QVERIFY(hint);
        QVERIFY(hint->isVisible());
        QVERIFY(hint->textLabel()->text().contains(QStringLiteral("navigator")));
        QVERIFY(hint->accessibleDescription().startsWith(QStringLiteral("Pick a role"))); // read out without markup
        QVERIFY(hint->textLabel()->text().contains(
            QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText))); // the apply shortcut, as it is
        // It stands beside the navigator, inside the window, and covers no part of the navigator.
        const QRect navigator(
            m_window->navigator()->mapTo(m_window.get(), QPoint(0, 0)), m_window->navigator()->size());
        QVERIFY(qAbs(hint->geometry().left() - navigator.right()) < 20);
        QVERIFY(m_window->rect().contains(hint->geometry()));
        QVERIFY(!hint->geometry().adjusted(8, 0, 0, 0).intersects(navigator));
        saveShot(m_window.get(), "first-run.png");
        // It does not take the keyboard away from the window.
        QVERIFY(!hint->hasFocus());

        QPointer<FirstRunHint> gone(hint);
        QTest::mouseClick(hint->closeButton(), Qt::LeftButton);
        QTRY_VERIFY(gone.isNull());
        QVERIFY(FirstRunHint::wasShown());
        QVERIFY(!FirstRunHint::showOnce(m_window.get(), m_window->navigator())); // once is enough

        m_window->action(rs::ActionId::WhereToStart)->trigger(); // unless asked
        QVERIFY(m_window->findChild<FirstRunHint *>());
    }

    // Every action the registry names is made, under its object name (what accessibility tools and scripts read),
    // and is in a menu of the window, where a person finds it and its shortcut.
    void everyRegisteredActionIsInAMenu()
    {
        const QMetaEnum ids = QMetaEnum::fromType<ActionId>();
        QVERIFY(ids.keyCount() > 40);
        for (int i = 0; i < ids.keyCount(); ++i) {
            const auto id = ActionId(ids.value(i));
            QAction *action = m_window->action(id);
            QVERIFY2(action, ids.key(i));
            QCOMPARE(action->objectName(), ActionRegistry::objectName(id));
            QCOMPARE(m_window->findChild<QAction *>(action->objectName()), action);
            bool inMenu = false;
            for (QObject *holder : action->associatedObjects())
                inMenu = inMenu || qobject_cast<QMenu *>(holder);
            QVERIFY2(inMenu, ids.key(i));
        }
        QCOMPARE(
            ActionRegistry::objectName(ActionId::RenameMemberOrProduction), QStringLiteral("renameMemberOrProduction"));
    }
};

QTEST_MAIN(TestShortcutsHelp)
#include "TestShortcutsHelp.moc"
