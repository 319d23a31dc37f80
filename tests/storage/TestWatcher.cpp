// Live refresh: a change applied by one store or process is announced to another's watcher within a second, and the
// watcher leaves the store alone until the editor reloads.
#include "StoreTestSupport.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "storage/StoreWatcher.h"

#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace rs;
using st::s;

// StoreWatcher on SQLite (file watching) and PostgreSQL (LISTEN/NOTIFY).
class TestWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void seesAnotherStoresApply();
    void ignoresItsOwnStore();
    void seesAnotherProcessWithinASecond();
    void hostileNotificationsAreOnlyHints();
    void hintLetsTheStoreReadFirst();
    void documentTakesWhatTheStoreReadOnTheHint();

private:
    std::unique_ptr<Store> open()
    {
        auto store = Store::open(m_location);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        return std::move(store.value());
    }

    st::Locations m_locations;
    QString m_location;
};

void TestWatcher::init()
{
    m_location = m_locations.next();
    QVERIFY(Store::create(m_location, DefaultWorkspace::create()).ok());
}

void TestWatcher::seesAnotherStoresApply()
{
    auto editor = open();
    auto other = open();
    StoreWatcher watcher(*editor);
    QVERIFY(watcher.isActive());
    QSignalSpy spy(&watcher, &StoreWatcher::changedElsewhere);
    const Workspace shown = editor->workspace();
    Change add = Change::addMember(s("Ann"));
    QVERIFY(other->apply(add).ok());
    QVERIFY(spy.wait(1000));
    QCOMPARE(spy.first().first().toLongLong(), other->version());
    // Nothing changed under the editor's feet: it decides when to reload.
    QVERIFY(editor->workspace() == shown);
    QVERIFY(editor->reload().ok());
    QVERIFY(editor->workspace().findMember(s("Ann")));
    QCOMPARE(editor->version(), other->version());
}

void TestWatcher::ignoresItsOwnStore()
{
    auto editor = open();
    StoreWatcher watcher(*editor);
    QSignalSpy spy(&watcher, &StoreWatcher::changedElsewhere);
    Change add = Change::addMember(s("Bob"));
    QVERIFY(editor->apply(add).ok());
    QVERIFY(!spy.wait(1200));
    QCOMPARE(spy.size(), 0);
}

void TestWatcher::seesAnotherProcessWithinASecond()
{
    auto editor = open();
    StoreWatcher watcher(*editor);
    QElapsedTimer clock;
    clock.start();
    qint64 finishedAt = -1;
    qint64 announcedAt = -1;
    connect(&watcher, &StoreWatcher::changedElsewhere, this, [&](qint64) {
        if (announcedAt < 0)
            announcedAt = clock.elapsed();
    });
    QProcess writer;
    connect(&writer, &QProcess::finished, this, [&]() { finishedAt = clock.elapsed(); });
    writer.start(st::cliPath(), { s("--db"), m_location, s("add-member"), s("Cid") });
    // The change is committed before the process ends; the watcher must announce it within a second of that.
    QTRY_VERIFY_WITH_TIMEOUT(finishedAt >= 0, 30000);
    QCOMPARE(writer.exitCode(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(announcedAt >= 0, 3000);
    qInfo("announced %lld ms after the writer ended", announcedAt - finishedAt);
    QVERIFY(announcedAt - finishedAt <= 1000);
    QVERIFY(editor->reload().ok());
    QVERIFY(editor->workspace().findMember(s("Cid")));
}

void TestWatcher::hostileNotificationsAreOnlyHints()
{
    if (!st::postgres())
        QSKIP("Notifications are PostgreSQL's; the SQLite run has none to forge");
    auto editor = open();
    auto other = open();
    StoreWatcher watcher(*editor);
    QVERIFY(watcher.isActive());
    watcher.setPollInterval(60000); // within the waits below, only a notification can announce a change
    QSignalSpy spy(&watcher, &StoreWatcher::changedElsewhere);
    {
        // Any database user may notify on the channel, with any payload.
        QSqlDatabase raw = st::Locations::rawConnection(s("hostile-notifier"), m_location);
        QSqlQuery q(raw);
        const QStringList payloads = { s("9223372036854775807"), s("-1"), s("garbage"), QString(7999, QLatin1Char('9')),
            QString::number(editor->version() + 1) };
        for (const QString &payload : payloads) {
            QVERIFY(q.prepare(s("SELECT pg_notify('rolesheet_changed', ?)")));
            q.addBindValue(payload);
            QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(s("hostile-notifier"));
    // Nothing was committed: the hints lead to a look at the stored version, which has not moved. A number past
    // the store's version says where to look first (hints read together are taken once), and that is all it does.
    QSignalSpy hints(&watcher, &StoreWatcher::hinted);
    QVERIFY(!spy.wait(700));
    QCOMPARE(spy.size(), 0);
    QVERIFY(hints.size() >= 1 && hints.size() <= 2);
    // The next real change is still announced, with the stored version.
    Change add = Change::addMember(s("Dee"));
    QVERIFY(other->apply(add).ok());
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.last().first().toLongLong(), other->version());
    // And the one after it.
    Change again = Change::addMember(s("Eve"));
    QVERIFY(other->apply(again).ok());
    QVERIFY(spy.wait(2000));
    QCOMPARE(spy.last().first().toLongLong(), other->version());
}

void TestWatcher::hintLetsTheStoreReadFirst()
{
    if (!st::postgres())
        QSKIP("Hints are PostgreSQL's notifications");
    auto editor = open();
    auto other = open();
    StoreWatcher watcher(*editor);
    watcher.setPollInterval(60000);
    QSignalSpy announced(&watcher, &StoreWatcher::changedElsewhere);
    // Whoever owns the store reads on the hint, before the watcher's own look: that look then finds the store
    // current, and announces nothing.
    int hints = 0;
    connect(&watcher, &StoreWatcher::hinted, this, [&]() {
        ++hints;
        QVERIFY(editor->reload().ok());
    });
    Change add = Change::addMember(s("Fay"));
    QVERIFY(other->apply(add).ok());
    QTRY_COMPARE_WITH_TIMEOUT(editor->version(), other->version(), 2000);
    QVERIFY(editor->workspace().findMember(s("Fay")));
    QVERIFY(!announced.wait(300));
    QCOMPARE(hints, 1);
    QCOMPARE(announced.size(), 0);
    // The editor's own apply notifies too, with the version it now holds: no hint for that.
    Change own = Change::addMember(s("Gus"));
    QVERIFY(editor->apply(own).ok());
    QVERIFY(!announced.wait(500));
    QCOMPARE(hints, 1);
}

void TestWatcher::documentTakesWhatTheStoreReadOnTheHint()
{
    // The editor's document shows another editor's change after one read by its store (the read on the hint, on
    // PostgreSQL; the reload the watcher asks for, on SQLite), with the staged edit kept on top.
    auto other = open();
    Document document;
    int reads = 0;
    document.setBeforeOperation([&](DocumentOperation operation) {
        if (operation == DocumentOperation::Reload)
            ++reads;
        return Status();
    });
    QSignalSpy opened(&document, &Document::opened);
    QVERIFY(document.open(m_location));
    QVERIFY(opened.wait(10000));
    QVERIFY(document.isOpen());
    // The watcher starts once the document has taken the workspace: a first change shows it is watching.
    QSignalSpy reloaded(&document, &Document::reloaded);
    Change first = Change::addMember(s("Hal"));
    QVERIFY(other->apply(first).ok());
    QVERIFY(reloaded.wait(10000));
    QTRY_VERIFY(!document.isBusy());
    reloaded.clear();
    reads = 0;
    QVERIFY(document.session()->submit(Change::addMember(s("Jo"))));
    QSignalSpy elsewhere(&document, &Document::changedElsewhere);
    Change add = Change::addMember(s("Ivy"));
    QVERIFY(other->apply(add).ok());
    QVERIFY(reloaded.wait(3000));
    QVERIFY(document.lastOutcome().ok());
    QCOMPARE(document.version(), other->version());
    QVERIFY(document.stored().findMember(s("Ivy")));
    QCOMPARE(document.session()->stagedChanges().size(), 1);
    QCOMPARE(elsewhere.size(), 1);
    QCOMPARE(reads, 1);
    QVERIFY(document.lastReloadFromElsewhere());
}

QTEST_GUILESS_MAIN(TestWatcher)
#include "TestWatcher.moc"
