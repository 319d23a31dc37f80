// Members › Expiring Soon…: what ends within the window and what has ended, listed soonest first; extend, end now and
// renew staged as undoable steps that Apply would send.
#include "DateField.h"
#include "MemberDialogs.h"
#include "commands/EditSession.h"
#include "domain/Access.h"
#include "domain/Dates.h"
#include "domain/DefaultWorkspace.h"
#include "expiry/ExpiringDialog.h"
#include "itemmodels/AccessGridModel.h"

#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const QTimeZone kBerlin("Europe/Berlin");

QDateTime endOf(int month, int day)
{
    return dates::endOfDay(QDate(2026, month, day), kBerlin);
}

// A studio in Berlin: Fay's seat in Gala Night ended on 9 Nov, Gil's ends on 12 Nov, Hoa's account role on 15 Nov,
// Ida's seat on 30 Nov (outside a 14-day window from 10 Nov); Jo's seat has no end.
Workspace studio()
{
    Workspace ws = DefaultWorkspace::create(s("Olga"), s("Studio"));
    const auto must = [&](Change c) {
        if (!ws.apply(c).ok())
            qFatal("preparation refused");
        return c;
    };
    must(Change::setTimeZone("Europe/Berlin"));
    const Id editor = must(Change::createRole(s("Editor"), Scope::Account)).role;
    const Id gala = must(Change::createProduction(s("Gala Night"), ws.owner())).production;
    for (const char *name : { "Fay", "Gil", "Ida", "Jo" })
        must(Change::addMember(s(name)));
    must(Change::addMember(s("Hoa"), editor));
    must(Change::invite(gala, ws.findMember(s("Fay"))->id, 0, {}, endOf(11, 9)));
    must(Change::invite(gala, ws.findMember(s("Gil"))->id, 0, {}, endOf(11, 12)));
    must(Change::invite(gala, ws.findMember(s("Ida"))->id, 0, {}, endOf(11, 30)));
    must(Change::invite(gala, ws.findMember(s("Jo"))->id));
    must(Change::setAccountRole(ws.findMember(s("Hoa"))->id, editor, endOf(11, 15)));
    return ws;
}

QStringList column(QTreeWidget *list, int c)
{
    QStringList values;
    for (int i = 0; i < list->topLevelItemCount(); ++i)
        values << list->topLevelItem(i)->text(c);
    return values;
}

void selectRow(QTreeWidget *list, const QString &member)
{
    list->clearSelection();
    for (int i = 0; i < list->topLevelItemCount(); ++i) {
        if (list->topLevelItem(i)->text(0) == member)
            list->topLevelItem(i)->setSelected(true);
    }
}

} // namespace

class TestExpiringView : public QObject
{
    Q_OBJECT

private slots:
    void listsEndedAndEndingSoonestFirst()
    {
        const Workspace stored = studio();
        EditSession session;
        session.load(stored);
        ExpiringDialog dialog(&session);
        dialog.setNow(QDateTime(QDate(2026, 11, 10), QTime(9, 0), kBerlin));
        QCOMPARE(column(dialog.list(), 0), QStringList({ s("Fay"), s("Gil"), s("Hoa") }));
        QCOMPARE(column(dialog.list(), 1), QStringList({ s("Gala Night"), s("Gala Night"), s("(account role)") }));
        QCOMPARE(column(dialog.list(), 3).first(), s("9 Nov 2026 23:59"));
        QCOMPARE(column(dialog.list(), 4), QStringList({ s("Ended"), s("Ends in 2 days"), s("Ends in 5 days") }));
        dialog.withinDays()->setValue(30);
        QCOMPARE(column(dialog.list(), 0), QStringList({ s("Fay"), s("Gil"), s("Hoa"), s("Ida") }));
    }

    // With nothing to list, the dialog says what to do in the editor, not at a command line.
    void anEmptyListSaysWhatToDo()
    {
        const Workspace stored = studio();
        EditSession session;
        session.load(stored);
        ExpiringDialog dialog(&session);
        dialog.withinDays()->setValue(0);
        dialog.setNow(QDateTime(QDate(2026, 1, 5), QTime(9, 0), kBerlin));
        QCOMPARE(dialog.list()->topLevelItemCount(), 0);
        QVERIFY2(dialog.summary()->text().contains(s("Invite to Production")), qPrintable(dialog.summary()->text()));
        QVERIFY(!dialog.summary()->text().contains(s("rolesheet-cli")));
        dialog.setNow(QDateTime(QDate(2026, 11, 10), QTime(9, 0), kBerlin));
        QVERIFY(dialog.summary()->text().contains(s("1 already ended")));
        QVERIFY(!dialog.summary()->text().contains(s("rolesheet-cli")));
    }

    void extendEndNowAndRenewAreStagedAndUndoable()
    {
        const Workspace stored = studio();
        EditSession session;
        session.load(stored);
        ExpiringDialog dialog(&session);
        const QDateTime now(QDate(2026, 11, 10), QTime(9, 0), kBerlin);
        dialog.setNow(now);
        const Workspace &ws = session.working();
        const Id gala = ws.findProduction(s("Gala Night"))->id;
        const Id gil = ws.findMember(s("Gil"))->id;
        const Id fay = ws.findMember(s("Fay"))->id;
        const Id images = ws.findFeature(s("Images"))->id;

        selectRow(dialog.list(), s("Gil"));
        dialog.extendDays()->setValue(7);
        QVERIFY(dialog.extendSelected());
        QCOMPARE(ws.seatTerm(SeatKey { gala, gil }).until, endOf(11, 19));
        QCOMPARE(session.stagedCount(), 1);
        QCOMPARE(session.stagedChanges().first().kind, Change::Kind::SetSeatDates);
        QCOMPARE(session.stored().seatTerm(SeatKey { gala, gil }).until, endOf(11, 12)); // staged, not stored

        selectRow(dialog.list(), s("Gil"));
        QVERIFY(dialog.endSelectedNow());
        QVERIFY(!effectiveAccess(ws, gil, gala, images, now).levels.has(Level::View));
        QVERIFY(effectiveAccess(ws, gil, gala, images, now.addSecs(-1)).levels.has(Level::View));
        QCOMPARE(column(dialog.list(), 4).at(1), s("Ended")); // ended, and still listed

        selectRow(dialog.list(), s("Fay"));
        QVERIFY(dialog.renewSelected());
        QCOMPARE(ws.seatTerm(SeatKey { gala, fay }).from, dates::startOfDay(QDate(2026, 11, 10), kBerlin));
        QCOMPARE(ws.seatTerm(SeatKey { gala, fay }).until, endOf(11, 17));
        QVERIFY(effectiveAccess(ws, fay, gala, images, now).levels.has(Level::View));

        QCOMPARE(session.stagedCount(), 3);
        session.undoStack()->undo();
        session.undoStack()->undo();
        session.undoStack()->undo();
        QVERIFY(session.working() == stored);
        QCOMPARE(column(dialog.list(), 4), QStringList({ s("Ended"), s("Ends in 2 days"), s("Ends in 5 days") }));
    }

    void checkAccessTakesAMoment()
    {
        const Workspace ws = studio();
        const Id gil = ws.findMember(s("Gil"))->id;
        const Id gala = ws.findProduction(s("Gala Night"))->id;
        CheckAccessDialog dialog(ws, gil, gala);
        // The moment is the wall clock of the workspace's zone: 12 Nov 23:59 in Berlin counts, 13 Nov 00:00 does not.
        const auto typeMoment = [&](const QString &text) {
            dialog.momentEdit()->lineEdit()->selectAll();
            QTest::keyClicks(dialog.momentEdit()->lineEdit(), text);
            QTest::keyClick(dialog.momentEdit()->lineEdit(), Qt::Key_Return);
        };
        typeMoment(s("2026-11-12 23:59"));
        const auto images = [&] {
            for (int row = 0; row < dialog.model()->rowCount(); ++row) {
                const QModelIndex feature = dialog.model()->index(row, AccessGridModel::FeatureColumn);
                if (feature.data().toString() == s("Images"))
                    return dialog.model()->index(row, AccessGridModel::ViewColumn).data().toString();
            }
            return QString();
        };
        QVERIFY(images().contains(s("Production member")));
        QVERIFY(!dialog.summary()->text().contains(s("ended")));
        typeMoment(s("2026-11-13 00:00"));
        QVERIFY(!images().contains(s("Production member")));
        QVERIFY2(dialog.summary()->text().contains(s("Gil's seat in Gala Night ended on 12 Nov 2026.")),
            qPrintable(dialog.summary()->text()));
    }
};

QTEST_MAIN(TestExpiringView)
#include "TestExpiringView.moc"
