// The editor opens a workspace that breaks a rule read-only, says which rule, and how to save its data.
#include "MainWindow.h"
#include "Prompts.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "storage/Store.h"

#include <QAction>
#include <QLabel>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace rs;

class TestOpenRescue : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true);
    }

    void brokenWorkspaceOpensReadOnlyWithTheRule()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("broken.rolesheet"));
        {
            auto created
                = Store::create(path, DefaultWorkspace::create(QStringLiteral("Ann"), QStringLiteral("Studio")));
            QVERIFY(created);
        }
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY2(q.exec(QStringLiteral("INSERT INTO members (id, name, account_role_id) SELECT 9000, 'Usurper', id "
                                           "FROM roles WHERE scope = 'production' LIMIT 1")),
                qPrintable(q.lastError().text()));
            q.finish();
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("raw"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();

        Prompts::reset();
        MainWindow window;
        window.resize(1200, 800);
        const Status opened = window.openWorkspace(path);
        QVERIFY2(opened, qPrintable(opened.error().message));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.document()->isOpen());
        QVERIFY(window.document()->stored().findMember(QStringLiteral("Usurper")));
        const QString message = window.messageBar()->text();
        QVERIFY(window.messageBar()->isVisible());
        QVERIFY2(message.contains(QStringLiteral("holds an account role that does not exist")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("read-only")) && message.contains(QStringLiteral("JSON")),
            qPrintable(message));
        QVERIFY(!window.action(rs::ActionId::Apply)->isEnabled());
        window.close();
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }
};

QTEST_MAIN(TestOpenRescue)
#include "TestOpenRescue.moc"
