// The review of changes tells the truth about dates: every line that sets a date shows it before and after, and the
// impact on members counts access that starts or ends later — closing an access review that takes Fay off a
// production whose seat starts tomorrow names her, though nothing changes at this moment.
#include "MainWindow.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "commands/EditSession.h"
#include "commands/WorkspaceDiff.h"
#include "document/Document.h"
#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "itemmodels/ReviewItemsModel.h"
#include "reviews/ReviewsDialog.h"
#include "storage/ReviewStore.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Every line of a tree, parents and children, "text | text | text".
QStringList treeLines(QTreeWidget *tree)
{
    QStringList lines;
    for (QTreeWidgetItemIterator it(tree); *it; ++it) {
        QStringList cells;
        for (int c = 0; c < tree->columnCount(); ++c)
            cells << (*it)->text(c);
        lines << cells.join(s(" | "));
    }
    return lines;
}

} // namespace

class TestReviewDates : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Workspace m_ws;
    QTimeZone m_zone;
    QDate m_today;
    Id m_gala = 0;
    Id m_fay = 0;
    Id m_bram = 0;
    Id m_editor = 0;

    QDateTime day(int days, QTime time) const { return QDateTime(m_today.addDays(days), time, m_zone); }
    QString shown(const QDateTime &at) const { return dates::date(at, m_zone); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true);
        m_ws = DefaultWorkspace::create(s("Ann Peeters"), s("Studio Noord"));
        m_zone = m_ws.timeZone();
        m_today = QDateTime::currentDateTimeUtc().toTimeZone(m_zone).date();
        Change editor = Change::createRole(s("Editor"), Scope::Account);
        QVERIFY(m_ws.apply(editor));
        m_editor = editor.created();
        Change bram = Change::addMember(s("Bram"), m_editor);
        QVERIFY(m_ws.apply(bram));
        m_bram = bram.created();
        Change fay = Change::addMember(s("Fay"));
        QVERIFY(m_ws.apply(fay));
        m_fay = fay.created();
        Change gala = Change::createProduction(s("Gala Night"), m_ws.owner());
        QVERIFY(m_ws.apply(gala));
        m_gala = gala.created();
        // Fay's seat starts tomorrow: she holds nothing in Gala Night at this moment.
        Change invite = Change::invite(m_gala, m_fay, m_ws.builtInRole(BuiltIn::ProductionMember), day(1, QTime(0, 0)),
            day(14, QTime(23, 59, 59)));
        QVERIFY(m_ws.apply(invite));
        Change fien = Change::addMember(s("Fien Janssens"));
        QVERIFY(m_ws.apply(fien));
    }

    // Staged in the editor: an invite shows its first day, an extension its end before and after, an end date
    // moved on an account role says so (not "Give"), a wrap date its old and new day.
    void everyLineShowsItsDates()
    {
        EditSession session;
        session.load(m_ws);
        const Id hoa = [&]() {
            Change add = Change::addMember(s("Hoa"));
            return session.stage(add) ? session.working().findMember(s("Hoa"))->id : Id(0);
        }();
        QVERIFY(hoa);
        QVERIFY(session.stage(Change::invite(m_gala, hoa, m_ws.builtInRole(BuiltIn::ProductionMember),
            day(3, QTime(0, 0)), day(20, QTime(23, 59, 59)))));
        QVERIFY(session.stage(Change::setSeatDates(m_gala, m_fay, day(1, QTime(0, 0)), day(30, QTime(23, 59, 59)))));
        QVERIFY(session.stage(Change::setAccountRole(m_bram, m_editor, day(90, QTime(23, 59, 59)))));
        QVERIFY(session.stage(Change::setProductionEnd(m_gala, day(40, QTime(23, 59, 59)))));
        ReviewDialog dialog(&session);
        const QStringList changes = treeLines(dialog.changesTree());
        const QString all = changes.join(u'\n');
        const QString dash = s(" \u2013 ");
        QVERIFY2(changes.contains(s("Invite Hoa to Gala Night as Production member from %1 until %2 | not on the "
                                    "team | %1%3%2")
                                      .arg(shown(day(3, QTime(0, 0))), shown(day(20, QTime(23, 59, 59))), dash)),
            qPrintable(all));
        // Fay's seat before: its own end; after: the later one.
        QVERIFY2(changes.contains(s("Extend Fay's seat in Gala Night to %1 | %2%3%4 | %2%3%1")
                                      .arg(shown(day(30, QTime(0, 0))), shown(day(1, QTime(0, 0))), dash,
                                          shown(day(14, QTime(0, 0))))),
            qPrintable(all));
        QVERIFY2(changes.contains(s("End Bram's account role Editor on %1 | Editor, no end | Editor until %1")
                                      .arg(shown(day(90, QTime(0, 0))))),
            qPrintable(all));
        QVERIFY2(!all.contains(s("Give Bram")), qPrintable(all));
        QVERIFY2(changes.contains(s("Wrap Gala Night on %1 | no wrap date | %1").arg(shown(day(40, QTime(0, 0))))),
            qPrintable(all));
        // Hoa's seat starts in three days: nothing changes now, yet the impact says what will.
        const QString impact = treeLines(dialog.impactTree()).join(u'\n');
        QVERIFY2(impact.contains(s("Hoa gains a seat in Gala Night from %1").arg(shown(day(3, QTime(0, 0))))),
            qPrintable(impact));
        QVERIFY2(impact.contains(s("Bram's account role Editor ends on %1").arg(shown(day(90, QTime(0, 0))))),
            qPrintable(impact));
        QVERIFY2(!impact.contains(s("Nobody gains or loses access")), qPrintable(impact));
    }

    // A workspace import lists every date that changes: seat dates and a production's new wrap date.
    void importReviewListsEveryChangedDate()
    {
        Workspace imported = m_ws;
        Change wrap = Change::setProductionEnd(m_gala, day(50, QTime(23, 59, 59)));
        Change seat = Change::setSeatDates(m_gala, m_fay, day(2, QTime(0, 0)), day(21, QTime(23, 59, 59)));
        Change role = Change::setAccountRole(m_bram, m_editor, day(70, QTime(23, 59, 59)));
        QVERIFY(imported.apply(wrap) && imported.apply(seat) && imported.apply(role));
        const WorkspaceDiff diff = diffWorkspaces(m_ws, imported);
        ReviewDialog dialog(m_ws, diff, s("Replace?"));
        const QString all = treeLines(dialog.changesTree()).join(u'\n');
        QVERIFY2(
            all.contains(s("\u201cGala Night\u201d wraps: no wrap date \u2192 %1").arg(shown(day(50, QTime(0, 0))))),
            qPrintable(all));
        QVERIFY2(all.contains(s("from %1 until %2 \u2192 from %3 until %4")
                                  .arg(shown(day(1, QTime(0, 0))), shown(day(14, QTime(0, 0))),
                                      shown(day(2, QTime(0, 0))), shown(day(21, QTime(0, 0))))),
            qPrintable(all));
        QVERIFY2(all.contains(s("\u201cBram\u201d: account role \u201cEditor\u201d, end no end \u2192 %1")
                                  .arg(shown(day(70, QTime(0, 0))))),
            qPrintable(all));
    }

    // Closing an access review in the window that revokes Fay's seat, which starts tomorrow: the impact names her
    // and the day she loses it from, and applying takes her off.
    void closingAReviewNamesWhoLosesAFutureSeat()
    {
        const QString location = m_dir.filePath(s("close.rolesheet"));
        QVERIFY(Store::create(location, m_ws));
        MainWindow window;
        window.resize(1024, 700);
        QVERIFY(window.openWorkspace(location));
        {
            auto store = Store::open(location);
            QVERIFY(store);
            const CampaignStart start { s("Winter"), review::Scope::studio(), m_today.addDays(14),
                { store.value()->workspace().findMember(s("Fien Janssens"))->id }, false };
            QVERIFY(ReviewStore(*store.value()).start(start));
        }
        ReviewsDialog reviews(window.workbench());
        reviews.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reviews));
        reviews.showCampaign(s("Winter"));
        QTRY_COMPARE(reviews.campaignName(), s("Winter"));
        ReviewItemsModel *items = reviews.items();
        QTRY_VERIFY(items->rowCount() > 0);
        bool fayDecided = false;
        for (int row = 0; row < items->rowCount(); ++row) {
            const bool fay = items->index(row, ReviewItemsModel::Member).data().toString() == s("Fay");
            fayDecided = fayDecided || fay;
            reviews.selectItems({ items->index(row, ReviewItemsModel::Number).data().toInt() });
            reviews.decideSelected(fay ? review::Decision::Kind::Revoke : review::Decision::Kind::Keep);
            QTRY_COMPARE(reviews.progress()->text(), s("%1 of %2 decided").arg(row + 1).arg(items->rowCount()));
        }
        QVERIFY(fayDecided);
        QStringList impact, changes;
        Prompts::setNextDialogHandler([&](QDialog *dialog) {
            auto *review = qobject_cast<ReviewDialog *>(dialog);
            if (!review)
                return int(QDialog::Rejected);
            impact = treeLines(review->impactTree());
            changes = treeLines(review->changesTree());
            if (const QString grabTo = qEnvironmentVariable("ROLESHEET_GRAB_DIR"); !grabTo.isEmpty()) {
                review->resize(1000, 640);
                review->show();
                static_cast<void>(QTest::qWaitForWindowExposed(review));
                review->grab().save(grabTo + s("/review-close-impact.png"));
            }
            return int(ReviewDialog::ApplyResult);
        });
        QTest::mouseClick(reviews.findChild<QPushButton *>(s("closeReview")), Qt::LeftButton);
        QTRY_VERIFY(!impact.isEmpty()); // the plan comes from the document's worker
        QTRY_VERIFY(!window.document()->isBusy());
        const QString text = impact.join(u'\n');
        QVERIFY2(text.contains(s("Fay loses the seat in Gala Night from %1").arg(shown(day(1, QTime(0, 0))))),
            qPrintable(text));
        QVERIFY2(!text.contains(s("Nobody gains or loses access")), qPrintable(text));
        // The change itself shows the seat's days it takes away.
        QVERIFY2(changes.contains(s("Take Fay off the team of Gala Night | %1 \u2013 %2 | not on the team")
                                      .arg(shown(day(1, QTime(0, 0))), shown(day(14, QTime(0, 0))))),
            qPrintable(changes.join(u'\n')));
        QTRY_VERIFY(!window.session()->working().seats().contains(SeatKey { m_gala, m_fay }));
    }
};

QTEST_MAIN(TestReviewDates)
#include "TestReviewDates.moc"
