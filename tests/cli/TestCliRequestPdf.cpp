// `request export N --format pdf`: the evidence of an approval request as a PDF whose text (read back with poppler's
// pdftotext) holds the request's facts, its hash, the changes cell by cell, who gains which access and the approval;
// bad formats and a file already there are refused with one line, leaving the file as it was.
#include "CliRunner.h"

#include <QFile>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

namespace {

QString s(const char *text)
{
    return QString::fromUtf8(text);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(s("pdftotext"), { s("-layout"), pdf, s("-") });
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return {};
    QStringList lines = QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'));
    for (QString &line : lines)
        line = line.simplified();
    return lines.join(QLatin1Char('\n'));
}

// Studio Noord with request 1 approved: Bram asks to make Dee an Admin, Bo Smit approves.
void approvedRequest(const QString &db)
{
    const QList<QStringList> setUp = {
        { s("init"), s("--owner"), s("Olga Brandt"), s("--name"), s("Studio Noord") },
        { s("add-member"), s("Bram") },
        { s("add-member"), s("Bo Smit"), s("--account-role"), s("Admin") },
        { s("add-member"), s("Dee") },
        { s("approval-policy"), s("set"), s("--changes"), s("sensitive") },
        { s("--as"), s("Bram"), s("set-account-role"), s("Dee"), s("Admin"), s("--request"), s("season start") },
        { s("--as"), s("Bo Smit"), s("request"), s("approve"), s("1"), s("--comment"), s("agreed with Olga") },
    };
    for (const QStringList &args : setUp) {
        const CliRun r = runCli(db, args);
        QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + s(": ") + r.err));
    }
}

} // namespace

class TestCliRequestPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!QStandardPaths::findExecutable(s("pdftotext")).isEmpty(),
            "pdftotext is missing: install Debian's poppler-utils");
    }
    void exportsTheEvidence();
    void keepsTheImpactOfAnAppliedRequest();
};

void TestCliRequestPdf::exportsTheEvidence()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(s("w.rolesheet"));
    approvedRequest(db);
    if (QTest::currentTestFailed())
        return;
    const CliRun shown = runCli(db, { s("request"), s("show"), s("1") });
    const QRegularExpressionMatch hash = QRegularExpression(s("SHA-256 ([0-9a-f]{64})")).match(shown.out);
    QVERIFY2(hash.hasMatch(), qPrintable(shown.out));

    const QString pdf = dir.filePath(s("request-1.pdf"));
    const CliRun exported = runCli(db, { s("request"), s("export"), s("1"), s("--format"), s("pdf"), s("-o"), pdf });
    QVERIFY2(exported.code == 0, qPrintable(exported.err));
    QVERIFY(exported.out.contains(s("request-1.pdf")));
    const QString text = pdfText(pdf);
    QVERIFY2(text.contains(s("Approval request 1")), qPrintable(text));
    for (const QString &expected : { s("Workspace: Studio Noord"), s("State: approved; 1 of 1 approvals"),
             s("Requested by Bram at "), s("Reason: season start"), hash.captured(1), s("Changes"), s("Member impact"),
             s("Approved by Bo Smit at "), s("(counts)"), s("agreed with Olga") })
        QVERIFY2(text.contains(expected), qPrintable(expected + s(" not in:\n") + text));
    // Dee's own gains, feature by feature: she becomes an Admin.
    QVERIFY2(QRegularExpression(s("Dee — .*: gains ")).match(text).hasMatch(), qPrintable(text));

    // Refusals: one line, exit 2, the file as it was.
    const QByteArray before = [&] {
        QFile f(pdf);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }();
    const CliRun again = runCli(db, { s("request"), s("export"), s("1"), s("--format"), s("pdf"), s("-o"), pdf });
    QCOMPARE(again.code, 2);
    QCOMPARE(again.err.count(s("rolesheet-cli:")), 1);
    QVERIFY2(again.err.contains(s("already exists")), qPrintable(again.err));
    const CliRun doc = runCli(db, { s("request"), s("export"), s("1"), s("--format"), s("doc"), s("-o"), pdf });
    QCOMPARE(doc.code, 2);
    QVERIFY(doc.err.contains(s("pdf|csv")));
    const CliRun none = runCli(db, { s("request"), s("export"), s("7"), s("--format"), s("pdf"), s("-o"), pdf });
    QCOMPARE(none.code, 2);
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), before);
}

namespace {

// The lines of who gains or loses what for `member`, in the PDF's text.
QStringList impactOf(const QString &text, const QString &member)
{
    QStringList lines;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        if (line.trimmed().startsWith(member + s(" — ")))
            lines.append(line.trimmed());
    }
    return lines;
}

} // namespace

// Once applied, the changes are in the workspace and no diff shows them again: the evidence keeps the impact, feature
// by feature, as it was when the request was applied, whatever changes after.
void TestCliRequestPdf::keepsTheImpactOfAnAppliedRequest()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(s("w.rolesheet"));
    approvedRequest(db);
    if (QTest::currentTestFailed())
        return;
    const auto exported = [&](const QString &request, const QString &name) {
        const QString pdf = dir.filePath(name);
        const CliRun r = runCli(db, { s("request"), s("export"), request, s("--format"), s("pdf"), s("-o"), pdf });
        return r.code == 0 ? pdfText(pdf) : r.err;
    };
    const QStringList approved = impactOf(exported(s("1"), s("approved.pdf")), s("Dee"));
    QVERIFY2(approved.size() > 1, qPrintable(approved.join(QLatin1Char('\n'))));

    const CliRun applied = runCli(db, { s("--as"), s("Bram"), s("request"), s("apply"), s("1") });
    QVERIFY2(applied.code == 0, qPrintable(applied.err));
    const QString afterApply = exported(s("1"), s("applied.pdf"));
    QVERIFY2(afterApply.contains(s("State: applied")), qPrintable(afterApply));
    QCOMPARE(impactOf(afterApply, s("Dee")), approved);

    // Dee loses her account role again, at once, by the owner: request 1's evidence does not move; request 2's says she
    // loses what she had gained.
    const CliRun back = runCli(db,
        { s("--as"), s("Olga Brandt"), s("set-account-role"), s("Dee"), s("none"), s("--break-glass"),
            s("client call") });
    QVERIFY2(back.code == 0, qPrintable(back.err));
    QCOMPARE(impactOf(exported(s("1"), s("later.pdf")), s("Dee")), approved);
    const QStringList undone = impactOf(exported(s("2"), s("glass.pdf")), s("Dee"));
    QCOMPARE(undone.size(), approved.size());
    for (const QString &line : undone)
        QVERIFY2(line.contains(s(": loses ")), qPrintable(line));

    const QString csv = dir.filePath(s("request-1.csv"));
    const CliRun asCsv = runCli(db, { s("request"), s("export"), s("1"), s("--format"), s("csv"), s("-o"), csv });
    QVERIFY2(asCsv.code == 0, qPrintable(asCsv.err));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString rows = QString::fromUtf8(f.readAll());
    for (const QString &line : approved)
        QVERIFY2(rows.contains(s("access_change,") + line) || rows.contains(s("access_change,\"") + line),
            qPrintable(line + s(" not in:\n") + rows));
}

QTEST_GUILESS_MAIN(TestCliRequestPdf)
#include "TestCliRequestPdf.moc"
