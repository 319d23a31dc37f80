// The Reviews view driven from the keyboard and the mouse: K keeps, R revokes, N moves to the next undecided item,
// the progress follows, the filters (undecided, production, role, member) narrow the list, many selected items are
// decided at once, items show their dates, and a close goes through the document's apply without reading the
// workspace again.
#include "MainWindow.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "ReviewsFixture.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "itemmodels/ReviewItemsModel.h"
#include "reviews/ReviewsDialog.h"
#include "storage/ReviewStore.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;
using reviewsfixture::s;

namespace {

// Starts the campaign in the workspace itself, as another reviewer's rolesheet-cli would, with Fien as its reviewer.
bool startSpring(const QString &location)
{
    auto store = Store::open(location);
    if (!store)
        return false;
    const CampaignStart start { s("Spring quarter"), review::Scope::studio(), QDate::currentDate().addDays(14),
        { store.value()->workspace().findMember(s("Fien Janssens"))->id }, false };
    return ReviewStore(*store.value()).start(start).ok();
}

QList<CampaignItem> storedItems(const QString &location)
{
    auto other = Store::open(location, Store::Access::ReadOnly);
    if (!other)
        return {};
    ReviewStore reviews(*other.value());
    return reviews.items(reviews.campaign(s("Spring quarter")).value()).value();
}

QString cell(const ReviewsDialog &dialog, int row, int column)
{
    return dialog.items()->index(row, column).data().toString();
}

} // namespace

class TestReviewsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void init() { Prompts::reset(); }
    void keysDecideAndMoveOn();
    void manyAtOnceWithFilters();
};

void TestReviewsView::keysDecideAndMoveOn()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(s("w.rolesheet"));
    QVERIFY(reviewsfixture::writeStudio(location));
    MainWindow window;
    QVERIFY(window.openWorkspace(location));
    QVERIFY(window.action(rs::ActionId::AccessReviews));
    QVERIFY(startSpring(location));
    ReviewsDialog dialog(window.workbench());
    dialog.resize(1200, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.showCampaign(s("Spring quarter"));
    QTRY_COMPARE(dialog.campaignName(), s("Spring quarter"));
    QTableView *table = dialog.table();
    QTRY_COMPARE(dialog.items()->rowCount(), 6);
    QCOMPARE(dialog.progress()->text(), s("0 of 6 decided"));
    // Every column is headed, and the items show their dates: Eva's seat from its first to its last day.
    for (int column = 0; column < ReviewItemsModel::Count; ++column)
        QVERIFY(!dialog.items()->headerData(column, Qt::Horizontal).toString().isEmpty());
    const QTimeZone zone = window.document()->stored().timeZone();
    QCOMPARE(cell(dialog, 5, ReviewItemsModel::Member), s("Eva Wouters"));
    QCOMPARE(cell(dialog, 5, ReviewItemsModel::From),
        dates::date(dates::startOfDay(reviewsfixture::evaFrom(), zone), zone));
    QCOMPARE(cell(dialog, 5, ReviewItemsModel::Until),
        dates::date(dates::endOfDay(reviewsfixture::evaUntil(), zone), zone));
    QCOMPARE(cell(dialog, 3, ReviewItemsModel::Until), s("no end"));

    table->setFocus();
    dialog.selectItems({ 1 });
    QTest::keyClick(table, Qt::Key_K); // Ann: keep, then on to item 2
    QTRY_COMPARE(table->currentIndex().row(), 1);
    QTest::keyClick(table, Qt::Key_K); // Bram's account role
    QTRY_COMPARE(table->currentIndex().row(), 2);
    QTest::keyClick(table, Qt::Key_K); // Bram's seat
    QTRY_COMPARE(table->currentIndex().row(), 3);
    QTest::keyClick(table, Qt::Key_R); // Cato's seat: revoke
    QTRY_COMPARE(table->currentIndex().row(), 4);
    QTest::keyClick(table, Qt::Key_K); // Dirk's seat
    QTRY_COMPARE(dialog.progress()->text(), s("5 of 6 decided"));
    QCOMPARE(cell(dialog, 3, ReviewItemsModel::DecisionColumn), s("Revoke"));
    QCOMPARE(table->currentIndex().row(), 5);
    // Decided by the member chosen under "Acting as", as the command line's --as records it.
    QCOMPARE(dialog.actingAs()->currentText(), s("Fien Janssens"));
    QVERIFY(cell(dialog, 3, ReviewItemsModel::DecidedBy).startsWith(s("Fien Janssens, ")));
    dialog.undecidedOnly()->setChecked(true);
    QCOMPARE(dialog.items()->rowCount(), 1);
    QCOMPARE(cell(dialog, 0, ReviewItemsModel::Member), s("Eva Wouters"));
    // Stored, not only shown: another store reads the decisions.
    const QList<CampaignItem> items = storedItems(location);
    QCOMPARE(items.size(), 6);
    QCOMPARE(items.at(3).decision.kind, review::Decision::Kind::Revoke);
    QCOMPARE(items.at(3).decision.decidedBy, s("Fien Janssens"));
    QCOMPARE(items.at(4).decision.kind, review::Decision::Kind::Keep);
    QCOMPARE(items.at(5).decision.kind, review::Decision::Kind::None);

    // Closed in the window, the revoke is this window's own apply: nothing is read again, and nothing says
    // "elsewhere".
    table->setFocus();
    dialog.selectItems({ 6 });
    QTest::keyClick(table, Qt::Key_K); // Eva's seat
    QTRY_COMPARE(dialog.progress()->text(), s("6 of 6 decided"));
    QSignalSpy reloaded(window.document(), &Document::reloaded);
    QSignalSpy applied(window.document(), &Document::applied);
    Prompts::setUnattended(true);
    Prompts::setNextDialogHandler([](QDialog *) { return int(ReviewDialog::ApplyResult); });
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("closeReview")), Qt::LeftButton);
    QTRY_COMPARE(applied.size(), 1);
    QTRY_VERIFY(!window.document()->isBusy());
    const Workspace &seen = window.session()->working();
    QVERIFY(!seen.seatRole(seen.findProduction(s("Spring Portraits"))->id, seen.findMember(s("Cato Jacobs"))->id));
    QVERIFY2(!window.messageBar()->text().contains(s("elsewhere")), qPrintable(window.messageBar()->text()));
    QVERIFY2(window.statusBar()->currentMessage().startsWith(s("Applied: 1 change")),
        qPrintable(window.statusBar()->currentMessage()));
    QTRY_COMPARE(dialog.campaignName(), s("Spring quarter"));
    QTRY_VERIFY(dialog.findChild<QPushButton *>(s("exportEvidence"))->isEnabled());
    // A moment for the watcher to look: still no reload.
    QTest::qWait(300);
    QCOMPARE(reloaded.size(), 0);
    QCOMPARE(window.document()->version(), Store::open(location).value()->version());
}

void TestReviewsView::manyAtOnceWithFilters()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(s("w.rolesheet"));
    QVERIFY(reviewsfixture::writeStudio(location));
    MainWindow window;
    QVERIFY(window.openWorkspace(location));
    QVERIFY(startSpring(location));
    ReviewsDialog dialog(window.workbench());
    dialog.resize(1200, 420);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    dialog.showCampaign(s("Spring quarter"));
    QTRY_COMPARE(dialog.items()->rowCount(), 6);

    // By production: the four seats of Spring Portraits; by member, a part of the name in any case.
    QCOMPARE(dialog.productionFilter()->findText(s("Spring Portraits")), 1);
    dialog.productionFilter()->setCurrentIndex(1);
    QCOMPARE(dialog.items()->rowCount(), 4);
    dialog.memberFilter()->setText(s("JAC"));
    QCOMPARE(dialog.items()->rowCount(), 1);
    QCOMPARE(cell(dialog, 0, ReviewItemsModel::Member), s("Cato Jacobs"));
    dialog.memberFilter()->clear();
    // By role: the seats give the production's default role; the account roles are their own.
    const QString bramsRole = cell(dialog, 0, ReviewItemsModel::Role);
    dialog.productionFilter()->setCurrentIndex(0);
    dialog.roleFilter()->setCurrentIndex(dialog.roleFilter()->findText(bramsRole));
    const int withRole = dialog.items()->rowCount();
    QVERIFY(withRole >= 1 && withRole < 6);
    for (int row = 0; row < withRole; ++row)
        QCOMPARE(cell(dialog, row, ReviewItemsModel::Role), bramsRole);
    dialog.roleFilter()->setCurrentIndex(0);

    // The three seats of Cato, Dirk and Eva selected and revoked at once, with one comment.
    dialog.productionFilter()->setCurrentIndex(1);
    dialog.selectItems({ 4, 5, 6 });
    QCOMPARE(dialog.selectedItems(), QList<int>({ 4, 5, 6 }));
    dialog.comment()->setText(s("The shoot wrapped"));
    dialog.table()->setFocus();
    QTest::keyClick(dialog.table(), Qt::Key_R);
    QTRY_COMPARE(dialog.progress()->text(), s("3 of 6 decided"));
    QVERIFY(dialog.comment()->text().isEmpty());
    const QList<CampaignItem> items = storedItems(location);
    for (int i : { 3, 4, 5 }) {
        QCOMPARE(items.at(i).decision.kind, review::Decision::Kind::Revoke);
        QCOMPARE(items.at(i).decision.comment, s("The shoot wrapped"));
        QCOMPARE(items.at(i).decision.decidedBy, s("Fien Janssens"));
    }
    for (int i : { 0, 1, 2 })
        QCOMPARE(items.at(i).decision.kind, review::Decision::Kind::None);
    QCOMPARE(cell(dialog, dialog.items()->rowOf(5), ReviewItemsModel::Comment), s("The shoot wrapped"));

    // The screenshot for the README: the whole list, the three undecided items selected.
    dialog.productionFilter()->setCurrentIndex(0);
    dialog.selectItems({ 1, 2, 3 });
    dialog.table()->setFocus();
    if (const QString grabTo = qEnvironmentVariable("ROLESHEET_GRAB_DIR"); !grabTo.isEmpty())
        QVERIFY(dialog.grab().save(grabTo + s("/reviews.png")));
}

QTEST_MAIN(TestReviewsView)
#include "TestReviewsView.moc"
