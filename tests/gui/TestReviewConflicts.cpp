// Review Changes names the duty conflicts staged changes make: who, which rule, through which holdings, and whether
// a block rule refuses Apply or an exception covers it; Apply is then refused with the workspace unchanged, and a
// warn rule's conflict goes through and is reported in the message bar.
#include "MainWindow.h"
#include "Prompts.h"
#include "ReviewDialog.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "domain/DefaultWorkspace.h"
#include "storage/DutyStore.h"

#include "i18n/Translations.h"

#include <QLabel>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>

using namespace rs;

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

// Each conflict row's columns joined by " | ".
QStringList rows(const QTreeWidget *tree)
{
    QStringList result;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QStringList columns;
        for (int c = 0; c < tree->columnCount(); ++c)
            columns.append(tree->topLevelItem(i)->text(c));
        result.append(columns.join(QStringLiteral(" | ")));
    }
    return result;
}

} // namespace

class TestReviewConflicts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        rs::Translations::install(QLocale(QLocale::English));
        Prompts::setUnattended(true);
    }
    void conflictsShownRefusedAndWarned();
};

void TestReviewConflicts::conflictsShownRefusedAndWarned()
{
    QTemporaryDir dir;
    const QString location = dir.filePath(s("w.rolesheet"));
    Workspace ws = DefaultWorkspace::create(s("Olga Brandt"), s("Studio Noord"));
    Change clerk = Change::createRole(s("Order clerk"), rs::Scope::Account);
    QVERIFY(ws.apply(clerk).ok());
    for (const Feature &f : ws.features()) {
        Change none = Change::setGrant(clerk.role, f.id, Levels());
        if (!ws.grant(clerk.role, f.id).isNone())
            QVERIFY(ws.apply(none).ok());
    }
    Change edit = Change::setGrant(clerk.role, ws.findFeature(s("Release Orders"))->id, Level::Edit);
    QVERIFY(ws.apply(edit).ok());
    Change fay = Change::addMember(s("Fay Jansen"), clerk.role);
    QVERIFY(ws.apply(fay).ok());
    Change gil = Change::addMember(s("Gil Ramos"), clerk.role);
    QVERIFY(ws.apply(gil).ok());
    Change gala = Change::createProduction(s("Gala Night"), ws.owner());
    QVERIFY(ws.apply(gala).ok());
    const Id admin = ws.builtInRole(BuiltIn::ProductionAdmin);
    // A second cell the production admin edits, for the warn rule.
    QString warnFeature;
    for (const Feature &f : ws.features()) {
        if (f.name != s("Studio Orders") && f.name != s("Release Orders") && f.scope == rs::Scope::Production
            && ws.grant(admin, f.id).has(Level::Edit) && warnFeature.isEmpty())
            warnFeature = f.name;
    }
    QVERIFY(!warnFeature.isEmpty());
    QVERIFY(Store::create(location, ws).ok());
    {
        auto store = Store::open(location);
        store.value()->setActor(s("Olga Brandt"));
        DutyStore duties(*store.value());
        duties::Rule block;
        block.name = s("Orders written and checked");
        block.left.cells = duties::parseCells(ws, s("Release Orders:edit")).value();
        block.right.cells = duties::parseCells(ws, s("Studio Orders:edit")).value();
        QVERIFY(duties.addRule(block).ok());
        duties::Rule warn = block;
        warn.name = s("Orders and their settings");
        warn.right.cells = duties::parseCells(ws, warnFeature + s(":edit")).value();
        warn.severity = duties::Severity::Warn;
        QVERIFY(duties.addRule(warn).ok());
        duties::Exception e { fay.member, block.name, s("Launch week, two people short"), {}, {},
            QDateTime(QDate(2099, 1, 31), QTime(12, 0), QTimeZone::utc()) };
        QVERIFY(duties.addException(e).ok());
    }
    MainWindow window;
    QVERIFY(window.openWorkspace(location));
    const Workbench bench = window.workbench();
    QVERIFY(bench.session->stage(Change::invite(gala.production, fay.member, admin)).ok());
    QVERIFY(bench.session->stage(Change::invite(gala.production, gil.member, admin)).ok());

    // Gil's seat makes a block conflict nothing covers; Fay's is covered by her exception; both warn.
    QStringList seen;
    QString title, applyTip;
    Prompts::setNextDialogHandler([&](QDialog *d) {
        auto *dialog = qobject_cast<ReviewDialog *>(d);
        if (!dialog || !dialog->conflictsTree())
            return int(QDialog::Rejected);
        seen = rows(dialog->conflictsTree());
        title = dialog->findChild<QLabel *>(s("reviewConflictsTitle"))->text();
        auto *apply = dialog->findChild<QPushButton *>(s("reviewApply"));
        applyTip = apply->toolTip();
        if (const QString shots = qEnvironmentVariable("ROLESHEET_SCREENSHOT_DIR"); !shots.isEmpty()) {
            dialog->resize(1360, 760);
            dialog->show();
            QTest::qWait(200);
            static_cast<void>(dialog->grab().save(shots + s("/review-conflicts.png")));
        }
        QTest::mouseClick(apply, Qt::LeftButton);
        return dialog->result();
    });
    window.action(rs::ActionId::Review)->trigger();
    QCOMPARE(seen.size(), 4);
    const QString gilBlock = seen.filter(s("Gil Ramos \u2014 Orders written and checked (block)")).value(0);
    const QString seat = bench.session->working().role(admin)->name + s(" in Gala Night");
    QVERIFY2(gilBlock.contains(s("account role Order clerk")) && gilBlock.contains(seat + s(" | "))
            && gilBlock.endsWith(s("Refuses Apply: a block rule, and no exception covers it")),
        qPrintable(seen.join(QLatin1Char('\n'))));
    const QString fayBlock = seen.filter(s("Fay Jansen \u2014 Orders written and checked (block)")).value(0);
    QVERIFY2(fayBlock.contains(s("Allowed by an exception until 31 Jan 2099, granted by Olga Brandt")),
        qPrintable(fayBlock));
    QCOMPARE(seen.filter(s("Orders and their settings (warn)")).filter(s("Warns: applied, and reported")).size(), 2);
    QVERIFY2(title.contains(s("1 refuses Apply")), qPrintable(title));
    QVERIFY(applyTip.contains(s("block duty rule")));
    // Apply was refused: nothing stored, the message bar says why.
    QVERIFY(!bench.document->stored().seats().contains({ gala.production, gil.member }));
    QVERIFY(!bench.document->stored().seats().contains({ gala.production, fay.member }));
    QVERIFY2(
        window.messageBar()->text().contains(s("Refused by a duty rule")), qPrintable(window.messageBar()->text()));

    // Only Fay's seat: her exception covers the block rule; the warn rule lets it through and the bar says so.
    bench.session->discard();
    QVERIFY(bench.session->stage(Change::invite(gala.production, fay.member, admin)).ok());
    Prompts::setNextDialogHandler([&](QDialog *d) {
        auto *dialog = qobject_cast<ReviewDialog *>(d);
        seen = rows(dialog->conflictsTree());
        QTest::mouseClick(dialog->findChild<QPushButton *>(s("reviewApply")), Qt::LeftButton);
        return dialog->result();
    });
    window.action(rs::ActionId::Review)->trigger();
    QCOMPARE(seen.size(), 2);
    QVERIFY(bench.document->stored().seats().contains({ gala.production, fay.member }));
    const QString bar = window.messageBar()->text();
    QVERIFY2(bar.startsWith(s("Applied, with a new conflict of a warn duty rule: Fay Jansen: Orders and their "
                              "settings (warn)")),
        qPrintable(bar));
}

QTEST_MAIN(TestReviewConflicts)
#include "TestReviewConflicts.moc"
