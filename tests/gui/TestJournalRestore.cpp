// Staged changes kept across a crash in the journal, offered again over the window, and kept across a reload
// after another editor's change.
#include "WindowFixture.h"

class TestJournalRestore : public WindowFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { initCase(); }
    void init() { openFresh(); }
    void cleanup() { closeWindow(); }

    void stagedChangesSurviveACrash()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QTRY_VERIFY(journal().exists()); // written as soon as the event loop runs
        // A second editor opens the same file, as after a kill: it offers the staged change back, over its window.
        MainWindow second;
        bool onScreen = false;
        const QString question = reopen(second, m_path, QMessageBox::Yes, &onScreen);
        QVERIFY2(onScreen, qPrintable(question));
        QVERIFY2(question.contains(QStringLiteral("1 in all")), qPrintable(question));
        // The question says what would be restored, as Review lists it.
        QVERIFY2(question.contains(QStringLiteral("Organizations: None \u2192 View")), qPrintable(question));
        QCOMPARE(second.session()->stagedChanges().size(), 1);
        const Id tpl = working().templates().first()->id;
        QCOMPARE(second.session()->working().grant(tpl, feature("Organizations")), Levels(Level::View));
        second.discardChanges();
    }

    // Restoring is one step: one Undo takes back every restored change, one Redo puts them all back.
    void restoringIsOneUndoableStep()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        click(cell("Discount Codes", PermissionGridModel::EditColumn));
        click(cell("Jobs", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 3);
        QTRY_COMPARE(journal().read()->changes.size(), 3);
        MainWindow second;
        const QString question = reopen(second, m_path, QMessageBox::Yes);
        QVERIFY2(question.contains(QStringLiteral("3 in all")), qPrintable(question));
        for (const char *name : { "Organizations", "Discount Codes", "Jobs" })
            QVERIFY2(question.contains(QString::fromUtf8(name)), qPrintable(question));
        EditSession *session = second.session();
        QCOMPARE(session->stagedChanges().size(), 3);
        const Id tpl = working().templates().first()->id;
        QList<Levels> restored;
        for (const char *name : { "Organizations", "Discount Codes", "Jobs" }) {
            restored << session->working().grant(tpl, feature(name));
            QCOMPARE(restored.last(), working().grant(tpl, feature(name)));
            QVERIFY(restored.last() != session->stored().grant(tpl, feature(name)));
        }
        second.action(rs::ActionId::Undo)->trigger();
        QCOMPARE(session->stagedChanges().size(), 0);
        for (const char *name : { "Organizations", "Discount Codes", "Jobs" })
            QCOMPARE(session->working().grant(tpl, feature(name)), session->stored().grant(tpl, feature(name)));
        QVERIFY(!second.action(rs::ActionId::Undo)->isEnabled());
        second.action(rs::ActionId::Redo)->trigger();
        QCOMPARE(session->stagedChanges().size(), 3);
        int i = 0;
        for (const char *name : { "Organizations", "Discount Codes", "Jobs" })
            QCOMPARE(session->working().grant(tpl, feature(name)), restored.at(i++));
        second.discardChanges();
    }

    // The workspace file is replaced by a new one at the same path: the journal of the old one is not offered (its
    // ids would land on other roles), and it is kept for the workspace it belongs to.
    void aJournalIsOfferedOnlyForItsOwnWorkspace()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        QTRY_VERIFY(journal().exists());
        const Journal old = journal();
        for (const QString &suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm") })
            QFile::remove(m_path + suffix);
        QVERIFY(Store::create(m_path, DefaultWorkspace::create()));
        MainWindow second;
        QVERIFY(reopen(second, m_path, QMessageBox::Yes).isEmpty()); // nothing was asked
        QCOMPARE(second.session()->stagedChanges().size(), 0);
        QVERIFY(old.exists());
        QVERIFY(second.document()->identity() != old.workspaceId());
        Prompts::reset();
    }

    // A journal made on a later version than the workspace now holds (an older copy put back) is not replayed.
    void aJournalFromALaterVersionIsNotOffered()
    {
        const Journal saved = journal();
        QVERIFY(
            saved.write({ Change::setGrant(working().templates().first()->id, feature("Organizations"), Level::View) },
                m_window->document()->version() + 3));
        MainWindow second;
        QVERIFY(reopen(second, m_path, QMessageBox::Yes).isEmpty());
        QCOMPARE(second.session()->stagedChanges().size(), 0);
        QVERIFY2(second.messageBar()->text().contains(QStringLiteral("older copy")),
            qPrintable(second.messageBar()->text()));
        QVERIFY(saved.exists());
        Prompts::reset();
        saved.clear();
    }

    // A journal naming an id beyond what its format can hold is refused whole, with a message; nothing is replayed.
    void aJournalWithAnIdOutOfRangeIsRefused()
    {
        const Journal saved = journal();
        QVERIFY(
            saved.write({ Change::setGrant(working().templates().first()->id, feature("Organizations"), Level::View),
                            Change::setGrant(working().templates().first()->id, feature("Jobs"), Level::View) },
                m_window->document()->version()));
        QFile file(saved.path());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
        file.close();
        QJsonArray changes = root.value(QStringLiteral("changes")).toArray();
        QJsonObject second = changes.at(1).toObject();
        second.insert(QStringLiteral("role"), QStringLiteral("9223372036854775808")); // INT64_MAX + 1
        changes.replace(1, second);
        root.insert(QStringLiteral("changes"), changes);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(QJsonDocument(root).toJson());
        file.close();

        MainWindow window;
        QVERIFY(reopen(window, m_path, QMessageBox::Yes).isEmpty());
        QCOMPARE(window.session()->stagedChanges().size(), 0);
        QVERIFY2(window.messageBar()->text().contains(QStringLiteral("9223372036854775808")),
            qPrintable(window.messageBar()->text()));
        QVERIFY(saved.exists());
        Prompts::reset();
        saved.clear();
    }

    // A workspace made before identities were kept gets one on its first apply; the journal follows it there, so
    // staged changes made after that apply are offered back after a crash.
    void theJournalFollowsAWorkspaceGivenItsIdentity()
    {
        // One editor on the file: the journal is the one window's (the fixture's window would hear the apply and
        // keep its own journal of nothing staged in the same place).
        m_window.reset();
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("older"));
            db.setDatabaseName(m_path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM meta WHERE key = 'workspace_id'")));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("older"));
        MainWindow window;
        QVERIFY(window.openWorkspace(m_path));
        QVERIFY(window.document()->identity().isEmpty());
        const auto feature = [&window](const char *name) {
            return window.session()->working().findFeature(QString::fromUtf8(name))->id;
        };
        const Id tpl = window.session()->working().templates().first()->id;
        QVERIFY(window.session()->submit(Change::setGrant(tpl, feature("Organizations"), Level::View)));
        QTRY_VERIFY(Journal(m_path, QString()).exists());
        QVERIFY(window.applyChanges());
        const QString identity = window.document()->identity();
        QVERIFY(!identity.isEmpty());
        QVERIFY(window.session()->submit(Change::setGrant(tpl, feature("Jobs"), Level::View)));
        QTRY_VERIFY(Journal(m_path, identity).exists());
        QVERIFY(!Journal(m_path, QString()).exists());

        MainWindow afterACrash;
        QVERIFY(!reopen(afterACrash, m_path, QMessageBox::Yes).isEmpty());
        QCOMPARE(afterACrash.session()->stagedChanges().size(), 1);
        QCOMPARE(afterACrash.session()->working().grant(tpl, feature("Jobs")), Levels(Level::View));
        afterACrash.discardChanges();
        window.discardChanges();
    }

    // Two windows on one workspace: the one with nothing staged hears the same change and reads it, but leaves the
    // journal of the other's staged changes where it is, for a crash to find.
    void aWindowWithNothingStagedLeavesTheOthersJournal()
    {
        MainWindow second;
        QVERIFY(second.openWorkspace(m_path));
        QVERIFY(second.session()->submit(
            Change::setGrant(working().templates().first()->id, feature("Organizations"), Level::View)));
        QTRY_VERIFY(journal().exists());
        {
            Result<std::unique_ptr<Store>> other = Store::open(m_path);
            QVERIFY(other);
            Change zed = Change::addMember(QStringLiteral("Zed"));
            QVERIFY(other.value()->apply(zed));
        }
        // The fixture's window, nothing staged, reads the change and writes its journal of nothing.
        m_window->reloadFromElsewhere();
        QVERIFY(m_window->document()->waitForFinished());
        QVERIFY(m_window->document()->stored().findMember(QStringLiteral("Zed")));
        m_window->document()->writeJournal();
        QVERIFY(journal().exists());
        const auto saved = journal().read();
        QVERIFY(saved);
        QCOMPARE(saved->changes.size(), 1);
        second.discardChanges();
        QVERIFY(!journal().exists());
    }

    void aChangeMadeElsewhereKeepsTheStagedOnes()
    {
        click(cell("Organizations", PermissionGridModel::ViewColumn));
        {
            Result<std::unique_ptr<Store>> other = Store::open(m_path);
            QVERIFY(other);
            Change zed = Change::addMember(QStringLiteral("Zed"));
            QVERIFY(other.value()->apply(zed));
        }
        m_window->reloadFromElsewhere();
        QVERIFY(m_window->document()->waitForFinished());
        QVERIFY(working().findMember(QStringLiteral("Zed")));
        QVERIFY(m_window->document()->stored().findMember(QStringLiteral("Zed")));
        QVERIFY(checked("Organizations", PermissionGridModel::ViewColumn));
        QCOMPARE(staged(), 1);
        QVERIFY(m_window->messageBar()->text().contains(QStringLiteral("staged changes are kept")));
        QVERIFY(m_window->applyChanges());
        QCOMPARE(staged(), 0);
    }
};

QTEST_MAIN(TestJournalRestore)
#include "TestJournalRestore.moc"
