// The one date control: what people type (ISO, the locale's short form, relative words), the calendar, and an open
// end shown as a state rather than a word in the field.
#include "DateField.h"
#include "i18n/Translations.h"

#include <QCalendarWidget>
#include <QCheckBox>
#include <QLineEdit>
#include <QMenu>
#include <QTest>
#include <QToolButton>

using namespace rs;

namespace {

const QTimeZone kBerlin("Europe/Berlin");

// 6 Dec 2026, 10:30 in Berlin.
QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 12, 6), QTime(10, 30), kBerlin).toUTC();
}

void type(DateField &field, const QString &text)
{
    field.lineEdit()->selectAll();
    QTest::keyClicks(field.lineEdit(), text);
    QTest::keyClick(field.lineEdit(), Qt::Key_Return);
}

} // namespace

class TestDateField : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }

    void typedIsoDayIsItsFirstOrLastInstant()
    {
        DateField first(DateField::Mode::FirstDay, kBerlin);
        type(first, QStringLiteral("2026-12-24"));
        QCOMPARE(first.value().value(), QDateTime(QDate(2026, 12, 24), QTime(0, 0), kBerlin));
        DateField last(DateField::Mode::LastDay, kBerlin);
        type(last, QStringLiteral("2026-12-24"));
        QCOMPARE(last.value().value(), QDateTime(QDate(2026, 12, 24), QTime(23, 59, 59, 999), kBerlin));
        QCOMPARE(last.lineEdit()->text(), QStringLiteral("2026-12-24"));
    }

    void typedMomentKeepsItsTime()
    {
        DateField at(DateField::Mode::Moment, kBerlin);
        type(at, QStringLiteral("2026-12-25 12:00"));
        QCOMPARE(at.value().value(), QDateTime(QDate(2026, 12, 25), QTime(12, 0), kBerlin));
        QCOMPARE(at.lineEdit()->text(), QStringLiteral("2026-12-25 12:00"));
    }

    void typedLocaleShortForm()
    {
        QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
        DateField field(DateField::Mode::FirstDay, kBerlin);
        const QString german = QLocale().toString(QDate(2027, 3, 31), QLocale::ShortFormat); // "31.03.27"
        type(field, german);
        QCOMPARE(field.value().value(), QDateTime(QDate(2027, 3, 31), QTime(0, 0), kBerlin));
        // Shown back unambiguously.
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("2027-03-31"));
    }

    void relativeWords()
    {
        DateField field(DateField::Mode::LastDay, kBerlin);
        field.setNow(fixedNow());
        type(field, QStringLiteral("tomorrow"));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("2026-12-07"));
        type(field, QStringLiteral("+14d"));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("2026-12-20"));
        QCOMPARE(field.value().value(), QDateTime(QDate(2026, 12, 20), QTime(23, 59, 59, 999), kBerlin));
        type(field, QStringLiteral("+2w"));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("2026-12-20"));
        type(field, QStringLiteral("today"));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("2026-12-06"));
        DateField moment(DateField::Mode::Moment, kBerlin);
        moment.setNow(fixedNow());
        type(moment, QStringLiteral("now"));
        QCOMPARE(moment.lineEdit()->text(), QStringLiteral("2026-12-06 10:30"));
    }

    void notADateIsNamedAndKept()
    {
        DateField field(DateField::Mode::FirstDay, kBerlin);
        type(field, QStringLiteral("next blursday"));
        QVERIFY(!field.value());
        QVERIFY2(field.value().error().message.contains(QStringLiteral("“next blursday” is not a date")),
            qPrintable(field.value().error().message));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("next blursday")); // left for the person to correct
        QVERIFY(field.lineEdit()->toolTip().contains(QStringLiteral("is not a date")));
    }

    void selectAllSelectsTheText()
    {
        DateField field(DateField::Mode::FirstDay, kBerlin);
        field.setValue(QDateTime(QDate(2026, 12, 24), QTime(0, 0), kBerlin));
        field.show();
        field.lineEdit()->setFocus();
        QTest::keyClick(field.lineEdit(), Qt::Key_A, Qt::ControlModifier);
        QCOMPARE(field.lineEdit()->selectedText(), QStringLiteral("2026-12-24"));
        QTest::keyClicks(field.lineEdit(), QStringLiteral("2027-01-02")); // replaces, never "Now2027-01-02"
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("2027-01-02"));
    }

    void openEndIsAStateNotText()
    {
        DateField until(DateField::Mode::LastDay, kBerlin);
        until.allowOpen(QStringLiteral("No end"));
        QVERIFY(until.isOpen());
        QVERIFY(until.lineEdit()->text().isEmpty());
        QVERIFY(!until.lineEdit()->isEnabled());
        QVERIFY(until.value().value().isNull()); // open: no instant
        until.openBox()->click();
        QVERIFY(until.lineEdit()->isEnabled());
        type(until, QStringLiteral("2026-12-31"));
        QCOMPARE(until.value().value(), QDateTime(QDate(2026, 12, 31), QTime(23, 59, 59, 999), kBerlin));
        until.setValue(QDateTime());
        QVERIFY(until.openBox()->isChecked());
    }

    // Dates read as the user's language writes them: German puts a point after the day and abbreviates the month
    // its own way; the editor's language chosen in German brings that form, and back in English the English one.
    void datesReadInTheUsersLanguage()
    {
        const QDateTime at = QDateTime(QDate(2026, 12, 6), QTime(18, 0), kBerlin);
        QCOMPARE(dates::date(at, kBerlin), QStringLiteral("6 Dec 2026"));
        Translations::install(QLocale(QLocale::German, QLocale::Germany));
        QCOMPARE(dates::date(at, kBerlin), QStringLiteral("6. Dez. 2026"));
        QCOMPARE(dates::dateTime(at, kBerlin), QStringLiteral("6. Dez. 2026 18:00"));
        // Typed as German writes it short.
        DateField field(DateField::Mode::FirstDay, kBerlin);
        field.setNow(fixedNow());
        type(field, QStringLiteral("24.12.26"));
        QCOMPARE(field.value().value(), QDateTime(QDate(2026, 12, 24), QTime(0, 0), kBerlin));
        Translations::install(QLocale(QLocale::English, QLocale::UnitedKingdom));
        QCOMPARE(dates::date(at, kBerlin), QStringLiteral("6 Dec 2026"));
    }

    void calendarOpensAtTodayOrTheValue()
    {
        DateField field(DateField::Mode::FirstDay, kBerlin);
        field.setNow(fixedNow());
        field.show();
        field.calendarButton()->click();
        QCOMPARE(field.calendar()->selectedDate(), QDate(2026, 12, 6));
        QCOMPARE(field.calendar()->yearShown(), 2026);
        QCOMPARE(field.calendar()->monthShown(), 12);
        // A day clicked in the calendar becomes the field's.
        emit field.calendar()->clicked(QDate(2026, 12, 18));
        QCOMPARE(field.lineEdit()->text(), QStringLiteral("2026-12-18"));
        type(field, QStringLiteral("2027-05-03"));
        field.calendarButton()->click();
        QCOMPARE(field.calendar()->selectedDate(), QDate(2027, 5, 3));
        QCOMPARE(field.calendar()->monthShown(), 5);
        field.calendar()->parentWidget()->hide();
    }
};

QTEST_MAIN(TestDateField)
#include "TestDateField.moc"
