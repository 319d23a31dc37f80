// The Duties view: the rules with the suggested ones switched on from it, the conflicts of the working copy with
// those a staged change would make marked as such, the Apply that a block rule refuses with the workspace unchanged,
// and "who can" answering as the command line's `who` does.
#include "MainWindow.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "duties/DutiesDialog.h"
#include "storage/DutyStore.h"

#include "i18n/Translations.h"

#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QStringList column(const QTableWidget *table, int c)
{
    QStringList values;
    for (int r = 0; r < table->rowCount(); ++r)
        values.append(table->item(r, c)->text());
    return values;
}

} // namespace

class TestDutiesView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        rs::Translations::install(QLocale(QLocale::English)); // "1 conflict", as the editor says it
    }
    void rulesConflictsAndWhoCan();
};

void TestDutiesView::rulesConflictsAndWhoCan()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(s("w.rolesheet"));
    Workspace ws = DefaultWorkspace::create(s("Olga Brandt"), s("Studio Noord"));
    Change clerk = Change::createRole(s("Order clerk"), rs::Scope::Account);
    QVERIFY(ws.apply(clerk).ok());
    for (const Feature &f : ws.features()) {
        Change none = Change::setGrant(clerk.role, f.id, Levels());
        if (!ws.grant(clerk.role, f.id).isNone())
            QVERIFY(ws.apply(none).ok());
    }
    Change edit = Change::setGrant(clerk.role, ws.findFeature(s("Release Orders"))->id, Level::Edit);
    QVERIFY(ws.apply(edit).ok());
    Change fay = Change::addMember(s("Fay Jansen"), clerk.role);
    QVERIFY(ws.apply(fay).ok());
    Change gala = Change::createProduction(s("Gala Night"), ws.owner());
    QVERIFY(ws.apply(gala).ok());
    QVERIFY(Store::create(location, ws).ok());
    {
        auto store = Store::open(location);
        duties::Rule rule;
        rule.name = s("Orders written and checked");
        rule.left.cells = duties::parseCells(ws, s("Release Orders:edit")).value();
        rule.right.cells = duties::parseCells(ws, s("Studio Orders:edit")).value();
        rule.rationale = s("Whoever writes an order should not check it.");
        QVERIFY(DutyStore(*store.value()).addRule(rule).ok());
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(location));
    QVERIFY(window.action(rs::ActionId::Duties));
    const Workbench bench = window.workbench();

    // Staged: Fay takes a Gala Night seat whose role edits Studio Orders.
    const Id galaId = bench.session->working().findProduction(s("Gala Night"))->id;
    const Id fayId = bench.session->working().findMember(s("Fay Jansen"))->id;
    const Id member = bench.session->working().builtInRole(BuiltIn::ProductionAdmin);
    QVERIFY(bench.session->working()
                .grant(member, bench.session->working().findFeature(s("Studio Orders"))->id)
                .has(Level::Edit));
    QVERIFY(bench.session->stage(Change::invite(galaId, fayId, member)).ok());

    DutiesDialog dialog(bench);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(column(dialog.rules(), 0).first(), s("Orders written and checked"));
    QVERIFY(column(dialog.rules(), 5).contains(s("suggested, off")));
    QCOMPARE(dialog.conflicts()->rowCount(), 1);
    QCOMPARE(dialog.conflicts()->item(0, 0)->text(), s("Fay Jansen"));
    QVERIFY(dialog.conflicts()->item(0, 3)->text().startsWith(s("account role Order clerk")));
    QCOMPARE(dialog.conflicts()->item(0, 4)->text(), bench.session->working().role(member)->name + s(" in Gala Night"));
    QCOMPARE(dialog.conflicts()->item(0, 5)->text(), s("staged change"));

    // Apply is refused by the block rule; the stored workspace keeps no seat.
    bench.document->apply();
    const Status applied = bench.document->waitForFinished();
    QVERIFY(!applied.ok());
    QVERIFY2(applied.error().message.contains(s("Orders written and checked")), qPrintable(applied.error().message));
    QVERIFY(!bench.document->stored().seats().contains({ galaId, fayId }));

    // Who can edit Studio Orders in Gala Night: the owner (standing) and, in the working copy, Fay through her seat.
    dialog.askWho(bench.session->working().findFeature(s("Studio Orders"))->id, Level::Edit, galaId);
    const QStringList who = column(dialog.whoTable(), 0);
    QVERIFY2(who.contains(s("Olga Brandt")) && who.contains(s("Fay Jansen")), qPrintable(who.join(QLatin1Char(','))));

    // The README's pictures, when asked for: ROLESHEET_SCREENSHOT_DIR=DIR.
    if (const QString shots = qEnvironmentVariable("ROLESHEET_SCREENSHOT_DIR"); !shots.isEmpty()) {
        dialog.resize(1180, 420);
        const char *names[] = { "duty-rules.png", "duty-conflicts.png", "who-can.png" };
        for (int tab = 0; tab < 3; ++tab) {
            dialog.tabs()->setCurrentIndex(tab);
            QTest::qWait(200);
            QVERIFY(dialog.grab().save(shots + QLatin1Char('/') + QLatin1String(names[tab])));
        }
    }

    // A suggested rule switched on from the view is stored.
    const int row = int(column(dialog.rules(), 0).indexOf(s("Discounts on one's own orders")));
    QVERIFY(row >= 0);
    dialog.rules()->selectRow(row);
    QVERIFY(dialog.switchOnSelected());
    QCOMPARE(column(dialog.rules(), 5).count(s("on")), 2);
}

QTEST_MAIN(TestDutiesView)
#include "TestDutiesView.moc"
