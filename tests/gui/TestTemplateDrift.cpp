// Roles › Template Drift…: the roles linked to a template with their state, the three-way cells of the chosen role,
// and Propagate staging the template's changes as one undoable step with the overrides kept.
#include "MainWindow.h"
#include "commands/EditSession.h"
#include "domain/DefaultWorkspace.h"
#include "links/TemplateDriftDialog.h"
#include "storage/Store.h"

#include <QAction>
#include <QComboBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestTemplateDrift : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void showsDriftAndPropagates();
};

void TestTemplateDrift::showsDriftAndPropagates()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(s("w.rolesheet"));
    Workspace ws = DefaultWorkspace::create(s("Ann Peeters"), s("Studio Noord"));
    const Id templ = ws.findTemplate(s("Production"))->id;
    const Id images = ws.findFeature(s("Images"))->id;
    const Id orders = ws.findFeature(s("Release Orders"))->id;
    const auto must = [&](Change c) {
        if (!ws.apply(c).ok())
            qFatal("preparation refused");
        return c;
    };
    const Id gala = must(Change::createProduction(s("Gala Night"), ws.owner())).production;
    const Id follower = must(Change::createRole(s("Runner"), Scope::Production, gala, templ)).role;
    const Id pinned = must(Change::createRole(s("Freelancer"), Scope::Production, gala, templ)).role;
    must(Change::linkRole(follower, templ, true));
    must(Change::linkRole(pinned, templ, false));
    must(Change::setGrant(pinned, images, Levels(Level::View))); // its own override
    must(Change::setGrant(templ, images, Levels(Level::View).with(Level::Delete))); // a conflict for the pinned role
    must(Change::setGrant(templ, orders, Levels(Level::View)));
    QVERIFY(Store::create(location, ws).ok());

    MainWindow window;
    QVERIFY(window.openWorkspace(location));
    QAction *menu = window.action(ActionId::TemplateDrift);
    QVERIFY(menu);
    TemplateDriftDialog dialog(window.workbench());
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.showTemplate(s("Production")));
    QTreeWidget *roles = dialog.roles();
    QCOMPARE(roles->topLevelItemCount(), 2);
    QCOMPARE(roles->topLevelItem(0)->text(0), s("Runner"));
    QCOMPARE(roles->topLevelItem(0)->text(3), s("in step"));
    QCOMPARE(roles->topLevelItem(1)->text(2), s("Pinned"));
    QCOMPARE(roles->topLevelItem(1)->text(3), s("behind"));
    QCOMPARE(roles->topLevelItem(1)->text(4), s("2"));
    QCOMPARE(roles->topLevelItem(1)->text(6), s("1"));

    roles->clearSelection();
    roles->topLevelItem(1)->setSelected(true);
    QTreeWidget *cells = dialog.cells();
    QStringList differences;
    for (int i = 0; i < cells->topLevelItemCount(); ++i)
        differences.append(cells->topLevelItem(i)->text(0) + QLatin1Char(':') + cells->topLevelItem(i)->text(4));
    QVERIFY2(differences.contains(s("Images:Conflict")), qPrintable(differences.join(s(", "))));
    QVERIFY2(differences.contains(s("Release Orders:Template change")), qPrintable(differences.join(s(", "))));

    // Propagate keeping the role's levels: one undoable step, the override kept, the role in step.
    EditSession *session = window.session();
    dialog.prefer()->setCurrentIndex(0);
    QVERIFY(dialog.propagate(false));
    QCOMPARE(session->stagedCount(), 1);
    QCOMPARE(session->working().role(pinned)->grants.value(images), Levels(Level::View));
    QCOMPARE(session->working().role(pinned)->grants.value(orders), Levels(Level::View));
    QCOMPARE(roles->topLevelItem(1)->text(3), s("locally changed"));
    QCOMPARE(roles->topLevelItem(1)->text(4), s("0"));
    session->undoStack()->undo();
    QCOMPARE(session->working().role(pinned)->grants, ws.role(pinned)->grants);
    QCOMPARE(roles->topLevelItem(1)->text(3), s("behind"));
}

QTEST_MAIN(TestTemplateDrift)
#include "TestTemplateDrift.moc"
