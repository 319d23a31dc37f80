// The welcome: on the first start with an empty data folder, and behind File › New; a studio and its owner named by
// the person at the keyboard, the name rule said inline, and Open Existing… as the way out.
#include "MainWindow.h"
#include "Prompts.h"
#include "document/Document.h"
#include "domain/Rules.h"
#include "domain/Workspace.h"
#include "preferences/PreferencesDialog.h"
#include "storage/Store.h"
#include "welcome/Welcome.h"
#include "welcome/WelcomeDialog.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

#include <functional>
#include <memory>

using namespace rs;

namespace {

// The names a workspace file holds, read back from the file itself.
struct Stored
{
    QString studio;
    QString owner;
    QByteArray timeZone;
};

Stored readBack(const QString &path)
{
    Result<std::unique_ptr<Store>> opened = Store::open(path, Store::Access::ReadOnly);
    if (!opened)
        return {};
    const Workspace &ws = opened.value()->workspace();
    const Member *owner = ws.member(ws.owner());
    return { ws.name(), owner ? owner->name : QString(), ws.timeZoneId() };
}

void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

// Answers the next welcome: fills in what `fill` types, then clicks `button` (by object name).
void answerWelcome(std::function<void(WelcomeDialog *)> fill, const QString &button, bool *shown = nullptr)
{
    Prompts::setNextDialogHandler([fill, button, shown](QDialog *dialog) {
        auto *welcome = qobject_cast<WelcomeDialog *>(dialog);
        if (shown)
            *shown = welcome != nullptr;
        if (!welcome)
            return int(QDialog::Rejected);
        welcome->show();
        fill(welcome);
        auto *b = welcome->findChild<QPushButton *>(button);
        if (!b || !b->isEnabled())
            return int(QDialog::Rejected);
        QTest::mouseClick(b, Qt::LeftButton);
        return welcome->result();
    });
}

} // namespace

class TestWelcome : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { Prompts::setUnattended(true); }

    void init()
    {
        Prompts::reset();
        // An empty data folder and no Open Recent: the first start of a new person.
        QSettings().clear();
        QFile::remove(Store::defaultLocation());
    }

    void firstStartWelcomesAndCreatesTheStudioTyped()
    {
        QVERIFY(!QFileInfo::exists(Store::defaultLocation()));
        bool shown = false;
        answerWelcome(
            [](WelcomeDialog *w) {
                // Nothing is guessed for the owner; the system's time zone is offered.
                QVERIFY(w->ownerEdit()->text().isEmpty());
                const QTimeZone offered(w->timeZone());
                QVERIFY(offered.isValid());
                QCOMPARE(offered.offsetFromUtc(QDateTime::currentDateTime()),
                    QTimeZone::systemTimeZone().offsetFromUtc(QDateTime::currentDateTime()));
                type(w->studioEdit(), QStringLiteral("Northlight Studio"));
                type(w->ownerEdit(), QStringLiteral("Morgan Avery"));
                // A zone typed that is none of the list keeps Create waiting; the zone's own name is taken.
                type(w->timeZoneBox()->lineEdit(), QStringLiteral("Pacific/Nowhere"));
                QVERIFY(!w->createButton()->isEnabled());
                type(w->timeZoneBox()->lineEdit(), QStringLiteral("pacific/auckland"));
                QVERIFY(w->createButton()->isEnabled());
                w->languageBox()->setCurrentIndex(w->languageBox()->findData(QStringLiteral("fr")));
            },
            QStringLiteral("createButton"), &shown);
        {
            MainWindow window;
            QVERIFY(Welcome::start(window.workbench(), QString()));
            QVERIFY(shown);
            QVERIFY(window.document()->isOpen());
            QCOMPARE(window.document()->location(), Store::defaultLocation());
        }
        const Stored stored = readBack(Store::defaultLocation());
        QCOMPARE(stored.studio, QStringLiteral("Northlight Studio"));
        QCOMPARE(stored.owner, QStringLiteral("Morgan Avery"));
        QCOMPARE(stored.timeZone, QByteArray("Pacific/Auckland"));
        QCOMPARE(PreferencesDialog::savedLanguage(), QStringLiteral("fr"));

        // The next start opens that workspace without asking again.
        MainWindow again;
        shown = false;
        answerWelcome([](WelcomeDialog *) {}, QStringLiteral("createButton"), &shown);
        QVERIFY(Welcome::start(again.workbench(), QString()));
        QVERIFY(!shown);
        QVERIFY(again.document()->waitForFinished()); // the workspace is read in the background
        QCOMPARE(again.document()->stored().name(), QStringLiteral("Northlight Studio"));
        Prompts::reset();
    }

    void quittingTheWelcomeWritesNothing()
    {
        MainWindow window;
        answerWelcome([](WelcomeDialog *w) { type(w->studioEdit(), QStringLiteral("Half typed")); },
            QStringLiteral("cancelButton"));
        QVERIFY(!Welcome::start(window.workbench(), QString()));
        QVERIFY(!window.document()->isOpen());
        QVERIFY(!QFileInfo::exists(Store::defaultLocation()));
        QVERIFY(PreferencesDialog::savedLanguage().isEmpty());
    }

    void createStaysDisabledUntilBothNamesPassTheRule()
    {
        WelcomeDialog dialog(WelcomeDialog::Mode::FirstStart);
        dialog.show();
        QPushButton *create = dialog.createButton();
        type(dialog.studioEdit(), QStringLiteral("Northlight Studio"));
        // Tab goes down the form: studio, owner, time zone, language.
        dialog.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        dialog.studioEdit()->setFocus();
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(dialog.focusWidget(), dialog.ownerEdit());
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QVERIFY(
            dialog.focusWidget() == dialog.timeZoneBox() || dialog.focusWidget() == dialog.timeZoneBox()->lineEdit());
        QTest::keyClick(dialog.focusWidget(), Qt::Key_Tab);
        QCOMPARE(dialog.focusWidget(), dialog.languageBox());
        // The owner's field starts empty: Create waits for it, without scolding before anything was typed.
        QVERIFY(!create->isEnabled());
        QVERIFY(!dialog.ownerProblem()->isVisible());
        type(dialog.ownerEdit(), QStringLiteral("M"));
        type(dialog.ownerEdit(), QString());
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog.ownerProblem()->isVisible());
        QVERIFY(dialog.ownerProblem()->text().contains(QStringLiteral("needs a name")));
        type(dialog.ownerEdit(), QStringLiteral("Morgan Avery"));
        QVERIFY(create->isEnabled());
        QVERIFY(!dialog.ownerProblem()->isVisible());

        // Spaces alone are no name; a name longer than the rule allows says how long it is.
        type(dialog.studioEdit(), QStringLiteral("   "));
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog.studioProblem()->text().contains(QStringLiteral("needs a name")));
        type(dialog.studioEdit(), QString(Rules::kMaxNameLength + 1, QLatin1Char('N')));
        QVERIFY(!create->isEnabled());
        QVERIFY(dialog.studioProblem()->isVisible());
        QVERIFY(dialog.studioProblem()->text().contains(QString::number(Rules::kMaxNameLength + 1)));
        // A character that turns the text around is refused too.
        dialog.studioEdit()->setText(QStringLiteral("North\u202Elight"));
        QVERIFY(!create->isEnabled());
        QVERIFY(!dialog.studioProblem()->text().isEmpty());
        // Return in a field does not create past the rule.
        QTest::keyClick(dialog.studioEdit(), Qt::Key_Return);
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        type(dialog.studioEdit(), QStringLiteral("Northlight"));
        QVERIFY(create->isEnabled());
        QVERIFY(!dialog.studioProblem()->isVisible());
    }

    void fileNewShowsTheWelcomeAndAsksWhereToSave()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(window.newWorkspace(dir.filePath(QStringLiteral("first.rolesheet"))));
        bool shown = false;
        answerWelcome(
            [](WelcomeDialog *w) {
                type(w->studioEdit(), QStringLiteral("Harbour Films"));
                type(w->ownerEdit(), QStringLiteral("Ana Lima"));
            },
            QStringLiteral("createButton"), &shown);
        Prompts::setNextFileName(dir.filePath(QStringLiteral("harbour")));
        window.action(rs::ActionId::New)->trigger();
        QVERIFY(shown);
        const QString created = dir.filePath(QStringLiteral("harbour.rolesheet"));
        QCOMPARE(window.document()->location(), created);
        QCOMPARE(window.document()->stored().name(), QStringLiteral("Harbour Films"));
        const Stored stored = readBack(created);
        QCOMPARE(stored.studio, QStringLiteral("Harbour Films"));
        QCOMPARE(stored.owner, QStringLiteral("Ana Lima"));

        // Cancelling the file question creates nothing and keeps the open workspace.
        answerWelcome(
            [](WelcomeDialog *w) {
                type(w->studioEdit(), QStringLiteral("Other"));
                type(w->ownerEdit(), QStringLiteral("Ana Lima"));
            },
            QStringLiteral("createButton"));
        Prompts::setNextFileName(QString());
        window.action(rs::ActionId::New)->trigger();
        QCOMPARE(window.document()->location(), created);
        QCOMPARE(QDir(dir.path()).entryList({ QStringLiteral("*.rolesheet") }).size(), 2);
    }

    void openExistingFromTheFirstStart()
    {
        QTemporaryDir dir;
        const QString existing = dir.filePath(QStringLiteral("existing.rolesheet"));
        {
            MainWindow maker;
            QVERIFY(maker.newWorkspace(existing));
        }
        QSettings().clear(); // forget it again: the next start knows no workspace
        MainWindow window;
        answerWelcome([](WelcomeDialog *) {}, QStringLiteral("openExistingButton"));
        Prompts::setNextFileName(existing);
        QVERIFY(Welcome::start(window.workbench(), QString()));
        QVERIFY(window.document()->waitForFinished());
        QCOMPARE(window.document()->location(), existing);
        QVERIFY(!QFileInfo::exists(Store::defaultLocation()));
    }
};

int main(int argc, char *argv[])
{
    // A home of its own: the data folder and the settings start empty, as on a new person's first start.
    QTemporaryDir home;
    qputenv("HOME", home.path().toLocal8Bit());
    qputenv("XDG_CONFIG_HOME", home.filePath(QStringLiteral("config")).toLocal8Bit());
    qputenv("XDG_DATA_HOME", home.filePath(QStringLiteral("data")).toLocal8Bit());
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Rolesheet"));
    QApplication::setApplicationName(QStringLiteral("rolesheet"));
    TestWelcome test;
    return QTest::qExec(&test, argc, argv);
}

#include "TestWelcome.moc"
