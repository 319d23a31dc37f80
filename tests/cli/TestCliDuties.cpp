// rolesheet-cli duty and who: rules added, listed and removed, a refused change that leaves the file as it was,
// exceptions, and `duty check` and `who` against answers worked out from `check --batch` on generated workspaces.
#include "CliRunner.h"

#include "domain/DefaultWorkspace.h"
#include "domain/Duties.h"
#include "storage/Store.h"
#include "testing/Generate.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>

using namespace rs;

class TestCliDuties : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void addListRemove();
    void badInputIsRefusedAndChangesNothing();
    void blockRuleRefusesTheInviteAndTheFileStaysAsItWas();
    void exceptionLetsTheChangeThroughAndCheckReportsIt();
    void whoWritesTextCsvAndPdf();
    void warnRuleAppliesAndSaysSo();
    void reviewEvidenceShowsConflictsAndExceptions();
    void exportImportCarriesRulesAndExceptions();
    void importOfAnOlderFileKeepsTheRulesAndABadRuleChangesNothing();
    void dutyCheckAgreesWithCheckBatchOnGeneratedWorkspaces();
    void whoAgreesWithCheckBatchOnGeneratedWorkspaces();

private:
    CliRun cli(const QStringList &args, const QByteArray &input = {}) { return runCli(m_db, args, input); }
    void ok(const QStringList &args)
    {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
    }
    QByteArray fileHash() const
    {
        QFile f(m_db);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }
    static QString s(const char *text) { return QString::fromUtf8(text); }
    // A generated workspace stored at m_db.
    void generated(quint32 seed)
    {
        QFile::remove(m_db);
        const Workspace ws = generateWorkspace(GenerateSpec::small(), seed);
        QVERIFY(Store::create(m_db, ws).ok());
    }
    // Every member × production × cell asked of check --batch: allowed ones as "member\tproduction\tfeature:level".
    QSet<QString> allowedByBatch(const QStringList &cells, const QString &at)
    {
        const Workspace ws = Store::open(m_db, Store::Access::ReadOnly).value()->workspace();
        QByteArray requests;
        for (const Member &m : ws.members()) {
            for (const Production &p : ws.productions()) {
                for (const QString &cell : cells)
                    requests += (m.name + QLatin1Char('\t') + p.name + QLatin1Char('\t')
                        + cell.section(QLatin1Char(':'), 0, 0) + QLatin1Char('\t') + cell.section(QLatin1Char(':'), 1)
                        + QLatin1Char('\n'))
                                    .toUtf8();
            }
        }
        const CliRun r = cli({ s("check"), s("--batch"), s("-"), s("--at"), at }, requests);
        if (r.code != 0)
            qFatal("check --batch failed: %s", qPrintable(r.err));
        QSet<QString> allowed;
        for (const QString &line : r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList f = line.split(QLatin1Char('\t'));
            if (f.value(4) == QLatin1String("allowed"))
                allowed.insert(
                    f.at(0) + QLatin1Char('\t') + f.at(1) + QLatin1Char('\t') + f.at(2) + QLatin1Char(':') + f.at(3));
        }
        return allowed;
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

void TestCliDuties::init()
{
    // Olga owns the studio; Fay holds "Order clerk", an account role with nothing granted yet; Gil holds no account
    // role; Gala Night has a production role "Order checker" with nothing granted yet.
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(s("studio.rolesheet"));
    Workspace ws = DefaultWorkspace::create(s("Olga"), s("Studio"));
    const auto apply = [&](Change c) {
        if (!ws.apply(c).ok())
            qFatal("preparation refused");
        return c;
    };
    const auto bare = [&](Id role) {
        for (const Feature &f : ws.features()) {
            if (!ws.grant(role, f.id).isNone())
                apply(Change::setGrant(role, f.id, Levels()));
        }
    };
    const Id clerk = apply(Change::createRole(s("Order clerk"), rs::Scope::Account)).role;
    bare(clerk);
    apply(Change::addMember(s("Fay"), clerk));
    apply(Change::addMember(s("Gil")));
    const Id gala = apply(Change::createProduction(s("Gala Night"), ws.owner())).production;
    bare(apply(Change::createRole(s("Order checker"), rs::Scope::Production, gala)).role);
    QVERIFY(Store::create(m_db, ws).ok());
}

void TestCliDuties::addListRemove()
{
    const CliRun listed = cli({ s("duty"), s("list") });
    QCOMPARE(listed.code, 0);
    QVERIFY2(listed.out.contains(s("Campaigns approved by their author\tany of Marketing:edit\tany of Campaign "
                                   "Approval:edit\tstudio\tblock\tsuggested, off")),
        qPrintable(listed.out));
    QVERIFY(listed.out.contains(s("standing\tOlga\t")));
    // A suggested rule is switched on by its name.
    ok({ s("duty"), s("add"), s("Campaigns approved by their author") });
    ok({ s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"),
        s("Studio Orders:edit,Studio Orders:delete"), s("--all"), s("--scope"), s("production"), s("--severity"),
        s("warn"), s("--rationale"), s("Write or check, not both.") });
    const CliRun after = cli({ s("duty"), s("list") });
    QVERIFY(after.out.contains(s("Campaigns approved by their author\tany of Marketing:edit\tany of Campaign "
                                 "Approval:edit\tstudio\tblock\ton")));
    QVERIFY(after.out.contains(s("Orders\tall of Release Orders:edit\tall of Studio Orders:edit,Studio Orders:delete\t"
                                 "production\twarn\ton\tWrite or check, not both.")));
    ok({ s("duty"), s("remove"), s("orders") });
    QVERIFY(!cli({ s("duty"), s("list") }).out.contains(s("Orders\t")));
    QCOMPARE(cli({ s("duty"), s("remove"), s("orders") }).code, 2);
    // The steps are in the audit trail.
    QVERIFY(cli({ s("audit") }).out.contains(s("Removed duty rule orders")));
}

void TestCliDuties::badInputIsRefusedAndChangesNothing()
{
    ok({ s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"),
        s("Studio Orders:edit") });
    const QByteArray hash = fileHash();
    const QList<QStringList> bad {
        { s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"),
            s("Price Sheets:edit") },
        { s("duty"), s("add"), s("X"), s("--left"), s("Nothing:edit"), s("--right"), s("Studio Orders:edit") },
        { s("duty"), s("add"), s("X"), s("--left"), s("Release Orders:approve"), s("--right"),
            s("Studio Orders:edit") },
        { s("duty"), s("add"), s("X"), s("--left"), s("Release Orders:edit") },
        { s("duty"), s("add"), s("X"), s("--left"), s("Marketing:edit"), s("--right"), s("Marketing:edit") },
        { s("duty"), s("add"), s("X"), s("--left"), s("Marketing:edit"), s("--right"), s("Price Sheets:edit"),
            s("--scope"), s("galaxy") },
        { s("duty"), s("add"), s("Not a suggestion") },
        { s("duty"), s("frobnicate") },
        { s("duty"), s("except"), s("Fay"), s("Orders"), s("--reason"), s("x"), s("--until"), s("2099-01-01") },
        { s("duty"), s("except"), s("Fay"), s("Orders"), s("--reason"), s("x"), s("--until"), s("2099-01-01"),
            s("--as"), s("Fay") },
        { s("duty"), s("except"), s("Fay"), s("Orders"), s("--reason"), s("x"), s("--until"), s("2001-01-01"),
            s("--as"), s("Olga") },
        { s("duty"), s("except"), s("Fay"), s("Nope"), s("--reason"), s("x"), s("--until"), s("2099-01-01"), s("--as"),
            s("Olga") },
        { s("who"), s("Nothing"), s("edit") },
        { s("who"), s("Marketing"), s("edit"), s("--format"), s("xml") },
        { s("who"), s("Marketing"), s("edit"), s("--format"), s("pdf") },
    };
    for (const QStringList &args : bad) {
        const CliRun r = cli(args);
        QVERIFY2(
            r.code == 2, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(" gave ") + QString::number(r.code)));
        // One line of its own (a PDF run starts QtGui, which may note its runtime folder first).
        QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        lines.removeIf([](const QString &l) { return l.startsWith(QLatin1String("QStandardPaths:")); });
        QVERIFY2(lines.size() == 1 && lines.first().startsWith(QLatin1String("rolesheet-cli: ")), qPrintable(r.err));
        QCOMPARE(fileHash(), hash);
    }
}

void TestCliDuties::blockRuleRefusesTheInviteAndTheFileStaysAsItWas()
{
    ok({ s("set"), s("Order clerk"), s("Release Orders"), s("edit") });
    ok({ s("set"), s("Order checker"), s("Studio Orders"), s("edit"), s("--production"), s("Gala Night") });
    ok({ s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"),
        s("Studio Orders:edit") });
    const QByteArray hash = fileHash();
    const CliRun refused = cli({ s("invite"), s("Fay"), s("Gala Night"), s("--role"), s("Order checker") });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(s("Fay")) && refused.err.contains(s("Orders (block)"))
            && refused.err.contains(s("account role Order clerk"))
            && refused.err.contains(s("Order checker in Gala Night")),
        qPrintable(refused.err));
    QCOMPARE(fileHash(), hash);
    // Gil holds nothing through an account role: his seat passes.
    ok({ s("invite"), s("Gil"), s("Gala Night"), s("--role"), s("Order checker") });
    // A role edit that would give every holder both sides is refused before it applies.
    const QByteArray before = fileHash();
    const CliRun roleEdit = cli({ s("set-account-role"), s("Gil"), s("Order clerk") });
    QCOMPARE(roleEdit.code, 2);
    QVERIFY(roleEdit.err.contains(s("Gil")));
    QCOMPARE(fileHash(), before);
    QCOMPARE(cli({ s("duty"), s("check") }).code, 0);
}

void TestCliDuties::exceptionLetsTheChangeThroughAndCheckReportsIt()
{
    ok({ s("set"), s("Order clerk"), s("Release Orders"), s("edit") });
    ok({ s("set"), s("Order checker"), s("Studio Orders"), s("edit"), s("--production"), s("Gala Night") });
    ok({ s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"),
        s("Studio Orders:edit") });
    ok({ s("duty"), s("except"), s("Fay"), s("Orders"), s("--reason"), s("Launch week"), s("--until"), s("2099-01-31"),
        s("--as"), s("Olga") });
    ok({ s("invite"), s("Fay"), s("Gala Night"), s("--role"), s("Order checker") });
    const CliRun now = cli({ s("duty"), s("check") });
    QCOMPARE(now.code, 0); // covered
    QVERIFY2(now.out.startsWith(s("Fay: Orders (block): Release Orders:edit through account role Order clerk; "
                                  "Studio Orders:edit through Order checker in Gala Night [exception until")),
        qPrintable(now.out));
    QVERIFY(now.out.contains(s("granted by Olga")));
    // At its last second it still covers; the next second it has lapsed and the conflict is open.
    QCOMPARE(cli({ s("duty"), s("check"), s("--at"), s("2099-01-31T23:59:59") }).code, 0);
    const CliRun lapsed = cli({ s("duty"), s("check"), s("--at"), s("2099-02-01T00:00:00") });
    QCOMPARE(lapsed.code, 1);
    QVERIFY(!lapsed.out.contains(s("[exception")));
    QVERIFY(cli({ s("duty"), s("list") }).out.contains(s("exception\tFay\tOrders\t")));
}

void TestCliDuties::warnRuleAppliesAndSaysSo()
{
    ok({ s("set"), s("Order clerk"), s("Release Orders"), s("edit") });
    ok({ s("set"), s("Order checker"), s("Studio Orders"), s("edit"), s("--production"), s("Gala Night") });
    ok({ s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"), s("Studio Orders:edit"),
        s("--severity"), s("warn") });
    const CliRun invited = cli({ s("invite"), s("Fay"), s("Gala Night"), s("--role"), s("Order checker") });
    QCOMPARE(invited.code, 0);
    QCOMPARE(invited.err,
        s("rolesheet-cli: warning: applied, with a new conflict of a warn duty rule: Fay: Orders (warn): Release "
          "Orders:edit through account role Order clerk; Studio Orders:edit through Order checker in Gala Night\n"));
    QCOMPARE(cli({ s("duty"), s("check") }).code, 1); // applied: the conflict is there
    // A change that makes no new conflict says nothing more; nor does one that a block rule refuses.
    const CliRun quiet = cli({ s("invite"), s("Gil"), s("Gala Night"), s("--role"), s("Order checker") });
    QCOMPARE(quiet.code, 0);
    QVERIFY2(quiet.err.isEmpty(), qPrintable(quiet.err));
}

void TestCliDuties::reviewEvidenceShowsConflictsAndExceptions()
{
    ok({ s("set"), s("Order clerk"), s("Release Orders"), s("edit") });
    ok({ s("set"), s("Order checker"), s("Studio Orders"), s("edit"), s("--production"), s("Gala Night") });
    ok({ s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"), s("Studio Orders:edit"),
        s("--severity"), s("warn") });
    ok({ s("invite"), s("Fay"), s("Gala Night"), s("--role"), s("Order checker") });
    ok({ s("duty"), s("except"), s("Fay"), s("Orders"), s("--reason"), s("Launch week"), s("--until"), s("2099-01-31"),
        s("--as"), s("Olga") });
    ok({ s("--as"), s("Olga"), s("review"), s("start"), s("Q1"), s("--reviewer"), s("Gil") });
    const QString items = cli({ s("review"), s("items"), s("Q1") }).out;
    QVERIFY2(items.contains(s("\nconflict\tFay\tOrders\twarn\taccount role Order clerk\tOrder checker in Gala Night\t"))
            && items.contains(s("\nexception\tFay\tOrders\tLaunch week\tOlga\t")),
        qPrintable(items));
    ok({ s("--as"), s("Gil"), s("review"), s("decide"), s("Q1"), s("--all-undecided"), s("keep") });
    ok({ s("--as"), s("Olga"), s("review"), s("close"), s("Q1") });
    const QString csv = m_dir->filePath(s("q1.csv"));
    const QString pdf = m_dir->filePath(s("q1.pdf"));
    ok({ s("review"), s("export"), s("Q1"), s("--format"), s("csv"), s("-o"), csv });
    ok({ s("review"), s("export"), s("Q1"), s("--format"), s("pdf"), s("-o"), pdf });
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY2(text.contains(s("\r\nFay,Orders,warn,account role Order clerk,Order checker in Gala Night,")),
        qPrintable(text));
    QVERIFY(text.contains(s("\r\nFay,Orders,Launch week,Olga,")));
    QVERIFY(text.contains(s(",in-force\r\n")));
    // The stored campaign still gives exactly this file.
    ok({ s("review"), s("verify"), s("Q1"), csv });
    QProcess p;
    p.start(s("pdftotext"), { pdf, s("-") });
    QVERIFY(p.waitForFinished(60000));
    const QString pdfText = QString::fromUtf8(p.readAllStandardOutput()).simplified();
    QVERIFY2(pdfText.contains(s("Duty conflict of")) && pdfText.contains(s("Duty exception for"))
            && pdfText.contains(s("Launch week")) && pdfText.contains(s("in force")),
        qPrintable(pdfText.right(2000)));
}

void TestCliDuties::exportImportCarriesRulesAndExceptions()
{
    ok({ s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"),
        s("Studio Orders:edit,Price Sheets:edit"), s("--all"), s("--scope"), s("studio"), s("--severity"), s("warn"),
        s("--rationale"), s("Write and check orders apart.") });
    ok({ s("duty"), s("except"), s("Fay"), s("Orders"), s("--reason"), s("Launch week"), s("--until"), s("2099-01-31"),
        s("--as"), s("Olga") });
    const QString before = cli({ s("duty"), s("list") }).out;
    QVERIFY(before.contains(s("exception\tFay\tOrders\t")));
    const QString file = m_dir->filePath(s("studio.json"));
    ok({ s("export-workspace"), s("-o"), file });
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray json = f.readAll();
    QVERIFY(json.contains("\"dutyRules\":["));
    QVERIFY(json.contains("\"dutyExceptions\":["));
    // Removed here, the rule and its exception come back with the import, as they were.
    ok({ s("duty"), s("remove"), s("Orders") });
    QVERIFY(!cli({ s("duty"), s("list") }).out.contains(s("Orders\t")));
    ok({ s("import-workspace"), file });
    QCOMPARE(cli({ s("duty"), s("list") }).out, before);
    // Exported again, the document is the same.
    const QString again = m_dir->filePath(s("again.json"));
    ok({ s("export-workspace"), s("-o"), again });
    QFile g(again);
    QVERIFY(g.open(QIODevice::ReadOnly));
    QCOMPARE(g.readAll(), json);
}

void TestCliDuties::importOfAnOlderFileKeepsTheRulesAndABadRuleChangesNothing()
{
    const QString file = m_dir->filePath(s("plain.json"));
    ok({ s("export-workspace"), s("-o"), file }); // no rules yet: a document as older versions wrote them
    QFile f(file);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray plain = f.readAll();
    f.close();
    QVERIFY(!plain.contains("duty"));
    ok({ s("duty"), s("add"), s("Orders"), s("--left"), s("Release Orders:edit"), s("--right"),
        s("Studio Orders:edit") });
    const QString rules = cli({ s("duty"), s("list") }).out;
    ok({ s("import-workspace"), file });
    QCOMPARE(cli({ s("duty"), s("list") }).out, rules);

    // A rule naming a feature the document does not have: refused with the field, the database as it was.
    QByteArray bad = plain;
    bad.chop(2); // "}\n"
    bad += ",\n\"dutyRules\":[{\"name\":\"X\",\"left\":[{\"feature\":999999,\"level\":\"edit\"}],"
           "\"right\":[{\"feature\":999998,\"level\":\"edit\"}],\"scope\":\"production\",\"severity\":\"block\"}]}\n";
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bad);
    f.close();
    const QByteArray hash = fileHash();
    const CliRun refused = cli({ s("import-workspace"), file });
    QCOMPARE(refused.code, 2);
    QVERIFY2(refused.err.contains(s("dutyRules[0]")), qPrintable(refused.err));
    QCOMPARE(refused.err.count(QLatin1Char('\n')), 1);
    QCOMPARE(fileHash(), hash);
}

void TestCliDuties::whoWritesTextCsvAndPdf()
{
    ok({ s("set"), s("Order checker"), s("Studio Orders"), s("edit"), s("--production"), s("Gala Night") });
    ok({ s("invite"), s("Gil"), s("Gala Night"), s("--role"), s("Order checker"), s("--until"), s("2030-06-30") });
    const CliRun text = cli({ s("who"), s("Studio Orders"), s("edit"), s("--production"), s("Gala Night") });
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(s("Gil\tGala Night\tOrder checker in Gala Night (until 30 Jun 2030)\t\n")),
        qPrintable(text.out));
    QVERIFY(text.out.contains(s("Olga\t")));
    QVERIFY(!cli({ s("who"), s("Studio Orders"), s("edit"), s("--at"), s("2030-07-01") }).out.contains(s("Gil")));
    const QString csv = m_dir->filePath(s("who.csv"));
    ok({ s("who"), s("Studio Orders"), s("edit"), s("--format"), s("csv"), s("-o"), csv });
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString content = QString::fromUtf8(f.readAll());
    QVERIFY(content.contains(s("Member,Production,Through,Standing")));
    QVERIFY(content.contains(s("Gil,Gala Night,Order checker in Gala Night (until 30 Jun 2030),")));
    const QString pdf = m_dir->filePath(s("who.pdf"));
    ok({ s("who"), s("Studio Orders"), s("edit"), s("--format"), s("pdf"), s("-o"), pdf });
    QFile p(pdf);
    QVERIFY(p.open(QIODevice::ReadOnly));
    QVERIFY(p.read(5) == "%PDF-");
    // An existing file is kept without --force.
    QCOMPARE(cli({ s("who"), s("Studio Orders"), s("edit"), s("--format"), s("csv"), s("-o"), csv }).code, 2);
}

void TestCliDuties::dutyCheckAgreesWithCheckBatchOnGeneratedWorkspaces()
{
    const QString at = s("2026-12-01T12:00:00Z");
    for (quint32 seed : { 5u, 11u, 29u }) {
        generated(seed);
        const Workspace ws = Store::open(m_db, Store::Access::ReadOnly).value()->workspace();
        // The suggested rules, one of them within one production and one needing all of its cells.
        for (const duties::Rule &r : duties::suggestedRules(ws))
            ok({ s("duty"), s("add"), r.name });
        ok({ s("duty"), s("add"), s("Same job"), s("--left"), s("Release Orders:edit,Release Orders:delete"),
            s("--right"), s("Studio Orders:edit"), s("--all"), s("--scope"), s("production") });
        struct R
        {
            QString name;
            QStringList left, right;
            bool all;
            bool oneProduction;
        };
        const QList<R> rules {
            { s("Campaigns approved by their author"), { s("Marketing:edit") }, { s("Campaign Approval:edit") }, false,
                false },
            { s("Discounts on one's own orders"), { s("Discount Codes:add") }, { s("Studio Orders:edit") }, false,
                false },
            { s("Prices and the orders they price"), { s("Price Sheets:edit") }, { s("Release Orders:edit") }, false,
                false },
            { s("Same job"), { s("Release Orders:edit"), s("Release Orders:delete") }, { s("Studio Orders:edit") },
                true, true },
        };
        QStringList cells;
        for (const R &r : rules)
            cells += r.left + r.right;
        cells.removeDuplicates();
        const QSet<QString> allowed = allowedByBatch(cells, at);
        QSet<QString> standing;
        for (const QString &line : cli({ s("members") }).out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString role = line.section(QLatin1Char('\t'), 1);
            if (role == QLatin1String("Admin & owner") || role == QLatin1String("Admin"))
                standing.insert(line.section(QLatin1Char('\t'), 0, 0));
        }
        QVERIFY(!standing.isEmpty());
        QSet<QString> expected;
        for (const Member &m : ws.members()) {
            if (standing.contains(m.name))
                continue;
            for (const R &r : rules) {
                const auto side = [&](const QStringList &side, const QList<const Production *> &where) {
                    const auto has = [&](const QString &cell) {
                        for (const Production *p : where) {
                            if (allowed.contains(m.name + QLatin1Char('\t') + p->name + QLatin1Char('\t') + cell))
                                return true;
                        }
                        return false;
                    };
                    return r.all ? std::all_of(side.cbegin(), side.cend(), has)
                                 : std::any_of(side.cbegin(), side.cend(), has);
                };
                QList<const Production *> everywhere;
                for (const Production &p : ws.productions())
                    everywhere.append(&p);
                bool conflict = false;
                if (r.oneProduction) {
                    for (const Production *p : everywhere)
                        conflict = conflict || (side(r.left, { p }) && side(r.right, { p }));
                } else {
                    conflict = side(r.left, everywhere) && side(r.right, everywhere);
                }
                if (conflict)
                    expected.insert(m.name + QLatin1Char('\t') + r.name);
            }
        }
        const CliRun checked = cli({ s("duty"), s("check"), s("--at"), at });
        QCOMPARE(checked.code, expected.isEmpty() ? 0 : 1);
        QSet<QString> reported;
        for (const QString &line : checked.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QString who = line.section(s(": "), 0, 0);
            const QString rule = line.section(s(": "), 1, 1).section(s(" ("), 0, 0);
            reported.insert(who + QLatin1Char('\t') + rule);
        }
        QVERIFY2(expected.size() >= 2, "the generated workspace has conflicts to compare");
        QCOMPARE(reported, expected);
    }
}

void TestCliDuties::whoAgreesWithCheckBatchOnGeneratedWorkspaces()
{
    const QString at = s("2026-12-01T12:00:00Z");
    for (quint32 seed : { 5u, 11u }) {
        generated(seed);
        const Workspace ws = Store::open(m_db, Store::Access::ReadOnly).value()->workspace();
        for (const QString &cell : { s("Studio Orders:edit"), s("Marketing:edit"), s("Release Orders:delete") }) {
            const QSet<QString> allowed = allowedByBatch({ cell }, at);
            const QString feature = cell.section(QLatin1Char(':'), 0, 0);
            const QString level = cell.section(QLatin1Char(':'), 1);
            // Every production at once: a row per member and production, or one for the whole studio.
            const CliRun all = cli({ s("who"), feature, level, s("--at"), at });
            QCOMPARE(all.code, 0);
            QSet<QString> listed;
            QSet<QString> whole;
            for (const QString &line : all.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
                const QStringList f = line.split(QLatin1Char('\t'));
                if (f.at(1) == QLatin1String("(the whole studio)"))
                    whole.insert(f.at(0));
                else
                    listed.insert(f.at(0) + QLatin1Char('\t') + f.at(1));
            }
            for (const Member &m : ws.members()) {
                for (const Production &p : ws.productions()) {
                    const bool has = allowed.contains(m.name + QLatin1Char('\t') + p.name + QLatin1Char('\t') + cell);
                    QCOMPARE(whole.contains(m.name) || listed.contains(m.name + QLatin1Char('\t') + p.name), has);
                }
            }
            // And for one production.
            const Production &first = ws.productions().first();
            QSet<QString> inFirst;
            for (const QString &line : cli({ s("who"), feature, level, s("--production"), first.name, s("--at"), at })
                                           .out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
                inFirst.insert(line.section(QLatin1Char('\t'), 0, 0));
            for (const Member &m : ws.members())
                QCOMPARE(inFirst.contains(m.name),
                    allowed.contains(m.name + QLatin1Char('\t') + first.name + QLatin1Char('\t') + cell));
        }
    }
}

QTEST_GUILESS_MAIN(TestCliDuties)
#include "TestCliDuties.moc"
