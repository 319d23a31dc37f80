// The Reviews view driven from the keyboard: K keeps, R revokes, N moves to the next undecided item, the progress
// follows, the undecided filter hides what is decided, and the menu action opens it.
#include "MainWindow.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "reviews/ReviewsDialog.h"
#include "storage/ReviewStore.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

} // namespace

class TestReviewsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void keysDecideAndMoveOn();
};

void TestReviewsView::keysDecideAndMoveOn()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(s("w.rolesheet"));
    Workspace ws = DefaultWorkspace::create(s("Ann Peeters"), s("Studio Noord"));
    Change bram = Change::addMember(s("Bram Claes"), ws.builtInRole(BuiltIn::CreateProductions));
    QVERIFY(ws.apply(bram).ok());
    Change spring = Change::createProduction(s("Spring Portraits"), ws.findMember(s("Bram Claes"))->id);
    QVERIFY(ws.apply(spring).ok());
    for (const char *name : { "Cato Jacobs", "Dirk Maes", "Eva Wouters" }) {
        Change add = Change::addMember(s(name));
        QVERIFY(ws.apply(add).ok());
        Change invite = Change::invite(ws.findProduction(s("Spring Portraits"))->id, ws.findMember(s(name))->id);
        QVERIFY(ws.apply(invite).ok());
    }
    // The reviewer holds no access of their own, so every item is theirs to decide.
    Change fien = Change::addMember(s("Fien Janssens"));
    QVERIFY(ws.apply(fien).ok());
    QVERIFY(Store::create(location, ws).ok());
    MainWindow window;
    QVERIFY(window.openWorkspace(location));
    QVERIFY(window.action(rs::ActionId::AccessReviews));
    {
        // Started in the workspace itself, as another reviewer's rolesheet-cli would.
        auto store = Store::open(location);
        QVERIFY(store);
        const CampaignStart start { s("Spring quarter"), review::Scope::studio(), QDate::currentDate().addDays(14),
            { store.value()->workspace().findMember(s("Fien Janssens"))->id }, false };
        QVERIFY(ReviewStore(*store.value()).start(start).ok());
    }
    ReviewsDialog dialog(window.workbench());
    dialog.resize(1200, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY(dialog.showCampaign(s("Spring quarter")));
    QTableWidget *table = dialog.table();
    QCOMPARE(table->rowCount(), 6);
    QCOMPARE(dialog.progress()->text(), s("0 of 6 decided"));
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_K); // Ann: keep, then on to item 2
    QCOMPARE(table->currentRow(), 1);
    QTest::keyClick(table, Qt::Key_K); // Bram's account role
    QTest::keyClick(table, Qt::Key_K); // Bram's seat
    QTest::keyClick(table, Qt::Key_R); // Cato's seat: revoke
    QTest::keyClick(table, Qt::Key_K); // Dirk's seat
    QCOMPARE(dialog.progress()->text(), s("5 of 6 decided"));
    QCOMPARE(table->item(3, 5)->text(), s("Revoke"));
    QCOMPARE(table->currentRow(), 5);
    // The screenshot for the README, before the last item is decided.
    if (const QString grabTo = qEnvironmentVariable("ROLESHEET_GRAB_DIR"); !grabTo.isEmpty())
        QVERIFY(dialog.grab().save(grabTo + s("/reviews.png")));
    dialog.undecidedOnly()->setChecked(true);
    QCOMPARE(table->rowCount(), 1);
    QCOMPARE(table->item(0, 1)->text(), s("Eva Wouters"));
    // Stored, not only shown: another store reads the decisions.
    auto other = Store::open(location, Store::Access::ReadOnly);
    QVERIFY(other.ok());
    ReviewStore reviews(*other.value());
    const QList<CampaignItem> items = reviews.items(reviews.campaign(s("Spring quarter")).value()).value();
    QCOMPARE(items.at(3).decision.kind, review::Decision::Kind::Revoke);
    QCOMPARE(items.at(4).decision.kind, review::Decision::Kind::Keep);
    QCOMPARE(items.at(5).decision.kind, review::Decision::Kind::None);

    // Closed in the window, the revoke is this window's own change: read again without a "changed elsewhere".
    table->setFocus();
    table->selectRow(0);
    QTest::keyClick(table, Qt::Key_K); // Eva's seat
    Prompts::setUnattended(true);
    Prompts::setNextDialogHandler([](QDialog *) { return int(ReviewDialog::ApplyResult); });
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("closeReview")), Qt::LeftButton);
    QTRY_VERIFY(!window.document()->isBusy());
    const Workspace &seen = window.session()->working();
    QVERIFY(!seen.seatRole(seen.findProduction(s("Spring Portraits"))->id, seen.findMember(s("Cato Jacobs"))->id));
    QVERIFY2(!window.messageBar()->text().contains(s("elsewhere")), qPrintable(window.messageBar()->text()));
    QVERIFY(window.statusBar()->currentMessage().contains(s("after your change")));
}

QTEST_MAIN(TestReviewsView)
#include "TestReviewsView.moc"
