// A member's page and a production's page, reached from the navigator as a studio manager reaches them.
#include "WindowFixture.h"
#include "domain/Dates.h"
#include "pages/CentreStack.h"
#include "pages/MemberPage.h"
#include "pages/ProductionPage.h"

#include <QComboBox>
#include <QHeaderView>
#include <QTableView>
#include <QTableWidget>

class TestPages : public WindowFixture
{
    Q_OBJECT

    static QString text(QTableWidget *table, int row, int column)
    {
        return table->item(row, column) ? table->item(row, column)->text() : QString();
    }
    static void doubleClick(QTableWidget *table, int row)
    {
        const QRect cell = table->visualItemRect(table->item(row, 0));
        QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
        QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    }

private slots:
    void initTestCase() { initCase(); }
    void init() { openFresh(); }
    void cleanup() { closeWindow(); }

    void aMemberPageShowsSeatsDatesAccessAndHistory()
    {
        const Id gala = createProduction(QStringLiteral("Gala Night"));
        const Id fay = addMember(QStringLiteral("Fay"));
        const QTimeZone zone = working().timeZone();
        const QDate tomorrow = QDateTime::currentDateTimeUtc().toTimeZone(zone).date().addDays(1);
        const QDateTime from(tomorrow, QTime(0, 0), zone);
        const QDateTime until(tomorrow.addDays(13), QTime(23, 59, 59), zone);
        QVERIFY(m_window->session()->submit(
            Change::invite(gala, fay, working().builtInRole(BuiltIn::ProductionMember), from, until)));
        m_window->action(rs::ActionId::Apply)->trigger();
        QTRY_COMPARE(staged(), 0);

        m_window->navigator()->selectMember(fay);
        MemberPage *page = m_window->centre()->memberPage();
        QCOMPARE(m_window->centre()->currentWidget(), page);
        QVERIFY(!m_window->details()->isVisible()); // the role's details do not stand beside a member
        QCOMPARE(page->title()->text(), QStringLiteral("Fay"));
        QVERIFY(page->accountLine()->text().contains(QStringLiteral("No account role")));
        QCOMPARE(page->seats()->rowCount(), 1);
        QCOMPARE(text(page->seats(), 0, 0), QStringLiteral("Gala Night"));
        QCOMPARE(text(page->seats(), 0, 1), QStringLiteral("Production member"));
        QCOMPARE(text(page->seats(), 0, 2), dates::date(from, zone));
        QCOMPARE(text(page->seats(), 0, 3), dates::date(until, zone));
        QVERIFY2(text(page->seats(), 0, 4).startsWith(QStringLiteral("Starts")), qPrintable(text(page->seats(), 0, 4)));
        // The access shown is the seat's production's, as Check Access works it out.
        QCOMPARE(page->accessIn()->currentText(), QStringLiteral("Gala Night"));
        QVERIFY(page->access()->model()->rowCount() > 0);
        // The audit trail's records that name her, newest first: the invite, then her addition.
        QTRY_VERIFY(page->history()->rowCount() >= 2);
        QVERIFY2(text(page->history(), 0, 2).contains(QStringLiteral("Gala Night")),
            qPrintable(text(page->history(), 0, 2)));

        // A double-click on the seat opens the production; one on her name there comes back.
        doubleClick(page->seats(), 0);
        ProductionPage *production = m_window->centre()->productionPage();
        QCOMPARE(m_window->centre()->currentWidget(), production);
        QCOMPARE(m_window->navigator()->currentProduction(), gala);
        QCOMPARE(production->title()->text(), QStringLiteral("Gala Night"));
        QVERIFY(production->wrapLine()->text().contains(QStringLiteral("No wrap date")));
        // The owner, who created it, administers it; Fay is the other seat.
        QCOMPARE(production->team()->rowCount(), 2);
        const int fayRow = text(production->team(), 0, 0) == QStringLiteral("Fay") ? 0 : 1;
        QCOMPARE(text(production->team(), fayRow, 0), QStringLiteral("Fay"));
        QCOMPARE(text(production->team(), fayRow, 2), dates::date(from, zone));
        doubleClick(production->team(), fayRow);
        QCOMPARE(m_window->centre()->currentWidget(), page);

        // Choosing a role brings its grid back.
        m_window->navigator()->selectRole(working().templates().first()->id);
        QCOMPARE(m_window->centre()->currentWidget(), m_window->grid());
        QVERIFY(m_window->details()->isVisible());
    }

    // A page follows what changes: a wrap date set in the editor shows on the production's page and in the seat's end.
    void pagesFollowChanges()
    {
        const Id gala = createProduction(QStringLiteral("Gala Night"));
        const Id fay = addMember(QStringLiteral("Fay"));
        QVERIFY(m_window->session()->submit(Change::invite(gala, fay)));
        m_window->navigator()->selectProduction(gala);
        ProductionPage *production = m_window->centre()->productionPage();
        QCOMPARE(m_window->centre()->currentWidget(), production);
        const int fayRow = text(production->team(), 0, 0) == QStringLiteral("Fay") ? 0 : 1;
        QCOMPARE(text(production->team(), fayRow, 3), QStringLiteral("—"));
        const QDateTime wrap(QDate(2031, 3, 1), QTime(23, 59, 59), working().timeZone());
        QVERIFY(m_window->session()->submit(Change::setProductionEnd(gala, wrap)));
        QVERIFY(production->wrapLine()->text().contains(QStringLiteral("Wraps on")));
        QVERIFY2(text(production->team(), fayRow, 3).contains(QStringLiteral("wrap date")),
            qPrintable(text(production->team(), fayRow, 3)));
    }
};

QTEST_MAIN(TestPages)
#include "TestPages.moc"
