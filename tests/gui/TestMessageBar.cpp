// The message bar above the grid: it closes, it goes once its cause is gone, and it offers what puts it right. And the
// counts the status line reads out have their plural forms in English.
#include "GridPanel.h"
#include "MainWindow.h"
#include "MemberActions.h"
#include "MessageBar.h"
#include "NavigatorPanel.h"
#include "Prompts.h"
#include "RoleActions.h"
#include "commands/EditSession.h"
#include "i18n/Translations.h"
#include "itemmodels/PermissionGridModel.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

#include <memory>

using namespace rs;

class TestMessageBar : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<MainWindow> m_window;

    const Workspace &working() const { return m_window->session()->working(); }
    MessageBar *bar() const { return m_window->messages(); }
    QLabel *label() const { return m_window->messageBar(); }
    QString status() const { return m_window->statusBar()->currentMessage(); }
    QToolButton *offered() const
    {
        const QList<QToolButton *> buttons = bar()->findChildren<QToolButton *>(QStringLiteral("messageBarAction"));
        return buttons.size() == 1 ? buttons.first() : nullptr;
    }
    void answerCreateProduction(const QString &name)
    {
        Prompts::setNextDialogHandler([name](QDialog *dialog) {
            dialog->findChild<QLineEdit *>(QStringLiteral("productionName"))->setText(name);
            return int(QDialog::Accepted);
        });
    }
    void askForAFreelancerRole()
    {
        m_window->action(rs::ActionId::FreelancerRole)->trigger();
        QVERIFY(label()->isVisible());
        QVERIFY2(label()->text().contains(QStringLiteral("create a production first")), qPrintable(label()->text()));
    }
    void clickCell(const char *featureName)
    {
        const Feature *f = working().findFeature(QString::fromUtf8(featureName));
        QVERIFY(f);
        const QModelIndex index = m_window->grid()->cellIndex(f->id, PermissionGridModel::ViewColumn);
        QVERIFY(index.isValid());
        QTreeView *view = m_window->grid()->view();
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true);
        // As the editor does at start for an English desktop.
        QCOMPARE(Translations::install(QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
    }

    void cleanupTestCase() { Translations::uninstall(); }

    void init()
    {
        Prompts::reset();
        m_dir = std::make_unique<QTemporaryDir>();
        m_window = std::make_unique<MainWindow>();
        m_window->resize(1300, 850);
        QVERIFY(m_window->newWorkspace(m_dir->filePath(QStringLiteral("studio.rolesheet"))));
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
        QVERIFY(working().productions().isEmpty());
        QVERIFY(!label()->isVisible());
    }

    void cleanup()
    {
        m_window->discardChanges();
        m_window.reset();
        m_dir.reset();
    }

    void closesWithItsButton()
    {
        askForAFreelancerRole();
        QToolButton *close = bar()->findChild<QToolButton *>(QStringLiteral("messageBarClose"));
        QVERIFY(close && close->isVisible());
        QVERIFY(!close->accessibleName().isEmpty());
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!label()->isVisible());
        QVERIFY(working().productions().isEmpty()); // closing changes nothing
    }

    void closesWithEscape()
    {
        askForAFreelancerRole();
        bar()->setFocus();
        QTRY_VERIFY(bar()->hasFocus());
        QTest::keyClick(bar(), Qt::Key_Escape);
        QVERIFY(!label()->isVisible());
    }

    void goesOnceAProductionExists()
    {
        askForAFreelancerRole();
        // Looking elsewhere does not resolve it.
        m_window->navigator()->selectRole(working().templates().first()->id);
        QVERIFY(label()->isVisible());
        answerCreateProduction(QStringLiteral("Spring Catalog"));
        m_window->action(rs::ActionId::CreateProduction)->trigger();
        QVERIFY(working().findProduction(QStringLiteral("Spring Catalog")));
        QVERIFY(!label()->isVisible());
    }

    void offersToCreateTheProduction()
    {
        askForAFreelancerRole();
        QToolButton *button = offered();
        QVERIFY(button && button->isVisible());
        QCOMPARE(button->text(), QStringLiteral("Create a Production…"));
        answerCreateProduction(QStringLiteral("Autumn Shoot"));
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(working().findProduction(QStringLiteral("Autumn Shoot")));
        QVERIFY(!label()->isVisible());
        QCOMPARE(
            m_window->navigator()->currentProduction(), working().findProduction(QStringLiteral("Autumn Shoot"))->id);
    }

    void theInviteMessageOffersItToo()
    {
        m_window->action(rs::ActionId::Invite)->trigger();
        QVERIFY(label()->isVisible());
        QVERIFY(offered());
        answerCreateProduction(QStringLiteral("Winter Gala"));
        QTest::mouseClick(offered(), Qt::LeftButton);
        QVERIFY(working().findProduction(QStringLiteral("Winter Gala")));
        QVERIFY(!label()->isVisible());
    }

    void aSelectionMessageGoesWithTheSelection()
    {
        answerCreateProduction(QStringLiteral("Spring Catalog"));
        m_window->action(rs::ActionId::CreateProduction)->trigger();
        const Production *spring = working().findProduction(QStringLiteral("Spring Catalog"));
        QVERIFY(spring);
        const Id springId = spring->id;
        // A production's built-in role, shown outside any production: a copy of it needs the production it is for.
        Id shared = 0;
        for (const Role &r : working().roles()) {
            if (r.isProductionRole() && !r.production)
                shared = r.id;
        }
        QVERIFY(shared);
        m_window->navigator()->selectRole(working().templates().first()->id);
        m_window->navigator()->selectRole(shared);
        QCOMPARE(m_window->grid()->role(), shared);
        QCOMPARE(m_window->navigator()->currentProduction(), Id(0));
        const int roles = int(working().roles().size());
        m_window->action(rs::ActionId::DuplicateRole)->trigger();
        QCOMPARE(int(working().roles().size()), roles);
        QVERIFY(label()->isVisible());
        QVERIFY2(label()->text().contains(QStringLiteral("Pick the production")), qPrintable(label()->text()));
        // Picking the production in the navigator is what it asked for.
        m_window->navigator()->selectProduction(springId);
        QVERIFY(!label()->isVisible());
    }

    void theStatusLineCountsInEnglish()
    {
        clickCell("Organizations");
        QCOMPARE(int(m_window->session()->stagedChanges().size()), 1);
        QVERIFY2(status().startsWith(QStringLiteral("Staged, not applied yet: 1 change.")), qPrintable(status()));
        QVERIFY(!status().contains(QStringLiteral("(s)")));
        clickCell("Jobs");
        QCOMPARE(int(m_window->session()->stagedChanges().size()), 2);
        QVERIFY2(status().startsWith(QStringLiteral("Staged, not applied yet: 2 changes.")), qPrintable(status()));
        QVERIFY(m_window->applyChanges());
        QVERIFY2(status() == QStringLiteral("Applied: 2 changes, in one step."), qPrintable(status()));
    }

    void oneAppliedChangeIsSingular()
    {
        clickCell("Organizations");
        QVERIFY(m_window->applyChanges());
        QVERIFY2(status() == QStringLiteral("Applied: 1 change, in one step."), qPrintable(status()));
    }
};

QTEST_MAIN(TestMessageBar)
#include "TestMessageBar.moc"
