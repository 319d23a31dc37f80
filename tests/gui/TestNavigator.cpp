// The navigator as a studio manager uses it: a search field over members, roles and productions, a double-click that
// opens what a row stands for, and a right-click menu that fits the row.
#include "NavigatorMenu.h"
#include "WindowFixture.h"
#include "itemmodels/NavigatorModel.h"
#include "pages/CentreStack.h"
#include "pages/MemberPage.h"
#include "pages/ProductionPage.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QTimer>

class TestNavigator : public WindowFixture
{
    Q_OBJECT

    QTreeView *tree() const { return m_window->navigator()->view(); }
    QLineEdit *search() const { return m_window->navigator()->search(); }
    QLabel *noMatch() const { return m_window->navigator()->findChild<QLabel *>(QStringLiteral("navigatorNoMatch")); }
    void type(const QString &text)
    {
        search()->clear();
        QTest::keyClicks(search(), text);
    }
    QList<ActionId> menuOf(const QModelIndex &index) const
    {
        std::unique_ptr<QMenu> menu(navigatormenu::menuFor(index, m_window->registry(), m_window.get()));
        QList<ActionId> ids;
        for (QAction *a : menu->actions()) {
            for (int i = 0; i <= int(ActionId::About); ++i) {
                if (m_window->action(ActionId(i)) == a)
                    ids << ActionId(i);
            }
        }
        return ids;
    }

private slots:
    void initTestCase() { initCase(); }
    void init() { openFresh(); }
    void cleanup() { closeWindow(); }

    void searchFindsMembersRolesAndProductions()
    {
        const Id gala = createProduction(QStringLiteral("Gala Night"));
        const Id fay = addMember(QStringLiteral("Fay Gallo"));
        // The first match in the tree's order: the production comes before the member.
        type(QStringLiteral("gal"));
        QCOMPARE(m_window->navigator()->currentProduction(), gala);
        QCOMPARE(m_window->centre()->currentWidget(), m_window->centre()->productionPage());
        QVERIFY(!noMatch()->isVisible());
        // Enter goes on to the next: Fay Gallo, whose page shows.
        QTest::keyClick(search(), Qt::Key_Return);
        QCOMPARE(m_window->navigator()->currentMember(), fay);
        QCOMPARE(m_window->centre()->currentWidget(), m_window->centre()->memberPage());
        // And round again.
        QTest::keyClick(search(), Qt::Key_Down);
        QCOMPARE(m_window->navigator()->currentProduction(), gala);
        // A role by a part of its name, in any case.
        type(QStringLiteral("PRODUCTION ADM"));
        QCOMPARE(m_window->centre()->currentWidget(), m_window->grid());
        QCOMPARE(working().role(m_window->navigator()->currentRole())->builtIn, BuiltIn::ProductionAdmin);
        type(QStringLiteral("zzz"));
        QVERIFY(noMatch()->isVisible());
        QVERIFY(!noMatch()->text().isEmpty());
    }

    void doubleClickOpensWhatTheRowStandsFor()
    {
        const Id fay = addMember(QStringLiteral("Fay"));
        const QModelIndex member = m_window->navigator()->model()->memberIndex(fay);
        tree()->expand(member.parent());
        tree()->scrollTo(member);
        const QPoint at = tree()->visualRect(member).center();
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, at);
        QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, at);
        QCOMPARE(m_window->centre()->currentWidget(), m_window->centre()->memberPage());
        QVERIFY(m_window->centre()->memberPage()->isAncestorOf(QApplication::focusWidget())
            || QApplication::focusWidget() == m_window->centre()->memberPage());

        const QModelIndex role = m_window->navigator()->model()->roleIndex(working().templates().first()->id);
        tree()->scrollTo(role);
        const QPoint roleAt = tree()->visualRect(role).center();
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, roleAt);
        QTest::mouseDClick(tree()->viewport(), Qt::LeftButton, {}, roleAt);
        QCOMPARE(m_window->centre()->currentWidget(), m_window->grid());
        QCOMPARE(QApplication::focusWidget(), grid());
    }

    void contextMenuFitsTheRow()
    {
        const Id gala = createProduction(QStringLiteral("Gala Night"));
        const Id fay = addMember(QStringLiteral("Fay"));
        NavigatorModel *model = m_window->navigator()->model();
        const QList<ActionId> onMember = menuOf(model->memberIndex(fay));
        QVERIFY(!onMember.contains(ActionId::DuplicateRole));
        QVERIFY(!onMember.contains(ActionId::DeleteProduction));
        QVERIFY(onMember.contains(ActionId::RemoveMember));
        QVERIFY(onMember.contains(ActionId::Invite));
        const QList<ActionId> onRole = menuOf(model->roleIndex(working().templates().first()->id));
        QVERIFY(onRole.contains(ActionId::DuplicateRole));
        QVERIFY(!onRole.contains(ActionId::RemoveMember));
        const QList<ActionId> onProduction = menuOf(model->productionIndex(gala));
        QVERIFY(onProduction.contains(ActionId::DeleteProduction));
        QVERIFY(!onProduction.contains(ActionId::DuplicateRole));
        QVERIFY(!onProduction.contains(ActionId::RemoveMember));
        QCOMPARE(menuOf(model->groupIndex(NavigatorModel::Members)), QList<ActionId> { ActionId::AddMember });

        // A right click picks the row first, so that the actions act on it: Remove Member is enabled for Fay.
        const QModelIndex member = model->memberIndex(fay);
        tree()->expand(member.parent());
        tree()->scrollTo(member);
        QTimer::singleShot(0, this, [this]() {
            if (auto *menu = m_window->navigator()->findChild<QMenu *>(QStringLiteral("navigatorMenu")))
                menu->close();
        });
        const QPoint at = tree()->visualRect(member).center();
        QContextMenuEvent event(QContextMenuEvent::Mouse, at, tree()->viewport()->mapToGlobal(at), Qt::NoModifier);
        QApplication::sendEvent(tree()->viewport(), &event);
        QCOMPARE(m_window->navigator()->currentMember(), fay);
        QVERIFY(m_window->action(ActionId::RemoveMember)->isEnabled());
    }
};

QTEST_MAIN(TestNavigator)
#include "TestNavigator.moc"
