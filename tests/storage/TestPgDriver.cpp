// Rolesheet's own PostgreSQL connection reads and writes values exactly as Qt's PostgreSQL driver (QPSQL) did, so
// that digests and audit hashes computed over what it reads do not change; it reports the server's errors with their
// SQLSTATE, delivers notifications, and sets up the session without a statement. Every check runs the same thing on
// both drivers against the fixture's server and compares.
#include "StoreTestSupport.h"
#include "storage/StoreBatch.h"
#include "storage/pg/PgDriver.h"

#include <QSignalSpy>
#include <QSqlDriver>
#include <QSqlField>
#include <QSqlRecord>
#include <QUuid>

#include <cmath>

using namespace rs;
using st::s;

namespace {

QSqlDatabase ownConnection(const QString &name, const QString &database)
{
    const QUrl url(st::fixtureUrl());
    QSqlDatabase db = QSqlDatabase::addDatabase(new pg::Driver(), name);
    db.setHostName(url.host());
    db.setPort(url.port());
    db.setUserName(url.userName());
    db.setDatabaseName(database);
    db.setConnectOptions(s("sslmode=disable;application_name=rolesheet-test"));
    if (!db.open())
        qFatal("Cannot reach the fixture's server: %s", qPrintable(db.lastError().text()));
    return db;
}

// Two variants are the same when their types match and they compare equal (NaN equal to NaN, nulls by type).
bool same(const QVariant &a, const QVariant &b)
{
    if (a.metaType() != b.metaType() || a.isNull() != b.isNull())
        return false;
    if (a.typeId() == QMetaType::Double && std::isnan(a.toDouble()))
        return std::isnan(b.toDouble());
    return a == b;
}

QString shown(const QVariant &v)
{
    return QStringLiteral("%1(%2%3)").arg(QString::fromLatin1(v.typeName()), v.isNull() ? s("null ") : QString(),
        v.toString());
}

} // namespace

class TestPgDriver : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void valuesAreReadAsQtsDriverReadsThem();
    void boundValuesMeanWhatTheyMeantToQtsDriver_data();
    void boundValuesMeanWhatTheyMeantToQtsDriver();
    void preparedStatementsRunAgainWithNewValues();
    void errorsCarryTheServersCode();
    void theSessionIsSetUpAsQtsDriverSetItUp();
    void notificationsArrive();
    void transactionsCommitAndRollBack();
    void preparedBatchesMeanWhatTextBatchesMean();
    void aPreparedBatchStopsAtItsFirstFailure();

private:
    QSqlDatabase m_qt;
    QSqlDatabase m_own;
};

void TestPgDriver::initTestCase()
{
    if (!st::postgres())
        QSKIP("The PostgreSQL driver is compared on the fixture's server only.");
    if (!QSqlDatabase::isDriverAvailable(s("QPSQL")))
        QSKIP("Qt's PostgreSQL driver, the reference, is not installed.");
    m_qt = st::pgConnection(s("pgd-qt"), s("rolesheet_test"));
    m_own = ownConnection(s("pgd-own"), s("rolesheet_test"));
}

void TestPgDriver::cleanupTestCase()
{
    m_qt = QSqlDatabase();
    m_own = QSqlDatabase();
    QSqlDatabase::removeDatabase(s("pgd-qt"));
    QSqlDatabase::removeDatabase(s("pgd-own"));
}

void TestPgDriver::valuesAreReadAsQtsDriverReadsThem()
{
    const QString sql = s(
        "SELECT 1::int2, -7::int4, 42::int8, -42::int8, 9223372036854775807::int8, true, false, 'text é ü ✓'::text, "
        "''::text, 'x'::varchar(4), 1.25::numeric, 0.1::float8, 'NaN'::float8, 'Infinity'::float4, 3::oid, "
        "'2024-02-29'::date, '13:45:07.25'::time, '2024-02-29 13:45:07.123'::timestamp, "
        "'2024-02-29 13:45:07.123+02'::timestamptz, '\\x00ff41'::bytea, '{\"a\": 1}'::json, "
        "'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'::uuid, NULL::int4, NULL::int8, NULL::text, NULL::bool, NULL::bytea, "
        "NULL::date, NULL::timestamptz, NULL::numeric, to_char(now() AT TIME ZONE 'UTC', 'YYYY'), "
        "(SELECT COUNT(*) FROM pg_class WHERE false), sum(x) FROM (VALUES (1::int8), (2::int8)) AS t(x)");
    for (const bool forwardOnly : { true, false }) {
        QSqlQuery qt(m_qt);
        QSqlQuery own(m_own);
        qt.setForwardOnly(forwardOnly);
        own.setForwardOnly(forwardOnly);
        QVERIFY2(qt.exec(sql), qPrintable(qt.lastError().text()));
        QVERIFY2(own.exec(sql), qPrintable(own.lastError().text()));
        QCOMPARE(own.size(), qt.size());
        QVERIFY(qt.next());
        QVERIFY(own.next());
        const QSqlRecord record = qt.record();
        QCOMPARE(own.record().count(), record.count());
        for (int i = 0; i < record.count(); ++i) {
            QVERIFY2(same(own.value(i), qt.value(i)),
                qPrintable(s("column %1: %2, Qt's driver %3").arg(i).arg(shown(own.value(i)), shown(qt.value(i)))));
            QCOMPARE(own.isNull(i), qt.isNull(i));
            QCOMPARE(own.record().field(i).metaType(), record.field(i).metaType());
            QCOMPARE(own.record().fieldName(i), record.fieldName(i));
        }
        QVERIFY(!qt.next());
        QVERIFY(!own.next());
    }
}

void TestPgDriver::boundValuesMeanWhatTheyMeantToQtsDriver_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QVariant>("value");
    const QString text = s("SELECT ?");
    QTest::newRow("text") << text << QVariant(s("it's a \"test\" \\ é ✓"));
    QTest::newRow("empty text") << text << QVariant(s(""));
    QTest::newRow("null text") << text << QVariant(QString());
    QTest::newRow("invalid") << text << QVariant();
    QTest::newRow("null bytes") << s("SELECT ?::bytea") << QVariant(QByteArray());
    QTest::newRow("empty bytes") << s("SELECT ?::bytea") << QVariant(QByteArray(""));
    QTest::newRow("null uuid") << s("SELECT ?::uuid") << QVariant(QUuid());
    QTest::newRow("null date") << s("SELECT ?::date") << QVariant(QDate());
    QTest::newRow("date time") << s("SELECT ?::timestamptz") << QVariant(QDateTime(QDate(2024, 2, 29), QTime(13, 45, 7, 123), Qt::UTC));
    QTest::newRow("null int") << s("SELECT ?::int4") << QVariant(QMetaType::fromType<int>());
    QTest::newRow("int into text") << text << QVariant(-17);
    QTest::newRow("int") << s("SELECT ?::int4 + 1") << QVariant(41);
    QTest::newRow("long long") << s("SELECT ?::int8") << QVariant(qlonglong(1) << 40);
    QTest::newRow("long long compared") << s("SELECT 5 < ?") << QVariant(qlonglong(7));
    QTest::newRow("unsigned") << s("SELECT ?::int8") << QVariant(4000000000u);
    QTest::newRow("bool true") << s("SELECT ?::bool") << QVariant(true);
    QTest::newRow("bool false") << s("SELECT NOT ?") << QVariant(false);
    QTest::newRow("double") << s("SELECT ?::float8") << QVariant(0.1);
    QTest::newRow("double into text") << text << QVariant(1.0 / 3.0);
    QTest::newRow("bytes") << s("SELECT ?::bytea") << QVariant(QByteArray("\0\x01'\\x", 5));
    QTest::newRow("date") << s("SELECT ?::date") << QVariant(QDate(2024, 2, 29));
    QTest::newRow("time") << s("SELECT ?::time") << QVariant(QTime(13, 45, 7, 250));
    QTest::newRow("uuid") << s("SELECT ?::uuid") << QVariant(QUuid(s("{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}")));
    QTest::newRow("question mark quoted") << s("SELECT '?' || ?") << QVariant(s("x"));
    QTest::newRow("cast") << s("SELECT length(?::text)") << QVariant(s("four"));
}

void TestPgDriver::boundValuesMeanWhatTheyMeantToQtsDriver()
{
    QFETCH(QString, sql);
    QFETCH(QVariant, value);
    QSqlQuery qt(m_qt);
    QSqlQuery own(m_own);
    QVERIFY2(qt.prepare(sql), qPrintable(qt.lastError().text()));
    QVERIFY(own.prepare(sql));
    qt.addBindValue(value);
    own.addBindValue(value);
    const bool qtRan = qt.exec();
    const bool ownRan = own.exec();
    QCOMPARE(ownRan, qtRan);
    if (!qtRan) {
        QCOMPARE(own.lastError().nativeErrorCode(), qt.lastError().nativeErrorCode());
        return;
    }
    QVERIFY(qt.next());
    QVERIFY(own.next());
    QVERIFY2(same(own.value(0), qt.value(0)),
        qPrintable(s("%1, Qt's driver %2").arg(shown(own.value(0)), shown(qt.value(0)))));
}

void TestPgDriver::preparedStatementsRunAgainWithNewValues()
{
    QSqlQuery own(m_own);
    QVERIFY(own.prepare(s("SELECT ? || '-' || ?, ?::int8 * 2")));
    for (int i = 0; i < 3; ++i) {
        own.addBindValue(s("a%1").arg(i));
        own.addBindValue(i);
        own.addBindValue(qlonglong(i) + 10);
        QVERIFY2(own.exec(), qPrintable(own.lastError().text()));
        QVERIFY(own.next());
        QCOMPARE(own.value(0).toString(), s("a%1-%1").arg(i));
        QCOMPARE(own.value(1).toLongLong(), 2 * (i + 10));
    }
}

void TestPgDriver::errorsCarryTheServersCode()
{
    const QStringList setup = { s("CREATE TEMP TABLE pgd_unique (id int PRIMARY KEY)"),
        s("INSERT INTO pgd_unique VALUES (1)") };
    for (const QString &sql : setup) {
        QVERIFY(QSqlQuery(m_qt).exec(sql));
        QVERIFY(QSqlQuery(m_own).exec(sql));
    }
    const QList<QPair<QString, QVariant>> failing = {
        { s("INSERT INTO pgd_unique VALUES (?)"), QVariant(1) },
        { s("DO $$ BEGIN RAISE EXCEPTION 'refused: %', 'why'; END $$"), QVariant() },
        { s("SELECT 1 / ?::int4"), QVariant(0) },
        { s("SELECT * FROM pgd_missing WHERE id = ?"), QVariant(1) },
    };
    for (const auto &[sql, value] : failing) {
        QSqlQuery qt(m_qt);
        QSqlQuery own(m_own);
        bool qtRan = false;
        bool ownRan = false;
        if (value.isValid()) {
            // Qt's driver may refuse at prepare() already; the query's error is the same either way.
            qtRan = qt.prepare(sql);
            own.prepare(sql);
            qt.addBindValue(value);
            own.addBindValue(value);
            qtRan = qtRan && qt.exec();
            ownRan = own.exec();
        } else {
            qtRan = qt.exec(sql);
            ownRan = own.exec(sql);
        }
        QVERIFY(!qtRan);
        QVERIFY(!ownRan);
        QCOMPARE(own.lastError().nativeErrorCode(), qt.lastError().nativeErrorCode());
        QVERIFY(!own.lastError().nativeErrorCode().isEmpty());
        // Qt's driver ran a prepared statement as PREPARE … AS …, which the server's pointer at the error quotes.
        QCOMPARE(own.lastError().databaseText().section(QLatin1Char('\n'), 0, 0),
            qt.lastError().databaseText().section(QLatin1Char('\n'), 0, 0));
        if (!value.isValid())
            QCOMPARE(own.lastError().databaseText(), qt.lastError().databaseText());
        QCOMPARE(own.lastError().type(), qt.lastError().type());
    }
    // A failure in the second of two statements sent as one text is not lost.
    QSqlQuery own(m_own);
    QVERIFY(!own.exec(s("SELECT 1; SELECT 1 / 0")));
    QCOMPARE(own.lastError().nativeErrorCode(), s("22012"));
}

void TestPgDriver::theSessionIsSetUpAsQtsDriverSetItUp()
{
    // The time zone is UTC here, the server's default there: a time with its zone is the same instant either way.
    for (const char *setting : { "client_encoding", "DateStyle", "bytea_output", "IntervalStyle",
             "standard_conforming_strings", "extra_float_digits" }) {
        QSqlQuery qt(m_qt);
        QSqlQuery own(m_own);
        const QString sql = s("SHOW %1").arg(QString::fromLatin1(setting));
        QVERIFY(qt.exec(sql) && qt.next());
        QVERIFY(own.exec(sql) && own.next());
        QCOMPARE(own.value(0).toString(), qt.value(0).toString());
    }
    // The store's time-outs come with the connection too.
    QSqlQuery own(m_own);
    QVERIFY(own.exec(s("SHOW lock_timeout")) && own.next());
    QVERIFY(own.value(0).toString() != s("0"));
}

void TestPgDriver::notificationsArrive()
{
    QSqlDriver *driver = m_own.driver();
    QSignalSpy spy(driver, &QSqlDriver::notification);
    QVERIFY(driver->subscribeToNotification(s("pgd_channel")));
    QCOMPARE(driver->subscribedToNotifications(), QStringList { s("pgd_channel") });
    QVERIFY(QSqlQuery(m_qt).exec(s("NOTIFY pgd_channel, 'from elsewhere'")));
    QVERIFY(spy.wait(5000));
    QCOMPARE(spy.first().at(0).toString(), s("pgd_channel"));
    QCOMPARE(spy.first().at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::OtherSource);
    QCOMPARE(spy.first().at(2).toString(), s("from elsewhere"));
    // A notification read along with a statement's answer arrives too.
    spy.clear();
    QVERIFY(QSqlQuery(m_own).exec(s("NOTIFY pgd_channel, 'self'")));
    QVERIFY(spy.count() > 0 || spy.wait(5000));
    QCOMPARE(spy.first().at(1).value<QSqlDriver::NotificationSource>(), QSqlDriver::SelfSource);
    QVERIFY(driver->unsubscribeFromNotification(s("pgd_channel")));
    QVERIFY(driver->subscribedToNotifications().isEmpty());
}

void TestPgDriver::transactionsCommitAndRollBack()
{
    QVERIFY(QSqlQuery(m_own).exec(s("CREATE TEMP TABLE pgd_tx (v int)")));
    QVERIFY(m_own.transaction());
    QVERIFY(QSqlQuery(m_own).exec(s("INSERT INTO pgd_tx VALUES (1)")));
    QVERIFY(m_own.rollback());
    QVERIFY(m_own.transaction());
    QVERIFY(QSqlQuery(m_own).exec(s("INSERT INTO pgd_tx VALUES (2)")));
    QVERIFY(m_own.commit());
    QSqlQuery q(m_own);
    QVERIFY(q.exec(s("SELECT string_agg(v::text, ',') FROM pgd_tx")) && q.next());
    QCOMPARE(q.value(0).toString(), s("2"));
    // A transaction that failed does not commit.
    QVERIFY(m_own.transaction());
    QVERIFY(!QSqlQuery(m_own).exec(s("INSERT INTO pgd_tx VALUES ('x')")));
    QVERIFY(!m_own.commit());
    QVERIFY(m_own.lastError().isValid());
}

// A batch of an apply sent prepared gives the rows the same batch gives sent as text, value for value, and again
// when its statements run a second time prepared.
void TestPgDriver::preparedBatchesMeanWhatTextBatchesMean()
{
    const QVariantList values = { qlonglong(9223372036854775807LL), -7, true, false, QVariant(QMetaType::fromType<int>()),
        QString(), s("it's ? a 'quote' ✓"), s("{1,2}") };
    const auto fill = [&](StoreBatch &batch) {
        batch.add(s("BEGIN"));
        batch.add("SELECT ?::int8, ?::int4 + 1, ?::int4, ?::int4, ? IS NULL, ? = '', ?, '?' || ?", values);
        batch.add("SELECT count(*) FROM unnest(?::bigint[])", { s("{4,5,6}") });
        batch.add(s("SELECT 'as it is'"));
        batch.add("SELECT ?", { s("x") });
        batch.add(s("COMMIT"));
    };
    StoreBatch text(m_own);
    fill(text);
    QList<BatchRows> expected;
    QSqlError error;
    QVERIFY2(text.run(&expected, &error), qPrintable(error.text()));
    QCOMPARE(expected.size(), 6);
    for (int round = 0; round < 2; ++round) {
        StoreBatch prepared(m_own, StoreBatch::Mode::Prepared);
        fill(prepared);
        QList<BatchRows> rows;
        QVERIFY2(prepared.run(&rows, &error), qPrintable(error.text()));
        QCOMPARE(rows.size(), expected.size());
        for (int i = 0; i < rows.size(); ++i) {
            BatchRows want = expected.at(i);
            BatchRows got = rows.at(i);
            QCOMPARE(got.size(), want.size());
            QCOMPARE(got.columns(), want.columns());
            while (want.next()) {
                QVERIFY(got.next());
                for (int c = 0; c < want.columns(); ++c)
                    QVERIFY2(same(got.value(c), want.value(c)),
                        qPrintable(s("statement %1 column %2: %3, as text %4")
                                       .arg(i)
                                       .arg(c)
                                       .arg(shown(got.value(c)), shown(want.value(c)))));
            }
        }
    }
}

// The statement that fails names the server's reason, the ones after it do not run, the transaction is not committed,
// and the connection serves the next batch.
void TestPgDriver::aPreparedBatchStopsAtItsFirstFailure()
{
    QVERIFY(QSqlQuery(m_own).exec(s("CREATE TEMP TABLE pgd_batch (id int PRIMARY KEY)")));
    for (int round = 0; round < 2; ++round) {
        StoreBatch batch(m_own, StoreBatch::Mode::Prepared);
        batch.add(s("BEGIN"));
        batch.add("INSERT INTO pgd_batch VALUES (?)", { 1 });
        batch.add("INSERT INTO pgd_batch VALUES (?)", { 1 });
        batch.add("INSERT INTO pgd_batch VALUES (?)", { 2 });
        batch.add(s("COMMIT"));
        QList<BatchRows> rows;
        QSqlError error;
        QVERIFY(!batch.run(&rows, &error));
        QCOMPARE(error.nativeErrorCode(), s("23505"));
        QVERIFY(rows.isEmpty());
        batch.rollbackIfOpen();
        QSqlQuery count(m_own);
        QVERIFY2(count.exec(s("SELECT count(*) FROM pgd_batch")), qPrintable(count.lastError().text()));
        QVERIFY(count.next());
        QCOMPARE(count.value(0).toLongLong(), 0);
    }
    StoreBatch after(m_own, StoreBatch::Mode::Prepared);
    after.add("INSERT INTO pgd_batch VALUES (?)", { 3 });
    after.add("SELECT count(*) FROM pgd_batch", {});
    QList<BatchRows> rows;
    QSqlError error;
    QVERIFY2(after.run(&rows, &error), qPrintable(error.text()));
    QCOMPARE(rows.size(), 2);
    QVERIFY(rows[1].next());
    QCOMPARE(rows[1].value(0).toLongLong(), 1);
}

QTEST_MAIN(TestPgDriver)
#include "TestPgDriver.moc"
