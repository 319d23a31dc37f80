// review decide with many items at once: the campaign's own CSV filled in (also as LibreOffice saves it again)
// records exactly the filled-in decisions in one step; a file with a bad word, an unknown item or an item of another
// campaign records nothing and names the cell; --all-undecided with filters decides exactly the filtered items.
#include "CliRunner.h"
#include "Soffice.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUrl>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QByteArray read(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The CSV with the decision, end date and comment of item `item` filled in (its columns found by the header).
QByteArray filled(const QByteArray &csv, const QHash<int, QStringList> &cells)
{
    QList<QByteArray> lines = csv.split('\n');
    int decision = -1;
    for (QByteArray &line : lines) {
        QList<QByteArray> fields = line.trimmed().split(',');
        if (decision < 0) {
            decision = int(fields.indexOf("decision"));
            if (!fields.contains("item"))
                decision = -1;
            continue;
        }
        const int item = fields.value(0).toInt();
        if (!cells.contains(item) || fields.size() <= decision + 2)
            continue;
        const QStringList values = cells.value(item);
        for (int i = 0; i < values.size(); ++i)
            fields[decision + i] = values.at(i).toUtf8();
        line = fields.join(',') + "\r";
    }
    return lines.join('\n');
}

} // namespace

class TestCliReviewDecide : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void libreOfficeSheetRecordsExactlyTheFilledCells();
    void badFileRecordsNothingAndNamesTheCell();
    void allUndecidedDecidesExactlyTheFiltered();

private:
    CliRun cli(const QStringList &args) { return runCli(m_db, args); }
    void ok(const QStringList &args)
    {
        const CliRun r = cli(args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + s(": ") + r.err));
    }
    // Item number → "member production decision" as `review items` lists them.
    QMap<int, QString> items(const QString &campaign)
    {
        QMap<int, QString> result;
        const CliRun list = cli({ s("review"), s("items"), campaign });
        for (const QString &line : list.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
            const QStringList cells = line.split(QLatin1Char('\t'));
            result.insert(
                cells.at(0).toInt(), cells.at(1) + QLatin1Char(' ') + cells.at(2) + QLatin1Char(' ') + cells.at(5));
        }
        return result;
    }
    QString exported(const QString &campaign, const QString &suffix = QString())
    {
        const QString file = m_dir->filePath(campaign + suffix + s(".csv"));
        const CliRun r = cli({ s("review"), s("export"), campaign, s("--format"), s("csv"), s("-o"), file });
        return r.code == 0 ? file : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
};

// Ann owns the studio and reviews; Pat, Quinn and Rob hold seats in Spring and Summer. Q5 reviews the whole studio
// (items 1 to 7: Ann's account role and seats, then Pat Spring, Pat Summer, Quinn Spring, Rob Summer), Q6 Summer.
void TestCliReviewDecide::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_db = m_dir->filePath(s("studio.rolesheet"));
    ok({ s("init"), s("--owner"), s("Ann") });
    for (const char *member : { "Pat", "Quinn", "Rob" })
        ok({ s("add-member"), s(member) });
    ok({ s("create-production"), s("Spring"), s("--by"), s("Ann") });
    ok({ s("create-production"), s("Summer"), s("--by"), s("Ann") });
    for (const auto &[member, production] :
        { std::pair { "Pat", "Spring" }, { "Quinn", "Spring" }, { "Rob", "Summer" }, { "Pat", "Summer" } })
        ok({ s("invite"), s(member), s(production) });
    ok({ s("review"), s("start"), s("Q5"), s("--reviewer"), s("Ann") });
    ok({ s("review"), s("start"), s("Q6"), s("--production"), s("Summer"), s("--reviewer"), s("Ann") });
}

void TestCliReviewDecide::libreOfficeSheetRecordsExactlyTheFilledCells()
{
    const QString sheet = exported(s("Q5"));
    QVERIFY(!sheet.isEmpty());
    const QMap<int, QString> before = items(s("Q5"));
    QCOMPARE(before.value(4), s("Pat Spring undecided"));
    // Two of seven items decided in the sheet, one with a comment that holds a comma.
    const QDir dir(m_dir->path());
    QVERIFY(write(dir.filePath(s("edited.csv")),
        filled(read(sheet), { { 4, { s("revoke"), QString(), s("\"left, in January\"") } }, { 6, { s("Keep") } } })));
    QVERIFY(dir.mkpath(s("xlsx")) && dir.mkpath(s("back")));
    const QString profile = dir.filePath(s("lo-profile"));
    QString log;
    QVERIFY2(soffice(profile,
                 { s("--infilter=CSV:44,34,76,1"), s("--convert-to"), s("xlsx"), s("--outdir"), dir.filePath(s("xlsx")),
                     dir.filePath(s("edited.csv")) },
                 log),
        qPrintable(log));
    QVERIFY2(soffice(profile,
                 { s("--convert-to"), s("csv:Text - txt - csv (StarCalc):59,34,76"), s("--outdir"),
                     dir.filePath(s("back")), dir.filePath(s("xlsx/edited.xlsx")) },
                 log),
        qPrintable(log));
    const QString back = dir.filePath(s("back/edited.csv"));
    QVERIFY2(read(back).contains(";"), read(back).constData()); // saved again, with semicolons
    const CliRun dry
        = cli({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("--from"), back, s("--dry-run") });
    QVERIFY2(dry.code == 0, qPrintable(dry.err));
    QVERIFY2(dry.out.contains(s("Would record 2 decisions")), qPrintable(dry.out));
    // The workbook LibreOffice saved reads the same as its CSV.
    const CliRun fromXlsx = cli({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("--from"),
        dir.filePath(s("xlsx/edited.xlsx")), s("--dry-run") });
    QVERIFY2(fromXlsx.code == 0, qPrintable(fromXlsx.err));
    QVERIFY2(fromXlsx.out.contains(s("Would record 2 decisions")), qPrintable(fromXlsx.out));
    QCOMPARE(items(s("Q5")), before);
    const CliRun run = cli({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("--from"), back });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(s("Recorded 2 decisions")), qPrintable(run.out));
    QMap<int, QString> expected = before;
    expected[4] = s("Pat Spring revoke");
    expected[6] = s("Quinn Spring keep");
    QCOMPARE(items(s("Q5")), expected);
    // The comment as typed, and one audit record for the step.
    const QByteArray now = read(exported(s("Q5"), s("-after")));
    QVERIFY2(now.contains("\"left, in January\""), now.constData());
    const CliRun audit = cli({ s("audit") });
    QCOMPARE(audit.out.count(s("2 items decided at once")), 1);
    // The same file again records nothing: its decisions are those stored.
    const CliRun again = cli({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("--from"), back });
    QVERIFY2(again.out.contains(s("Recorded 0 decisions")), qPrintable(again.out));
    QVERIFY(cli({ s("audit"), s("--verify") }).code == 0);
}

void TestCliReviewDecide::badFileRecordsNothingAndNamesTheCell()
{
    const QByteArray sheet = read(exported(s("Q5")));
    const QMap<int, QString> before = items(s("Q5"));
    const QByteArray auditBefore = cli({ s("audit") }).out.toUtf8();
    const auto refused = [&](const QByteArray &bytes, const QString &cell, const char *words) {
        const QString file = m_dir->filePath(s("bad.csv"));
        QVERIFY(write(file, bytes));
        const CliRun r = cli({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("--from"), file });
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(cell + s(": ")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String(words)), qPrintable(r.err));
        QCOMPARE(items(s("Q5")), before);
        QCOMPARE(cli({ s("audit") }).out.toUtf8(), auditBefore);
    };
    // The header is on row 4, item 4 on row 8; the decision is column J, the item A, the member B.
    refused(filled(sheet, { { 4, { s("revoke") } }, { 6, { s("maybe") } } }), s("J10"), "not a decision");
    QByteArray unknown = sheet;
    unknown.replace("\n7,Rob,", "\n99,Rob,");
    refused(filled(unknown, { { 4, { s("keep") } } }), s("A11"), "not an item");
    // Q6's sheet numbers Summer's items from 1: its item 1 is Ann's account role as in Q5, its item 2 Ann's seat in
    // Summer where Q5's is her seat in Spring.
    QByteArray other = read(exported(s("Q6")));
    other.replace("Q6", "Q5");
    refused(filled(other, { { 1, { s("keep") } } }), s("C6"), "another campaign");
}

void TestCliReviewDecide::allUndecidedDecidesExactlyTheFiltered()
{
    ok({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("5"), s("keep") });
    const QMap<int, QString> before = items(s("Q5"));
    const CliRun r = cli({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("--all-undecided"), s("revoke"),
        s("--production"), s("Summer"), s("--role"), s("Production member") });
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // Summer's production members: Pat (decided already) and Rob; Ann's administrator seat is another role.
    QMap<int, QString> expected = before;
    expected[7] = s("Rob Summer revoke");
    QCOMPARE(items(s("Q5")), expected);
    // Without filters: every undecided item but Ann's own, which another reviewer decides.
    ok({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("--all-undecided"), s("keep") });
    const QMap<int, QString> after = items(s("Q5"));
    QCOMPARE(after.value(4), s("Pat Spring keep"));
    QCOMPARE(after.value(6), s("Quinn Spring keep"));
    QCOMPARE(after.value(7), s("Rob Summer revoke"));
    QCOMPARE(after.value(1), s("Ann  undecided"));
    const CliRun bad = cli({ s("--as"), s("Ann"), s("review"), s("decide"), s("Q5"), s("--all-undecided"), s("end") });
    QCOMPARE(bad.code, 2);
    QCOMPARE(bad.err.count(QLatin1Char('\n')), 1);
}

QTEST_GUILESS_MAIN(TestCliReviewDecide)
#include "TestCliReviewDecide.moc"
