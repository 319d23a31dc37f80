// The audit trail in the editor: its rows, its filters typed as a person types them, its CSV export; the table model
// under QAbstractItemModelTester; and File › Connect to Server…, which builds an address and never asks for a
// password. Run on SQLite, and again on the storage tests' PostgreSQL server (ROLESHEET_TEST_BACKEND=postgresql).
#include "../storage/StoreTestSupport.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "audit/AuditDialog.h"
#include "audit/ConnectDialog.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "itemmodels/AuditModel.h"
#include "storage/Store.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

using namespace rs;

namespace {

// The trail of a store the test opened itself, answered at once.
AuditDialog::Source fromStore(const Store &store)
{
    return { [&store](QObject *, const AuditDialog::Source::Answer<QList<AuditEntry>> &done) { done(store.audit()); },
        [&store](QObject *, const AuditDialog::Source::Answer<AuditChain> &done) { done(store.verifyAudit()); },
        [&store]() -> const Workspace & { return store.workspace(); } };
}

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Clears a filter field and types `text` into it, key by key.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// With ROLESHEET_GRAB_DIR set, saves a picture of the widget there, to look at how it is laid out.
void grab(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("ROLESHEET_GRAB_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name));
}

QStringList column(const QAbstractItemModel *model, int column)
{
    QStringList values;
    for (int row = 0; row < model->rowCount(); ++row)
        values.append(model->index(row, column).data().toString());
    return values;
}

} // namespace

class TestAuditDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true); // a warning nobody answered must not hang the run
    }
    void init()
    {
        Prompts::reset();
        QVERIFY(m_dir.isValid());
        m_location = m_locations.next();
        Workspace ws = DefaultWorkspace::create(s("Owner"), s("Studio"));
        for (const char *name : { "Ann", "Bob" }) {
            Change add = Change::addMember(s(name));
            QVERIFY(ws.apply(add).ok());
        }
        QVERIFY(Store::create(m_location, ws).ok());
        m_template = ws.findTemplate(s("Production"))->id;

        // Ann changes a cell and renames Bob; the owner makes a role, gives it a cell and adds Cleo.
        auto ann = open(s("Ann"));
        Change grant = Change::setGrant(
            m_template, ann->workspace().findFeature(s("Jobs"))->id, Levels(Level::View).with(Level::Edit));
        QVERIFY(ann->apply(grant).ok());
        Change rename = Change::renameMember(ann->workspace().findMember(s("Bob"))->id, s("Robert"));
        QVERIFY(ann->apply(rename).ok());
        auto owner = open(s("Owner"));
        Change role = Change::createRole(s("Colourists"), Scope::Account);
        QVERIFY(owner->apply(role).ok());
        Id colourists = 0;
        for (const Role &r : owner->workspace().roles())
            colourists = r.name == s("Colourists") ? r.id : colourists;
        Change cell = Change::setGrant(colourists, owner->workspace().findFeature(s("Images"))->id, Level::View);
        QVERIFY(owner->apply(cell).ok());
        Change cleo = Change::addMember(s("Cleo"));
        QVERIFY(owner->apply(cleo).ok());
        m_all = int(owner->audit().value().size());
        QCOMPARE(m_all, 6); // with the creation of the workspace
    }

    void showsWhetherTheChainIsWhole()
    {
        auto store = open(s("Viewer"));
        AuditDialog dialog(fromStore(*store));
        QVERIFY2(
            dialog.chainState()->text().startsWith(s("Hash chain whole")), qPrintable(dialog.chainState()->text()));
        QVERIFY(dialog.chainState()->text().contains(QString::number(m_all)));
        if (st::postgres())
            return; // rewriting the trail behind the guard: tests/storage/TestAuditChain
        // Someone with the file in hand removes the guard and rewrites the third record; Refresh shows it.
        const qint64 third = dialog.model()->entries().at(2).id;
        {
            QSqlDatabase db = st::Locations::rawConnection(s("tamper"), m_location);
            QSqlQuery q(db);
            QVERIFY(q.exec(s("DROP TRIGGER audit_no_update")));
            QVERIFY(q.exec(s("UPDATE audit SET actor = 'Mallory' WHERE id = %1").arg(third)));
            db.close();
        }
        QSqlDatabase::removeDatabase(s("tamper"));
        QVERIFY(dialog.chainState()->text().startsWith(s("Hash chain whole")));
        QTest::mouseClick(dialog.refreshButton(), Qt::LeftButton);
        QVERIFY2(dialog.chainState()->text().contains(s("Audit record %1 ").arg(third)),
            qPrintable(dialog.chainState()->text()));
        QVERIFY(dialog.chainState()->text().startsWith(s("Hash chain broken")));
    }

    void showsEveryChangeWithWhoAndWhat()
    {
        auto store = open(s("Viewer"));
        AuditDialog dialog(fromStore(*store));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QAbstractItemModel *shown = dialog.table()->model();
        QCOMPARE(shown->rowCount(), m_all);
        // Newest first.
        QCOMPARE(shown->index(0, AuditModel::ActorColumn).data().toString(), s("Owner"));
        const QStringList changes = column(shown, AuditModel::ChangeColumn);
        QVERIFY2(changes.contains(s("Production · Jobs: Add → View / Edit")), qPrintable(changes.join(u'\n')));
        QVERIFY2(changes.contains(s("Bob → Robert")), qPrintable(changes.join(u'\n')));
        QVERIFY(changes.contains(s("Cleo added")));
        QVERIFY(!column(shown, AuditModel::OsUserColumn).contains(QString()));
        if (st::postgres()) // the server knows who logged in
            QVERIFY(!column(shown, AuditModel::DbUserColumn).contains(QString()));
        QVERIFY(!column(shown, AuditModel::WhenColumn).contains(QString()));
        QCOMPARE(shown->headerData(AuditModel::DbUserColumn, Qt::Horizontal).toString(), s("Database user"));
        QVERIFY(dialog.summary()->text().contains(QString::number(m_all)));
        grab(&dialog, QStringLiteral("audit-trail.png"));

        // Another editor applies a change while the trail is open; Refresh shows it, newest first.
        auto other = open(s("Cleo"));
        Change add = Change::addMember(s("Dev"));
        QVERIFY(other->apply(add).ok());
        QCOMPARE(shown->rowCount(), m_all);
        QTest::mouseClick(dialog.refreshButton(), Qt::LeftButton);
        QCOMPARE(shown->rowCount(), m_all + 1);
        QCOMPARE(shown->index(0, AuditModel::ChangeColumn).data().toString(), s("Dev added"));
        QCOMPARE(shown->index(0, AuditModel::ActorColumn).data().toString(), s("Cleo"));
    }

    void filtersAsOneTypes()
    {
        auto store = open(s("Viewer"));
        AuditDialog dialog(fromStore(*store));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QAbstractItemModel *shown = dialog.table()->model();

        type(dialog.roleEdit(), s("colour"));
        QCOMPARE(shown->rowCount(), 2); // the role made, and its cell
        QVERIFY(dialog.summary()->text().contains(s("2")));
        type(dialog.roleEdit(), s("No such role"));
        QCOMPARE(shown->rowCount(), 0);
        QVERIFY(!dialog.exportButton()->isEnabled());
        type(dialog.roleEdit(), QString());
        QCOMPARE(shown->rowCount(), m_all);

        type(dialog.memberEdit(), s("Robert")); // the member touched
        QCOMPARE(column(shown, AuditModel::ChangeColumn), QStringList { s("Bob → Robert") });
        type(dialog.memberEdit(), s("ann")); // the member who acted
        QCOMPARE(column(shown, AuditModel::ActorColumn), QStringList({ s("Ann"), s("Ann") }));
        type(dialog.roleEdit(), s("Production"));
        QCOMPARE(shown->rowCount(), 1); // both criteria hold
        grab(&dialog, QStringLiteral("audit-trail-filtered.png"));
        type(dialog.roleEdit(), QString());
        type(dialog.memberEdit(), QString());

        const QDate today = QDate::currentDate();
        type(dialog.fromEdit(), today.addDays(1).toString(Qt::ISODate));
        QCOMPARE(shown->rowCount(), 0);
        type(dialog.fromEdit(), today.toString(Qt::ISODate));
        QCOMPARE(shown->rowCount(), m_all);
        type(dialog.toEdit(), today.addDays(-1).toString(Qt::ISODate));
        QCOMPARE(shown->rowCount(), 0);
        type(dialog.toEdit(), today.toString(Qt::ISODate));
        QCOMPARE(shown->rowCount(), m_all);
        // A date half typed leaves that end open and says how to write it.
        type(dialog.toEdit(), s("31/01"));
        QCOMPARE(shown->rowCount(), m_all);
        QVERIFY(!dialog.toEdit()->toolTip().isEmpty());
    }

    void exportsTheShownRowsAsCsv()
    {
        auto store = open(s("Viewer"));
        AuditDialog dialog(fromStore(*store));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.memberEdit(), s("Ann"));
        const QString path = m_dir.filePath(QStringLiteral("trail"));
        Prompts::setNextFileName(path);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QFile file(path + QStringLiteral(".csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 3);
        QVERIFY(lines.at(0).startsWith(s("\uFEFFWhen,Version,Acting member,OS user,Database user,Summary")));
        for (const QString &line : lines.mid(1))
            QVERIFY2(line.contains(s(",Ann,")), qPrintable(line));
        QVERIFY(lines.join(u'\n').contains(s("Robert")));
        QVERIFY(dialog.summary()->text().contains(file.fileName()));
    }

    // Exporting over a file asks first; No keeps it. A link is refused and what it points at is kept.
    void exportAsksBeforeReplacingAndRefusesLinks()
    {
        auto store = open(s("Viewer"));
        AuditDialog dialog(fromStore(*store));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = m_dir.filePath(QStringLiteral("kept.csv"));
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("kept");
        }
        auto contents = [](const QString &name) {
            QFile file(name);
            return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
        };
        Prompts::setNextFileName(path);
        Prompts::setNextAnswer(QMessageBox::No);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QCOMPARE(Prompts::lastMessage(), s("kept.csv already exists. Replace it?"));
        QCOMPARE(contents(path), QByteArray("kept"));

        const QString link = m_dir.filePath(QStringLiteral("link.csv"));
        QVERIFY(QFile::link(path, link));
        Prompts::setNextFileName(link);
        Prompts::setNextAnswer(QMessageBox::Yes); // taken by the warning: no answer writes through a link
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY2(Prompts::lastMessage().contains(s("symbolic link")), qPrintable(Prompts::lastMessage()));
        QCOMPARE(contents(path), QByteArray("kept"));
        QVERIFY(QFileInfo(link).isSymLink());

        Prompts::setNextFileName(path);
        Prompts::setNextAnswer(QMessageBox::Yes);
        QTest::mouseClick(dialog.exportButton(), Qt::LeftButton);
        QVERIFY(contents(path).startsWith("\xEF\xBB\xBFWhen,Version,"));
        QFile::remove(link);
        QFile::remove(path);
    }

    void modelsPassTheTester()
    {
        auto store = open(s("Viewer"));
        AuditModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setEntries(store->audit().value());
        QCOMPARE(model.rowCount(), m_all);
        QCOMPARE(model.columnCount(), int(AuditModel::ColumnCount));
        AuditFilterModel filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        filter.setRoles(QSet<Id> { m_template });
        QCOMPARE(filter.rowCount(), 1);
        filter.setRoles(std::nullopt);
        filter.setMembers(QSet<Id> {}, s("Owner"));
        QCOMPARE(filter.rowCount(), 3);
        filter.setDateRange(QDate::currentDate().addDays(1), {});
        QCOMPARE(filter.rowCount(), 0);
        model.setEntries({});
        QCOMPARE(filter.rowCount(), 0);
    }

    void connectBuildsAnAddressWithoutPassword()
    {
        ConnectDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        type(dialog.hostEdit(), s("db.studio.example"));
        dialog.portEdit()->setFocus();
        dialog.portEdit()->selectAll();
        QTest::keyClicks(dialog.portEdit(), s("6543"));
        type(dialog.databaseEdit(), s("rolesheet"));
        type(dialog.userEdit(), s("ann"));
        dialog.sslModeBox()->setCurrentIndex(dialog.sslModeBox()->findData(s("require")));
        QCOMPARE(dialog.address(), s("postgresql://ann@db.studio.example:6543/rolesheet?sslmode=require"));
        QCOMPARE(dialog.preview()->text(), dialog.address());
        grab(&dialog, QStringLiteral("connect-to-server.png"));
        for (const QLineEdit *edit : dialog.findChildren<QLineEdit *>())
            QVERIFY2(edit->echoMode() == QLineEdit::Normal, "a password field");

        // Without a database there is nothing to connect to.
        type(dialog.databaseEdit(), QString());
        QVERIFY(dialog.address().isEmpty());
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());

        // Odd names survive the trip through the address.
        const QString odd = ConnectDialog::buildAddress(s("::1"), 5432, s("roles/2026 é"), s("a@b"), s("verify-full"));
        const QUrl url(odd, QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(odd));
        QCOMPARE(url.host(), s("::1"));
        QCOMPARE(url.userName(QUrl::FullyDecoded), s("a@b"));
        QCOMPARE(url.path(QUrl::FullyDecoded).mid(1), s("roles/2026 é"));

        // A password in an address given back is neither shown nor kept.
        dialog.setAddress(s("postgresql://ann:secret@db.studio.example:5433/roles?sslmode=disable"));
        QCOMPARE(dialog.address(), s("postgresql://ann@db.studio.example:5433/roles?sslmode=disable"));
        ConnectDialog::rememberAddress(s("postgresql://ann:secret@db.studio.example/roles"));
        QVERIFY(!ConnectDialog::lastAddress().contains(s("secret")));
        QVERIFY(ConnectDialog().address().startsWith(s("postgresql://ann@db.studio.example")));
    }

    void openRecentKeepsNoSecrets()
    {
        // Addresses as an older version kept them: a password, keywords hidden in a value, an unknown parameter.
        const QString kept = s("postgresql://ann@db.studio.example/kept?sslmode=verify-full");
        QSettings().setValue(s("recentFiles"),
            QStringList { s("postgresql://ann:hunter2@db.studio.example/roles"),
                s("postgresql://ann@db.studio.example/"
                  "roles?application_name=x%09password%3Dhunter2%09sslmode%3Ddisable"),
                s("postgresql://ann@db.studio.example/roles?sslmode=verify-full&password=hunter2"), kept });
        MainWindow window;
        auto *recent = window.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QStringList shown;
        for (const QAction *a : recent->actions())
            shown << a->text() << a->toolTip();
        QVERIFY2(!shown.join(QLatin1Char(' ')).contains(s("hunter2")), qPrintable(shown.join(QLatin1Char(' '))));
        QVERIFY(shown.contains(kept));
        QCOMPARE(QSettings().value(s("recentFiles")).toStringList(), QStringList { kept });
        // A workspace opened now is kept as its connection took it, without secrets.
        QVERIFY(window.openWorkspace(m_location));
        const QStringList now = QSettings().value(s("recentFiles")).toStringList();
        QCOMPARE(now, (QStringList { window.document()->location(), kept }));
        // Connect to Server keeps nothing of an address it would refuse, and never a password.
        ConnectDialog::rememberAddress(
            s("postgresql://ann:hunter2@db.studio.example/roles?application_name=x%09password%3Dhunter2"));
        QVERIFY(!QSettings().value(s("connect/lastAddress")).toString().contains(s("hunter2")));
        ConnectDialog::rememberAddress(s("postgresql://ann:hunter2@db.studio.example/roles?sslmode=verify-full"));
        QCOMPARE(ConnectDialog::lastAddress(), s("postgresql://ann@db.studio.example/roles?sslmode=verify-full"));
        QCOMPARE(QSettings().value(s("connect/lastAddress")).toString(), ConnectDialog::lastAddress());
    }

    void mainWindowOffersBoth()
    {
        MainWindow window;
        QVERIFY(window.openWorkspace(m_location));
        QAction *audit = window.action(rs::ActionId::AuditTrail);
        QVERIFY(audit);
        QVERIFY(!audit->shortcut().isEmpty());
        auto *view = window.menuBar()->findChild<QMenu *>(QStringLiteral("viewMenu"));
        QVERIFY(view && view->actions().contains(audit));
        int rows = -1;
        Prompts::setNextDialogHandler([&rows](QDialog *d) {
            auto *dialog = qobject_cast<AuditDialog *>(d);
            if (!QTest::qWaitFor([dialog]() { return !dialog->isReading(); }))
                return int(QDialog::Rejected);
            rows = dialog->table()->model()->rowCount();
            return int(QDialog::Rejected);
        });
        audit->trigger();
        QCOMPARE(rows, m_all);

        QAction *connectAction = window.action(rs::ActionId::ConnectServer);
        QVERIFY(connectAction);
        QVERIFY(window.action(rs::ActionId::Open)->associatedObjects().size() > 0);
        bool inFile = false;
        for (QObject *holder : connectAction->associatedObjects())
            inFile = inFile || holder == window.action(rs::ActionId::Open)->associatedObjects().value(0);
        QVERIFY(inFile);
        // A server nobody listens on: the editor says so and keeps the workspace it had.
        Prompts::setNextDialogHandler([](QDialog *d) {
            auto *c = qobject_cast<ConnectDialog *>(d);
            c->setAddress(s("postgresql://nobody@127.0.0.1:1/rolesheet?sslmode=disable"));
            return int(QDialog::Accepted);
        });
        connectAction->trigger();
        QVERIFY(!Prompts::lastMessage().isEmpty());
        QCOMPARE(window.document()->location(), m_location);
    }

    void connectOpensTheServersWorkspace()
    {
        if (!st::postgres())
            QSKIP("Needs the PostgreSQL server of TestAuditDialogPostgres");
        MainWindow window;
        const QUrl server(m_location);
        // Filled in as a person fills it in; the password comes from the fixture's PGPASSFILE.
        Prompts::setNextDialogHandler([&server](QDialog *d) {
            auto *c = qobject_cast<ConnectDialog *>(d);
            type(c->hostEdit(), server.host());
            c->portEdit()->selectAll();
            QTest::keyClicks(c->portEdit(), QString::number(server.port()));
            type(c->databaseEdit(), server.path().mid(1));
            type(c->userEdit(), server.userName());
            c->sslModeBox()->setCurrentIndex(c->sslModeBox()->findData(s("disable")));
            return int(QDialog::Accepted);
        });
        window.action(rs::ActionId::ConnectServer)->trigger();
        QVERIFY2(window.document()->isOpen(), qPrintable(Prompts::lastMessage()));
        QCOMPARE(QUrl(window.document()->location()).path(), server.path());
        QVERIFY(window.document()->stored().findMember(s("Robert")));
        QCOMPARE(QUrl(ConnectDialog::lastAddress()).path(), server.path());
    }

private:
    std::unique_ptr<Store> open(const QString &actor)
    {
        auto store = Store::open(m_location);
        if (!store)
            qFatal("%s", qPrintable(store.error().message));
        store.value()->setActor(actor);
        return std::move(store.value());
    }

    QTemporaryDir m_dir; // for exported files
    st::Locations m_locations;
    QString m_location;
    int m_all = 0;
    Id m_template = 0;
};

QTEST_MAIN(TestAuditDialog)
#include "TestAuditDialog.moc"
