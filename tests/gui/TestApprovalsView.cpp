// Approval requests in the editor: Review Changes offers Request Approval… (a reason required) instead of Apply for a
// gated change; the Approvals view lists the request, refuses self-approval and a denial without a comment with the
// store's own words, shows the change set as Review does, and approves and applies it as another member; a request
// another editor files shows in the message bar of the member whose approval it needs.
#include "../storage/StoreTestSupport.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "approvals/ApprovalsDialog.h"
#include "approvals/ApprovalsFeature.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "i18n/Translations.h"
#include "storage/ApprovalStore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QGuiApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUrl>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// The README's pictures, when asked for (ROLESHEET_SCREENSHOT_DIR=DIR, under Xvfb at 1400 x 900 with a window
// manager and QT_QPA_PLATFORM=xcb): the whole screen.
void shoot(const char *name)
{
    const QString dir = qEnvironmentVariable("ROLESHEET_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(600);
    QVERIFY(QGuiApplication::primaryScreen()->grabWindow(0).save(dir + QLatin1Char('/') + QLatin1String(name)));
}

bool shooting()
{
    return !qEnvironmentVariableIsEmpty("ROLESHEET_SCREENSHOT_DIR");
}

QStringList treeTexts(const QTreeWidget *tree)
{
    QStringList texts;
    for (QTreeWidgetItemIterator it(const_cast<QTreeWidget *>(tree)); *it; ++it)
        texts.append((*it)->text(0));
    return texts;
}

const char kPassword[] = "apv-test-pw";

// The workspace of the tests: Olga owns it, Bo (`approver`) is an Admin, Bram (`requester`) files requests, Dee is to
// become an Admin; a sensitive policy that asks for one approval.
Workspace studio(const QString &requester = s("Bram"), const QString &approver = s("Bo"))
{
    Workspace ws = DefaultWorkspace::create(s("Olga Brandt"), s("Studio Noord"));
    for (const QString &name : { requester, approver, s("Dee") }) {
        Change c = Change::addMember(name);
        if (!ws.apply(c).ok())
            qFatal("cannot add %s", qPrintable(name));
    }
    Change bo = Change::setAccountRole(ws.findMember(approver)->id, ws.builtInRole(BuiltIn::Admin));
    ApprovalPolicy policy;
    policy.changes = ApprovalPolicy::Changes::Sensitive;
    Change gate = Change::setApprovalPolicy(policy);
    if (!ws.apply(bo).ok() || !ws.apply(gate).ok())
        qFatal("cannot set up the studio");
    return ws;
}

} // namespace

class TestApprovalsView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        rs::Translations::install(QLocale(QLocale::English)); // "1 approval", as the editor says it
        Prompts::setUnattended(true); // a warning nobody answered must not hang the run
    }
    void init() { Prompts::reset(); }
    void cleanupTestCase()
    {
        if (!m_pgpass.isEmpty())
            qputenv("PGPASSFILE", m_fixturePgpass.toLocal8Bit());
    }
    void requestApproveApply();
    void newRequestShowsInMessageBar();

private:
    // On PostgreSQL: a second login, apv_bram, with the rights of the fixture's on `database`, and a password file
    // that knows it; its address for `location`.
    QString requesterLogin(const QString &location);

    QTemporaryDir m_dir;
    QString m_pgpass;
    QString m_fixturePgpass;
};

QString TestApprovalsView::requesterLogin(const QString &location)
{
    const QString database = st::Locations::databaseOf(location);
    QFile dirFile(qEnvironmentVariable("ROLESHEET_PG_STATE") + s("/dir"));
    if (!dirFile.open(QIODevice::ReadOnly))
        qFatal("no fixture folder");
    {
        // A superuser connection through the fixture's private socket.
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), s("apv-admin"));
        db.setHostName(QString::fromUtf8(dirFile.readAll()).trimmed() + s("/socket"));
        db.setPort(QUrl(st::fixtureUrl()).port());
        db.setUserName(s("rolesheet_admin"));
        db.setDatabaseName(database);
        if (!db.open())
            qFatal("%s", qPrintable(db.lastError().text()));
        QSqlQuery q(db);
        q.exec(QStringLiteral("CREATE ROLE apv_bram LOGIN PASSWORD '%1'").arg(s(kPassword)));
        q.exec(QStringLiteral("ALTER ROLE apv_bram PASSWORD '%1'").arg(s(kPassword)));
        for (const QString &grant : { QStringLiteral("GRANT CONNECT ON DATABASE %1 TO apv_bram").arg(database),
                 s("GRANT ALL ON ALL TABLES IN SCHEMA public TO apv_bram"),
                 s("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO apv_bram") }) {
            if (!q.exec(grant))
                qFatal("%s", qPrintable(q.lastError().text()));
        }
    }
    QSqlDatabase::removeDatabase(s("apv-admin"));
    if (m_pgpass.isEmpty()) {
        m_fixturePgpass = qEnvironmentVariable("PGPASSFILE");
        QFile fixture(m_fixturePgpass);
        if (!fixture.open(QIODevice::ReadOnly))
            qFatal("no fixture password file");
        m_pgpass = m_dir.filePath(s("pgpass"));
        QFile file(m_pgpass);
        if (!file.open(QIODevice::WriteOnly))
            qFatal("cannot write a password file");
        file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
        file.write(fixture.readAll() + "\n*:*:*:apv_bram:" + kPassword + "\n");
        qputenv("PGPASSFILE", m_pgpass.toLocal8Bit());
    }
    QUrl url(location);
    url.setUserName(s("apv_bram"));
    return url.toString();
}

void TestApprovalsView::requestApproveApply()
{
    if (st::postgres())
        QSKIP("members are chosen under Acting as on SQLite; on PostgreSQL the login acts (the message bar test)");
    QTemporaryDir dir;
    const QString location = dir.filePath(s("w.rolesheet"));
    QVERIFY(Store::create(location, studio()).ok());
    MainWindow window;
    QVERIFY(window.openWorkspace(location));
    if (shooting())
        window.showMaximized();
    else
        window.show();
    const Workbench bench = window.workbench();
    QVERIFY(window.action(ActionId::Approvals));
    const Workspace &ws = bench.document->stored();
    const Id dee = ws.findMember(s("Dee"))->id;
    const Id admin = ws.builtInRole(BuiltIn::Admin);

    // Dee becomes an Admin: gated. Review offers Request Approval… in place of Apply, and says why.
    QVERIFY(bench.session->stage(Change::setAccountRole(dee, admin)).ok());
    int reasonsAsked = 0;
    QString seenWhy;
    bool applyShown = true;
    Prompts::setNextDialogHandler([&](QDialog *review) {
        auto *apply = review->findChild<QPushButton *>(s("reviewApply"));
        applyShown = !apply->isHidden() || review->findChild<QDialogButtonBox *>()->buttons().contains(apply);
        seenWhy = review->findChild<QLabel *>(s("reviewNeedsApproval"))->text();
        // The reason is required: a blank one is refused with the store's words and asked again.
        const auto answer = [&](QDialog *ask, const QString &reason) {
            ++reasonsAsked;
            ask->findChild<QLineEdit *>(s("requestReason"))->setText(reason);
            auto *as = ask->findChild<QComboBox *>(s("requestAs"));
            as->setCurrentIndex(as->findText(s("Bram")));
            return int(QDialog::Accepted);
        };
        Prompts::setNextDialogHandler([&](QDialog *ask) {
            Prompts::setNextDialogHandler([&](QDialog *again) {
                const int result = answer(again, s("season start"));
                if (shooting()) {
                    review->show();
                    again->show();
                    shoot("request-approval.png");
                    again->hide();
                }
                return result;
            });
            return answer(ask, s("   "));
        });
        QTest::mouseClick(review->findChild<QPushButton *>(s("reviewRequestApproval")), Qt::LeftButton);
        return review->result();
    });
    window.action(ActionId::Review)->trigger();
    QVERIFY(!applyShown);
    QVERIFY2(seenWhy.contains(s("Dee")) && seenWhy.contains(s("approval")), qPrintable(seenWhy));
    QCOMPARE(reasonsAsked, 2);
    QCOMPARE(Prompts::lastMessage(), s("A request needs a reason."));
    QVERIFY(!bench.session->hasStagedChanges()); // they wait in the request now
    QCOMPARE(window.messageBar()->text(), s("Request 1 waits for 1 approval; View › Approvals… follows it."));
    QCOMPARE(bench.document->stored().member(dee)->accountRole, Id(0));

    ApprovalsDialog dialog(bench);
    dialog.show();
    QTRY_VERIFY(dialog.isCurrent());
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 1)->text(), s("Bram"));
    QVERIFY(dialog.table()->item(0, 2)->text().startsWith(s("pending")));
    QCOMPARE(dialog.table()->item(0, 4)->text(), s("season start"));

    // Bram may not approve his own request: refused, with the reason.
    dialog.actingAs()->setCurrentIndex(dialog.actingAs()->findText(s("Bram")));
    QTRY_VERIFY(dialog.isCurrent());
    QVERIFY(dialog.select(1));
    Prompts::setNextText(s("fine by me"));
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("approvalsApprove")), Qt::LeftButton);
    QCOMPARE(Prompts::lastMessage(), s("Nobody approves or denies their own request."));

    // Bo sees it waiting for him; a denial without a comment is refused and changes nothing.
    dialog.actingAs()->setCurrentIndex(dialog.actingAs()->findText(s("Bo")));
    QTRY_VERIFY(dialog.isCurrent());
    dialog.showing()->setCurrentIndex(int(ApprovalsDialog::Show::WaitingForMe));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QVERIFY(dialog.table()->item(0, 2)->text().contains(s("waiting for you")));
    QVERIFY(dialog.select(1));
    Prompts::setNextText(s(" "));
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("approvalsDeny")), Qt::LeftButton);
    QCOMPARE(Prompts::lastMessage(), s("A denial needs a comment saying why."));
    QTRY_VERIFY(dialog.isCurrent());
    QVERIFY(dialog.table()->item(0, 2)->text().startsWith(s("pending")));

    // Opened, the request shows the cell diff and member impact as Review does; Bo approves from there.
    QStringList changes;
    QStringList impact;
    QString facts;
    bool applyHidden = false;
    Prompts::setNextDialogHandler([&](QDialog *opened) {
        changes = treeTexts(opened->findChild<QTreeWidget *>(s("reviewChanges")));
        impact = treeTexts(opened->findChild<QTreeWidget *>(s("reviewImpact")));
        facts = opened->findChild<QLabel *>(s("requestFacts"))->text();
        applyHidden = opened->findChild<QPushButton *>(s("reviewApply"))->isHidden()
            && !opened->findChild<QPushButton *>(s("requestApply")); // pending: nothing to apply yet
        Prompts::setNextText(s("agreed with Olga"));
        QTest::mouseClick(opened->findChild<QPushButton *>(s("requestApprove")), Qt::LeftButton);
        return opened->result();
    });
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("approvalsOpen")), Qt::LeftButton);
    QVERIFY2(changes.join(QLatin1Char('\n')).contains(s("Dee")), qPrintable(changes.join(QLatin1Char('\n'))));
    QVERIFY2(impact.contains(s("Dee")), qPrintable(impact.join(QLatin1Char('\n'))));
    QVERIFY2(facts.contains(s("Filed by Bram")) && facts.contains(s("SHA-256")), qPrintable(facts));
    QVERIFY(applyHidden);
    QTRY_VERIFY(dialog.isCurrent());
    dialog.showing()->setCurrentIndex(int(ApprovalsDialog::Show::Approved));
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 3)->text(), s("1 of 1"));

    // Applied: the workspace is read again with Dee an Admin, and the request is done.
    QVERIFY(dialog.select(1));
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("approvalsApply")), Qt::LeftButton);
    QTRY_COMPARE(bench.document->stored().member(dee)->accountRole, admin);
    QTRY_VERIFY(dialog.isCurrent());
    dialog.showing()->setCurrentIndex(int(ApprovalsDialog::Show::All));
    QVERIFY(dialog.table()->item(0, 2)->text().startsWith(s("applied")));
    QVERIFY(!dialog.findChild<QPushButton *>(s("approvalsApply"))->isEnabled());

    // Opened once applied, it shows who gained what as the apply's record kept it: the workspace holds the change
    // by now, so no diff of it could.
    QStringList appliedChanges;
    QStringList appliedImpact;
    Prompts::setNextDialogHandler([&](QDialog *opened) {
        appliedChanges = treeTexts(opened->findChild<QTreeWidget *>(s("reviewChanges")));
        appliedImpact = treeTexts(opened->findChild<QTreeWidget *>(s("reviewImpact")));
        if (shooting()) {
            opened->resize(900, 640);
            opened->show();
            shoot("request-applied.png");
            opened->hide();
        }
        return int(QDialog::Rejected);
    });
    QVERIFY(dialog.select(1));
    QTest::mouseClick(dialog.findChild<QPushButton *>(s("approvalsOpen")), Qt::LeftButton);
    QCOMPARE(appliedChanges, QStringList { s("Give Dee the account role Admin") });
    QVERIFY2(appliedImpact.contains(s("Dee")), qPrintable(appliedImpact.join(QLatin1Char('\n'))));
    QVERIFY2(appliedImpact.filter(QRegularExpression(s("^Jobs: gains View"))).size() == 1,
        qPrintable(appliedImpact.join(QLatin1Char('\n'))));

    if (shooting()) {
        // More requests for the picture: Dee's account role taken back, and two approvals asked for from now on.
        auto other = Store::open(location, Store::Access::ReadWrite);
        QVERIFY(other.ok());
        ApprovalStore bram(*other.value());
        bram.actAs(s("Bram"));
        QVERIFY(bram.submit({ Change::setAccountRole(dee, 0) }, s("Dee leaves the admin team after the launch")).ok());
        ApprovalPolicy two = other.value()->workspace().approvalPolicy();
        two.approvals = 2;
        QVERIFY(bram.submit({ Change::setApprovalPolicy(two) }, s("two approvers for the client season")).ok());
        QTRY_VERIFY_WITH_TIMEOUT(dialog.table()->rowCount() == 3 && dialog.isCurrent(), 5000);
        dialog.resize(980, 420);
        dialog.showing()->setCurrentIndex(int(ApprovalsDialog::Show::All));
        QVERIFY(dialog.select(3));
        shoot("approvals.png");
    }
}

void TestApprovalsView::newRequestShowsInMessageBar()
{
    // On SQLite the member acting is the one chosen; on PostgreSQL it is the login's: the fixture's is the approver
    // here, and the request comes from another login, over a connection of its own.
    st::Locations locations;
    const QString location = locations.next();
    const QString approver = st::postgres() ? QUrl(st::fixtureUrl()).userName() : s("Bo");
    const QString requester = st::postgres() ? s("apv_bram") : s("Bram");
    QVERIFY(Store::create(location, studio(requester, approver)).ok());
    const QString requesterAddress = st::postgres() ? requesterLogin(location) : location;
    MainWindow window;
    if (!st::postgres())
        window.document()->setApprovalActor(approver);
    // With a policy set the editor reads the requests once it has opened the workspace (and started watching it):
    // what comes after that is new.
    QSignalSpy firstRead(window.document(), &Document::approvalsRead);
    QVERIFY(window.openWorkspace(location));
    window.show();
    QTRY_VERIFY(firstRead.count() > 0);
    QVERIFY(!window.messages()->isVisible()); // nothing waits yet

    // Another program files a request: the approver's editor is told, and offers the Approvals view.
    auto other = st::postgres() ? Store::open(requesterAddress, Store::Access::ReadWrite, Credentials(s(kPassword)))
                                : Store::open(location, Store::Access::ReadWrite);
    QVERIFY2(other.ok(), qPrintable(other ? QString() : other.error().message));
    ApprovalStore approvals(*other.value());
    approvals.actAs(requester);
    const Workspace &ws = other.value()->workspace();
    const Result<approval::Request> filed = approvals.submit(
        { Change::setAccountRole(ws.findMember(s("Dee"))->id, ws.builtInRole(BuiltIn::Admin)) }, s("launch week"));
    QVERIFY2(filed.ok(), qPrintable(filed ? QString() : filed.error().message));
    // On PostgreSQL the request's notification brings it at once (the watcher's 5 s poll is the fallback only); on
    // SQLite the file's change, with a poll every 0.5 s behind it.
    const int within = st::postgres() ? 4000 : 10000;
    QTRY_VERIFY_WITH_TIMEOUT(window.messageBar()->text().contains(s("asks for your approval")), within);
    QCOMPARE(window.messageBar()->text(), requester + s(" asks for your approval of request 1: launch week"));
    QCOMPARE(window.messages()->actionButtons().size(), 1); // View › Approvals…

    // Once it no longer waits for the approver (the requester withdrew it), the message goes.
    QVERIFY(approvals.withdraw(filed.value().id).ok());
    QTRY_VERIFY_WITH_TIMEOUT(!window.messages()->isVisible(), within);
}

QTEST_MAIN(TestApprovalsView)
#include "TestApprovalsView.moc"
