// Passwords the desktop way: connecting to a server that wants a password libpq cannot find asks for it, may keep it
// in the system keyring (a real Secret Service the test's wrapper starts: with-keyring.sh), reconnects from Open
// Recent without asking, asks again saying why when the server refuses it, and forgets it on request. No password
// ever reaches the settings file or Open Recent. Runs on the storage tests' PostgreSQL server, without PGPASSFILE.
#include "../storage/StoreTestSupport.h"
#include "MainWindow.h"
#include "Prompts.h"
#include "audit/ConnectDialog.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "login/Keyring.h"
#include "login/PasswordDialog.h"
#include "storage/Store.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTest>
#include <QUrl>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

const char kNotAccepted[] = "The password was not accepted; try again.";

// Run a second time with no keyring at all (ROLESHEET_TEST_KEYRING=none): only noKeyringSaysSoAndConnects applies.
bool noKeyring()
{
    return qEnvironmentVariable("ROLESHEET_TEST_KEYRING") == QLatin1String("none");
}

#define NEEDS_KEYRING()                                                                                                \
    if (noKeyring())                                                                                                   \
    QSKIP("Run without a keyring")

} // namespace

class TestPasswordPrompt : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!st::postgres())
            QSKIP("Needs the PostgreSQL server of the storage tests' fixture");
        QStandardPaths::setTestModeEnabled(true);
        Prompts::setUnattended(true); // a prompt the test did not answer is cancelled, not waited for
        // libpq must find no password of its own, so that the editor has to ask.
        QVERIFY(!qEnvironmentVariableIsSet("PGPASSFILE"));
        QVERIFY(!qEnvironmentVariableIsSet("PGPASSWORD"));
        QVERIFY(!QFile::exists(QDir::home().filePath(s(".pgpass"))));
        // The fixture's password, read as a person would read it off a note: the last field of its password file.
        QFile pgpass(qEnvironmentVariable("ROLESHEET_PG_STATE") + s("/pgpass"));
        QVERIFY(pgpass.open(QIODevice::ReadOnly));
        m_password = QString::fromUtf8(pgpass.readAll().trimmed()).section(QLatin1Char(':'), 4);
        QVERIFY(!m_password.isEmpty());

        // A database of this run's own, holding a workspace.
        const QUrl fixture(st::fixtureUrl());
        m_database = s("rs_pw_%1").arg(QCoreApplication::applicationPid());
        {
            QSqlDatabase admin = adminConnection();
            QVERIFY2(admin.isOpen(), qPrintable(admin.lastError().text()));
            QSqlQuery q(admin);
            q.exec(s("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
            QVERIFY2(q.exec(s("CREATE DATABASE %1").arg(m_database)), qPrintable(q.lastError().text()));
        }
        QSqlDatabase::removeDatabase(s("pw-admin"));
        QUrl url(fixture);
        url.setPath(QLatin1Char('/') + m_database);
        m_location = url.toString();
        // Without a password the server turns the store away, and says it wants one.
        const auto refused = Store::open(m_location);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::Password);
        QVERIFY(Store::create(m_location, DefaultWorkspace::create(s("Owner"), s("Studio")), Credentials(m_password)));
    }
    void cleanupTestCase()
    {
        if (m_database.isEmpty())
            return;
        {
            QSqlDatabase admin = adminConnection();
            QSqlQuery(admin).exec(s("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_database));
        }
        QSqlDatabase::removeDatabase(s("pw-admin"));
    }
    void init()
    {
        Prompts::reset();
        QSettings().clear();
        if (!noKeyring())
            QCOMPARE(Keyring::remove(m_location), Keyring::Outcome::Done);
    }

    void noKeyringSaysSoAndConnects()
    {
        if (!noKeyring())
            QSKIP("Run by TestPasswordPromptNoKeyring");
        MainWindow window;
        connectFromDialog(window, true);
        QVERIFY2(window.document()->isOpen(), qPrintable(Prompts::lastMessage()));
        QCOMPARE(Prompts::passwordsAsked(), 1);
        QVERIFY(!window.messageBar()->isHidden());
        QVERIFY2(window.messageBar()->text().contains(s("keyring")), qPrintable(window.messageBar()->text()));
        QVERIFY(!window.messageBar()->text().contains(QLatin1Char('\n')));
        QString kept;
        QVERIFY(Keyring::read(m_location, kept) != Keyring::Outcome::Done);
        QVERIFY(kept.isEmpty());
        checkNoPasswordKept();
    }

    void asksRemembersAndReconnectsWithoutAsking()
    {
        NEEDS_KEYRING();
        MainWindow window;
        connectFromDialog(window, true);
        QVERIFY2(window.document()->isOpen(), qPrintable(Prompts::lastMessage()));
        QCOMPARE(Prompts::passwordsAsked(), 1);
        QCOMPARE(window.document()->location(), m_location);
        // Kept in the Secret Service, under the server's address.
        QString kept;
        QCOMPARE(Keyring::read(m_location, kept), Keyring::Outcome::Done);
        QCOMPARE(kept, m_password);

        // Open Recent opens it again with the keyring's password: nobody is asked.
        QAction *recent = recentEntry(window);
        QVERIFY(recent);
        recent->trigger();
        QVERIFY2(window.document()->isOpen(), qPrintable(Prompts::lastMessage()));
        QCOMPARE(Prompts::passwordsAsked(), 1);
        QCOMPARE(window.document()->location(), m_location);
        // A fresh window (as after a restart) does not ask either.
        MainWindow later;
        QVERIFY2(later.openWorkspace(m_location), qPrintable(Prompts::lastMessage()));
        QCOMPARE(Prompts::passwordsAsked(), 1);
        checkNoPasswordKept();
    }

    void withoutRememberingNothingIsKept()
    {
        NEEDS_KEYRING();
        MainWindow window;
        connectFromDialog(window, false);
        QVERIFY2(window.document()->isOpen(), qPrintable(Prompts::lastMessage()));
        QString kept;
        QCOMPARE(Keyring::read(m_location, kept), Keyring::Outcome::NotFound);
        // So the next connection asks again; cancelled, it opens nothing and keeps the workspace shown.
        QVERIFY(!window.openWorkspace(m_location));
        QCOMPARE(Prompts::passwordsAsked(), 2);
        QCOMPARE(window.document()->location(), m_location);
        checkNoPasswordKept();
    }

    void wrongPasswordAsksAgainAndSaysSo()
    {
        NEEDS_KEYRING();
        // The keyring holds a password the server no longer accepts; the typed one is refused once too.
        QCOMPARE(Keyring::write(m_location, s("not-the-password")), Keyring::Outcome::Done);
        MainWindow window;
        QStringList notices;
        bool noticeShown = false;
        Prompts::setNextPassword(s("still-not-it"), false);
        // The keyring's password is refused, so it asks; the typed one is refused, so it asks again, saying so, and
        // nobody answers that: nothing is opened.
        QVERIFY(!window.openWorkspace(m_location));
        QCOMPARE(Prompts::passwordsAsked(), 2);
        QCOMPARE(Prompts::lastMessage(), s(kNotAccepted));
        QVERIFY(!window.document()->isOpen());

        // Once more, answering the dialog itself the second time, and remembering the right password.
        QCOMPARE(Keyring::write(m_location, s("not-the-password")), Keyring::Outcome::Done);
        Prompts::reset();
        Prompts::setNextDialogHandler([&](QDialog *d) {
            auto *dialog = qobject_cast<PasswordDialog *>(d);
            if (!dialog)
                return int(QDialog::Rejected);
            notices.append(dialog->noticeLabel()->text());
            noticeShown = !dialog->noticeLabel()->isHidden();
            QTest::keyClicks(dialog->passwordEdit(), m_password);
            dialog->rememberBox()->setChecked(true);
            return int(QDialog::Accepted);
        });
        QVERIFY2(window.openWorkspace(m_location), qPrintable(Prompts::lastMessage()));
        QCOMPARE(Prompts::passwordsAsked(), 1);
        QCOMPARE(notices, QStringList { s(kNotAccepted) });
        QVERIFY(noticeShown);
        QString kept;
        QCOMPARE(Keyring::read(m_location, kept), Keyring::Outcome::Done);
        QCOMPARE(kept, m_password); // the refused one was replaced
        checkNoPasswordKept();
    }

    void forgetRemovesIt()
    {
        NEEDS_KEYRING();
        MainWindow window;
        connectFromDialog(window, true);
        QVERIFY2(window.document()->isOpen(), qPrintable(Prompts::lastMessage()));
        QAction *forget = window.action(rs::ActionId::ForgetPassword);
        QVERIFY(forget);
        forget->trigger();
        QString kept;
        QCOMPARE(Keyring::read(m_location, kept), Keyring::Outcome::NotFound);
        QVERIFY(!window.messageBar()->isHidden());
        // Reconnecting from Open Recent asks again.
        Prompts::setNextPassword(m_password, false);
        QAction *recent = recentEntry(window);
        QVERIFY(recent);
        recent->trigger();
        QCOMPARE(Prompts::passwordsAsked(), 2);
        QVERIFY(window.document()->isOpen());
        checkNoPasswordKept();
    }

private:
    QSqlDatabase adminConnection() const
    {
        const QUrl fixture(st::fixtureUrl());
        QSqlDatabase db = QSqlDatabase::addDatabase(s("QPSQL"), s("pw-admin"));
        db.setHostName(fixture.host());
        db.setPort(fixture.port());
        db.setUserName(fixture.userName());
        db.setPassword(m_password);
        db.setDatabaseName(s("postgres"));
        db.open();
        return db;
    }

    // File › Connect to Server…, filled in with the server's address; the password typed when asked.
    void connectFromDialog(MainWindow &window, bool remember)
    {
        Prompts::setNextDialogHandler([this](QDialog *d) {
            auto *c = qobject_cast<ConnectDialog *>(d);
            if (!c)
                return int(QDialog::Rejected);
            c->setAddress(m_location);
            return int(QDialog::Accepted);
        });
        Prompts::setNextPassword(m_password, remember);
        window.action(rs::ActionId::ConnectServer)->trigger();
    }

    QAction *recentEntry(MainWindow &window) const
    {
        for (QMenu *m : window.findChildren<QMenu *>()) {
            for (QAction *a : m->actions()) {
                if (a->toolTip() == m_location)
                    return a;
            }
        }
        return nullptr;
    }

    // The settings file, byte for byte, and Open Recent hold the address but never the password.
    void checkNoPasswordKept()
    {
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(settings.fileName()));
        const QByteArray bytes = file.readAll();
        QVERIFY(!bytes.isEmpty());
        QVERIFY(bytes.contains(QUrl(m_location).host().toUtf8()));
        QVERIFY(!bytes.contains(m_password.toUtf8()));
        QVERIFY(!bytes.contains(QUrl::toPercentEncoding(m_password)));
        const QStringList recent = settings.value(s("recentFiles")).toStringList();
        QVERIFY(recent.contains(m_location));
        for (const QString &entry : recent)
            QVERIFY(!entry.contains(m_password));
    }

    QString m_password;
    QString m_database;
    QString m_location;
};

QTEST_MAIN(TestPasswordPrompt)
#include "TestPasswordPrompt.moc"
