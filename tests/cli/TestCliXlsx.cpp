// The matrix, role sheets and the audit trail as xlsx from the command line, read back by import-matrix and
// import-sheet, also after LibreOffice opened and saved them; the CSVs with their byte order mark through LibreOffice
// and back; hostile workbooks refused in one line with the workspace left as it was.
#include "../formats/CsvParse.h"
#include "../formats/XlsxParts.h"
#include "CliRunner.h"
#include "CsvText.h"
#include "Soffice.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

namespace {

QByteArray read(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool write(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(data) == data.size();
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

bool ownerOnly(const QString &path)
{
    return QFile::permissions(path)
        == (QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
}

} // namespace

class TestCliXlsx : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_db = m_dir->filePath(QStringLiteral("studio.rolesheet"));
        const CliRun created = cli({ QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Studio") });
        QVERIFY2(created.code == 0, qPrintable(created.err));
        m_matrix = exportMatrix(QStringLiteral("matrix-xlsx"));
        QVERIFY(m_matrix.endsWith(QLatin1String(".xlsx")) && QFile::exists(m_matrix));
    }

    void workbooksAreOwnerOnlyAndReadBackAsNoChange()
    {
        QVERIFY(read(m_matrix).startsWith("PK\x03\x04"));
        QVERIFY(ownerOnly(m_matrix));
        const CliRun run = cli({ QStringLiteral("import-matrix"), m_matrix });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(lines(run.out), QStringList { QStringLiteral("Applied 0 changes.") });

        const QString sheet = m_dir->filePath(QStringLiteral("production.xlsx"));
        const CliRun exported = cli({ QStringLiteral("export"), QStringLiteral("Production"),
            QStringLiteral("--format"), QStringLiteral("xlsx"), QStringLiteral("-o"), sheet });
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        QVERIFY(ownerOnly(sheet));
        const CliRun same = cli({ QStringLiteral("import-sheet"), QStringLiteral("Production"), sheet });
        QVERIFY2(same.code == 0, qPrintable(same.err));
        QCOMPARE(lines(same.out), QStringList { QStringLiteral("Applied 0 changes.") });

        const QString audit = m_dir->filePath(QStringLiteral("audit.xlsx"));
        const CliRun trail = cli({ QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("xlsx"),
            QStringLiteral("-o"), audit });
        QVERIFY2(trail.code == 0, qPrintable(trail.err));
        QVERIFY(read(audit).startsWith("PK\x03\x04") && ownerOnly(audit));
        // A workbook is never written to the terminal.
        const CliRun toTerminal = cli({ QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("xlsx") });
        QCOMPARE(toTerminal.code, 2);
        QCOMPARE(lines(toTerminal.err).size(), 1);
        // Refused to replace without --force, the file untouched.
        const QByteArray before = read(m_matrix);
        const CliRun again = runCli(m_db,
            { QStringLiteral("export-all"), QStringLiteral("--format"), QStringLiteral("matrix-xlsx"),
                QStringLiteral("--out"), QFileInfo(m_matrix).absolutePath() });
        QCOMPARE(again.code, 2);
        QCOMPARE(read(m_matrix), before);
    }

    void hostileWorkbooksLeaveTheWorkspaceAsItWas_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Feature</t></is></c></row>";
        QByteArray wide = "<row r=\"2\">";
        for (int i = 0; i < 17000; ++i)
            wide += "<c><v>1</v></c>";
        QTest::newRow("zip bomb") << fmt::workbook(header + QByteArray(64 * 1024 * 1024, ' '), {}, 9);
        QTest::newRow("a million columns") << fmt::workbook(header + wide + "</row>");
        QTest::newRow("past the last row")
            << fmt::workbook(header + "<row r=\"1048577\"><c r=\"B1048577\"><v>1</v></c></row>");
        QTest::newRow("shared string out of range")
            << fmt::workbook(header + "<row r=\"2\"><c r=\"F2\" t=\"s\"><v>3</v></c></row>", { "View" });
        QTest::newRow("formula") << fmt::workbook(header + "<row r=\"2\"><c r=\"F2\"><f>1+1</f><v>2</v></c></row>");
        QTest::newRow("not a zip") << QByteArray("Section,Feature\r\nSetup,Jobs\r\n");
        QTest::newRow("damaged zip") << QByteArray("PK\x03\x04") + QByteArray(4000, '\x7f');
        QTest::newRow("missing parts") << fmt::zipOf(
            { { QStringLiteral("xl/worksheets/sheet1.xml"), fmt::sheetXml(header) } });
    }

    void hostileWorkbooksLeaveTheWorkspaceAsItWas()
    {
        QFETCH(QByteArray, bytes);
        const QString file = m_dir->filePath(QStringLiteral("hostile.xlsx"));
        QVERIFY(write(file, bytes));
        const QByteArray db = read(m_db);
        const QStringList before
            = QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QStringList &args : { QStringList { QStringLiteral("import-matrix"), file },
                 QStringList { QStringLiteral("import-sheet"), QStringLiteral("Production"), file } }) {
            const CliRun run = cli(args);
            QVERIFY2(!run.crashed, qPrintable(run.err));
            QCOMPARE(run.code, 2);
            QVERIFY2(lines(run.err).size() == 1, qPrintable(run.err));
            QVERIFY2(run.err.contains(QLatin1String("hostile.xlsx: ")), qPrintable(run.err));
            QCOMPARE(read(m_db), db);
            QCOMPARE(QDir(m_dir->path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        }
    }

    // LibreOffice opens the matrix workbook and saves it as xlsx again (its own way: shared strings, its styles): it
    // reads back as no change. A cell edited in a spreadsheet arrives as one staged change.
    void libreOfficeRoundTrip()
    {
        const QDir dir(m_dir->path());
        const QString profile = dir.filePath(QStringLiteral("lo-profile"));
        QVERIFY(dir.mkpath(QStringLiteral("lo")));
        const QString csv = exportMatrix(QStringLiteral("matrix-csv"));
        QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(read(csv).mid(3)));
        const qsizetype column = rows.value(0).indexOf(QStringLiteral("Production [template]"));
        QVERIFY(column > 0);
        bool edited = false;
        for (QStringList &row : rows) {
            if (row.value(1) == QLatin1String("Job Settings")) {
                row[column] = QStringLiteral("View / Add");
                edited = true;
            }
        }
        QVERIFY(edited);
        QVERIFY(write(dir.filePath(QStringLiteral("edited.csv")), toCsv(rows)));
        QString log;
        QVERIFY2(soffice(profile,
                     { QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"),
                         dir.filePath(QStringLiteral("lo")), m_matrix },
                     log),
            qPrintable(log));
        QVERIFY2(soffice(profile,
                     { QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"),
                         QStringLiteral("xlsx"), QStringLiteral("--outdir"), dir.filePath(QStringLiteral("lo")),
                         dir.filePath(QStringLiteral("edited.csv")) },
                     log),
            qPrintable(log));
        const QString resaved = dir.filePath(QStringLiteral("lo/") + QFileInfo(m_matrix).fileName());
        QVERIFY2(read(resaved).startsWith("PK") && read(resaved) != read(m_matrix), qPrintable(log));
        QVERIFY2(fmt::partOf(read(resaved), QStringLiteral("xl/sharedStrings.xml")).contains("Tools — Export"),
            "LibreOffice's workbook keeps its text as shared strings");
        const CliRun same = cli({ QStringLiteral("import-matrix"), resaved });
        QVERIFY2(same.code == 0, qPrintable(same.err));
        QCOMPARE(lines(same.out), QStringList { QStringLiteral("Applied 0 changes.") });
        const CliRun one = cli({ QStringLiteral("import-matrix"), dir.filePath(QStringLiteral("lo/edited.xlsx")) });
        QVERIFY2(one.code == 0, qPrintable(one.err));
        QCOMPARE(lines(one.out).size(), 2);
        QVERIFY2(one.out.contains(QLatin1String("Job Settings")), qPrintable(one.out));
        QVERIFY2(lines(one.out).last().startsWith(QLatin1String("Applied 1 change")), qPrintable(one.out));
    }

    // The matrix CSV through LibreOffice (told UTF-8, as its headless conversion takes no hint from the mark): the
    // mark is not read as part of the first cell; saved again as CSV without the mark, and with it, it reads back the
    // same.
    void csvThroughLibreOffice()
    {
        const QDir dir(m_dir->path());
        const QString profile = dir.filePath(QStringLiteral("lo-profile"));
        QVERIFY(dir.mkpath(QStringLiteral("xlsx")) && dir.mkpath(QStringLiteral("back")));
        const QString csv = exportMatrix(QStringLiteral("matrix-csv"));
        QVERIFY(read(csv).startsWith("\xEF\xBB\xBFSection,Feature,"));
        QVERIFY(QFile::copy(csv, dir.filePath(QStringLiteral("plain.csv"))));
        QString log;
        QVERIFY2(soffice(profile,
                     { QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"),
                         QStringLiteral("xlsx"), QStringLiteral("--outdir"), dir.filePath(QStringLiteral("xlsx")),
                         dir.filePath(QStringLiteral("plain.csv")) },
                     log),
            qPrintable(log));
        const QString workbook = dir.filePath(QStringLiteral("xlsx/plain.xlsx"));
        const QByteArray strings = fmt::partOf(read(workbook), QStringLiteral("xl/sharedStrings.xml"));
        QVERIFY2(strings.contains("<t xml:space=\"preserve\">Section</t>") && strings.contains("Tools — Export"),
            strings.left(300).constData());
        const CliRun fromWorkbook = cli({ QStringLiteral("import-matrix"), workbook, QStringLiteral("--dry-run") });
        QVERIFY2(fromWorkbook.code == 0, qPrintable(fromWorkbook.err));
        QCOMPARE(lines(fromWorkbook.out), QStringList { QStringLiteral("Dry run: 0 changes not applied.") });
        QVERIFY2(soffice(profile,
                     { QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"),
                         QStringLiteral("--outdir"), dir.filePath(QStringLiteral("back")), workbook },
                     log),
            qPrintable(log));
        const QByteArray saved = read(dir.filePath(QStringLiteral("back/plain.csv")));
        QVERIFY2(saved.startsWith("Section,Feature,") && saved.contains("Tools — Export"), saved.left(200).constData());
        QVERIFY(write(dir.filePath(QStringLiteral("back/marked.csv")), "\xEF\xBB\xBF" + saved));
        for (const QString &name : { QStringLiteral("back/plain.csv"), QStringLiteral("back/marked.csv") }) {
            const CliRun run = cli({ QStringLiteral("import-matrix"), dir.filePath(name) });
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QCOMPARE(lines(run.out), QStringList { QStringLiteral("Applied 0 changes.") });
        }
    }

private:
    CliRun cli(const QStringList &args) { return runCli(m_db, args); }
    QString exportMatrix(const QString &format)
    {
        const QString out = m_dir->filePath(format);
        const CliRun run = runCli(
            m_db, { QStringLiteral("export-all"), QStringLiteral("--format"), format, QStringLiteral("--out"), out });
        return run.code == 0 ? run.out.trimmed() : QString();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_matrix;
};

QTEST_GUILESS_MAIN(TestCliXlsx)
#include "TestCliXlsx.moc"
