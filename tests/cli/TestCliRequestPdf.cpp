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
};

void TestCliRequestPdf::exportsTheEvidence()
{
    QTemporaryDir dir;
    const QString db = dir.filePath(s("w.rolesheet"));
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
             s("Requested by Bram at "), s("Reason: season start"), hash.captured(1), s("Changes"),
             s("Member impact"), s("Approved by Bo Smit at "), s("(counts)"), s("agreed with Olga") })
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

QTEST_GUILESS_MAIN(TestCliRequestPdf)
#include "TestCliRequestPdf.moc"
