// import-matrix and import-sheet as a person uses them: an exported file reads back as no change, an edited cell as
// exactly that change, also after a round trip through LibreOffice; a hostile file is refused with every problem on a
// line of its own and the workspace file left as it was, byte for byte.
#include "../formats/CsvParse.h"
#include "CliRunner.h"
#include "CsvText.h"
#include "Soffice.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <algorithm>

namespace {

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// Address space for rolesheet-cli reading the hostile file: ten times the file and 100 MB, far less than the 1.8 GB
// the reader once took for it.
constexpr qint64 kImportLimit = 10 * 63LL * 1024 * 1024 + 100 * 1000 * 1000;

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

// Sets the cell of the row whose second column is `feature` and the column headed `header`.
bool setCell(QList<QStringList> &rows, const QString &feature, const QString &header, const QString &value)
{
    const qsizetype column = rows.value(0).indexOf(header);
    for (QStringList &row : rows) {
        if (column > 1 && row.value(1) == feature && column < row.size()) {
            row[column] = value;
            return true;
        }
    }
    return false;
}

QStringList lines(const QString &text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestCliImport : public QObject
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
        const CliRun exported = cli({ QStringLiteral("export-all"), QStringLiteral("--format"),
            QStringLiteral("matrix-csv"), QStringLiteral("--out"), m_dir->path() });
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        m_matrix = exported.out.trimmed();
        QVERIFY(QFile::exists(m_matrix));
    }

    void exportedMatrixReadsBackAsNoChange()
    {
        const CliRun run = cli({ QStringLiteral("import-matrix"), m_matrix });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(lines(run.out), QStringList { QStringLiteral("Applied 0 changes.") });
    }

    // A matrix written in German (level words, "[Vorlage]") reads back under English and French as no change.
    void matrixWrittenInAnotherLanguage()
    {
        const QString out = m_dir->filePath(QStringLiteral("de"));
        const CliRun exported = runCli(m_db,
            { QStringLiteral("export-all"), QStringLiteral("--format"), QStringLiteral("matrix-csv"),
                QStringLiteral("--out"), out },
            {}, QStringLiteral("de_DE.UTF-8"));
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const QString german = exported.out.trimmed();
        QVERIFY2(read(german).contains("Hinzufügen"), "the matrix is not written in German");
        for (const QString &locale : { QStringLiteral("C.UTF-8"), QStringLiteral("fr_FR.UTF-8") }) {
            const CliRun run
                = runCli(m_db, { QStringLiteral("import-matrix"), german, QStringLiteral("--dry-run") }, {}, locale);
            QVERIFY2(run.code == 0, qPrintable(run.err));
            QCOMPARE(lines(run.out).size(), 1);
        }
    }

    void editedCellIsOneChange()
    {
        QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(read(m_matrix)));
        QVERIFY(setCell(rows, QStringLiteral("Job Settings"), QStringLiteral("Production [template]"),
            QStringLiteral("View / Add")));
        const QString edited = m_dir->filePath(QStringLiteral("edited.csv"));
        QVERIFY(write(edited, toCsv(rows)));
        const QByteArray before = read(m_db);

        const CliRun dry = cli({ QStringLiteral("import-matrix"), edited, QStringLiteral("--dry-run") });
        QVERIFY2(dry.code == 0, qPrintable(dry.err));
        QCOMPARE(lines(dry.out).size(), 2);
        QVERIFY2(dry.out.contains(QLatin1String("Job Settings")), qPrintable(dry.out));
        QCOMPARE(read(m_db), before);

        const CliRun run = cli({ QStringLiteral("import-matrix"), edited });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(lines(run.out).size(), 2);
        QVERIFY2(lines(run.out).last().startsWith(QLatin1String("Applied 1 change")), qPrintable(run.out));
        QCOMPARE(lines(run.out).first(), lines(dry.out).first());
        // The workspace now holds the edit: the same file reads back as no change.
        const CliRun again = cli({ QStringLiteral("import-matrix"), edited });
        QCOMPARE(lines(again.out), QStringList { QStringLiteral("Applied 0 changes.") });
    }

    void editedSheetIsOneChange()
    {
        const QString sheet = m_dir->filePath(QStringLiteral("production.csv"));
        const CliRun exported = cli({ QStringLiteral("export"), QStringLiteral("Production"),
            QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), sheet });
        QVERIFY2(exported.code == 0, qPrintable(exported.err));
        const CliRun same = cli({ QStringLiteral("import-sheet"), QStringLiteral("Production"), sheet });
        QCOMPARE(lines(same.out), QStringList { QStringLiteral("Applied 0 changes.") });
        QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(read(sheet)));
        QVERIFY(setCell(rows, QStringLiteral("Job Settings"), QStringLiteral("Levels"), QStringLiteral("View / Add")));
        QVERIFY(write(sheet, toCsv(rows)));
        const CliRun run = cli({ QStringLiteral("import-sheet"), QStringLiteral("Production"), sheet });
        QVERIFY2(run.code == 0, qPrintable(run.err));
        QCOMPARE(lines(run.out).size(), 2);
        QVERIFY2(run.out.contains(QLatin1String("Job Settings")), qPrintable(run.out));
    }

    // A whole-workspace import keeps the workspace it replaced in the audit trail; revert-import puts it back.
    void revertImportPutsBackTheReplacedWorkspace()
    {
        const CliRun created
            = cli({ QStringLiteral("create-role"), QStringLiteral("Night Editor"), QStringLiteral("--account") });
        QVERIFY2(created.code == 0, qPrintable(created.err));
        const QString exported = m_dir->filePath(QStringLiteral("studio.json"));
        QVERIFY(cli({ QStringLiteral("export-workspace"), QStringLiteral("-o"), exported }).code == 0);
        QByteArray harbour = read(exported);
        QVERIFY(harbour.contains("\"name\":\"Studio\""));
        harbour.replace("\"name\":\"Studio\"", "\"name\":\"Harbour Films\"");
        harbour.replace("Night Editor", "Day Editor");
        const QString harbourFile = m_dir->filePath(QStringLiteral("harbour.json"));
        QVERIFY(write(harbourFile, harbour));
        const CliRun imported = cli({ QStringLiteral("import-workspace"), harbourFile });
        QVERIFY2(imported.code == 0, qPrintable(imported.err));
        // The import's version, from the trail's CSV (its last row).
        const CliRun trail = cli({ QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv") });
        const QList<QStringList> rows = fmt::parseCsv(trail.out);
        const QString version = rows.last().value(rows.first().indexOf(QStringLiteral("Version")));
        QVERIFY2(rows.last().join(u',').contains(QLatin1String("workspaceSha256")), qPrintable(trail.out));

        // Not an import: refused, the file as it was.
        const QByteArray before = read(m_db);
        const CliRun wrong = cli({ QStringLiteral("revert-import"), QString::number(version.toLongLong() - 1) });
        QCOMPARE(wrong.code, 2);
        QVERIFY2(wrong.err.contains(QLatin1String("nothing was changed")), qPrintable(wrong.err));
        QCOMPARE(read(m_db), before);

        const CliRun reverted = cli({ QStringLiteral("revert-import"), version });
        QVERIFY2(reverted.code == 0, qPrintable(reverted.err));
        QVERIFY2(reverted.out.contains(QLatin1String("Studio")), qPrintable(reverted.out));
        const CliRun roles = cli({ QStringLiteral("roles") });
        QVERIFY2(roles.out.contains(QLatin1String("Night Editor")), qPrintable(roles.out));
        QVERIFY2(!roles.out.contains(QLatin1String("Day Editor")), qPrintable(roles.out));
        const CliRun verify = cli({ QStringLiteral("audit"), QStringLiteral("--verify") });
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
    }

    void hostileFileIsRefused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QStringList>("problems");
        // The exported matrix with single cells replaced, found by feature and column header.
        const QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(read(m_matrixTemplate())));
        QList<QStringList> formula = rows;
        QVERIFY(setCell(formula, QStringLiteral("Jobs"), QStringLiteral("Admin & owner"), QStringLiteral("=1+2")));
        QVERIFY(setCell(formula, QStringLiteral("Refund Management"), QStringLiteral("Production [template]"),
            QStringLiteral("View")));
        const qsizetype refundRow
            = std::find_if(rows.begin(), rows.end(),
                  [](const QStringList &r) { return r.value(1) == QLatin1String("Refund Management"); })
            - rows.begin() + 1;
        QTest::newRow("formula and rule")
            << toCsv(formula) << QStringList { QStringLiteral("F2: "), QStringLiteral("I%1: ").arg(refundRow) };
        QList<QStringList> nul = rows;
        QVERIFY(setCell(nul, QStringLiteral("Jobs"), QStringLiteral("Production [template]"), QStringLiteral("NUL")));
        QTest::newRow("NUL byte") << toCsv(nul).replace("NUL", QByteArray("Ad\0d", 4))
                                  << QStringList { QStringLiteral("I2: ") };
        QList<QStringList> quote = rows;
        QVERIFY(setCell(quote, QStringLiteral("Jobs"), QStringLiteral("Admin & owner"), QStringLiteral("QUOTE")));
        QTest::newRow("unclosed quote") << toCsv(quote).replace("QUOTE", "\"View")
                                        << QStringList { QStringLiteral("F2: ") };
        QByteArray wide = "Section,Feature";
        for (int i = 0; i < 10000; ++i)
            wide += ",Role " + QByteArray::number(i);
        QTest::newRow("10,000 columns") << wide << QStringList { QStringLiteral("Row 1 has more than") };
    }

    void hostileFileIsRefused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QStringList, problems);
        const QString file = m_dir->filePath(QStringLiteral("hostile.csv"));
        QVERIFY(write(file, bytes));
        const QByteArray before = read(m_db);
        const CliRun run = cli({ QStringLiteral("import-matrix"), file });
        QCOMPARE(run.code, 2);
        QVERIFY(!run.crashed);
        const QStringList errors = lines(run.err);
        QCOMPARE(errors.size(), problems.size());
        for (qsizetype i = 0; i < problems.size(); ++i)
            QVERIFY2(errors.at(i).startsWith(QLatin1String("rolesheet-cli: ") + problems.at(i)), qPrintable(run.err));
        QVERIFY(run.out.isEmpty());
        QCOMPARE(read(m_db), before);
    }

    void fileTooLargeIsOneLine()
    {
        const QString file = m_dir->filePath(QStringLiteral("huge.csv"));
        QFile huge(file);
        QVERIFY(huge.open(QIODevice::WriteOnly) && huge.resize(200LL * 1000 * 1000));
        huge.close();
        const QByteArray before = read(m_db);
        for (const QStringList &args : { QStringList { QStringLiteral("import-matrix"), file },
                 QStringList { QStringLiteral("import-sheet"), QStringLiteral("Admin"), file } }) {
            const CliRun run = cli(args);
            QCOMPARE(run.code, 2);
            QCOMPARE(lines(run.err).size(), 1);
            QVERIFY2(run.err.contains(QLatin1String("64 MiB")), qPrintable(run.err));
        }
        QCOMPARE(read(m_db), before);
    }

    // A 63 MiB file whose one cell is all slashes, read under a memory limit the whole import used to exceed many
    // times over: the cell is refused by name on one line, and nothing new appears beside the workspace.
    void hugeCellUnderMemoryLimit()
    {
        if (kSanitized)
            QSKIP("a sanitizer's shadow memory needs more address space than the limit");
        const QString file = hostileFile();
        const QStringList before = folder();
        const QByteArray db = read(m_db);
        const CliRun run = runCliWithMemoryLimit(
            kImportLimit, m_db, { QStringLiteral("import-matrix"), file, QStringLiteral("--dry-run") });
        QVERIFY2(!run.crashed, qPrintable(run.err));
        QCOMPARE(run.code, 2);
        QCOMPARE(lines(run.err).size(), 1);
        QVERIFY2(run.err.startsWith(QLatin1String("rolesheet-cli: F2: ")), qPrintable(run.err));
        QCOMPARE(folder(), before);
        QCOMPARE(read(m_db), db);
    }

    // Memory so short that the import cannot finish, at every limit from too little to start up to enough: always
    // exit 2 and one line (the refusal, or that memory ran out), never a crash, and nothing new beside the workspace;
    // with and without --dry-run.
    void outOfMemoryIsOneLine()
    {
        if (kSanitized)
            QSKIP("a sanitizer's shadow memory needs more address space than the limit");
        const QString file = hostileFile();
        const QStringList before = folder();
        const QByteArray db = read(m_db);
        int outOfMemory = 0;
        for (qint64 mib = 48; mib <= kImportLimit / (1024 * 1024); mib += 16) {
            for (const bool dryRun : { true, false }) {
                QStringList args = { QStringLiteral("import-matrix"), file };
                if (dryRun)
                    args << QStringLiteral("--dry-run");
                const CliRun run = runCliWithMemoryLimit(mib * 1024 * 1024, m_db, args);
                // 127: the system could not even load the program's libraries into so little.
                if (run.code == 127 && run.err.contains(QLatin1String("shared libraries")))
                    continue;
                const QString what = QStringLiteral("%1 MiB: %2").arg(mib).arg(run.err);
                QVERIFY2(!run.crashed, qPrintable(what));
                QVERIFY2(run.code == 2, qPrintable(what));
                QVERIFY2(lines(run.err).size() == 1, qPrintable(what));
                outOfMemory += run.err.contains(QLatin1String("Not enough memory")) ? 1 : 0;
                QCOMPARE(folder(), before);
                QCOMPARE(read(m_db), db);
            }
        }
        QVERIFY(outOfMemory > 0);
    }

    // Through a spreadsheet and back: LibreOffice reads the CSV into a workbook and saves it as CSV again.
    void libreOfficeRoundTrip()
    {
        QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(read(m_matrix)));
        QVERIFY(setCell(rows, QStringLiteral("Job Settings"), QStringLiteral("Production [template]"),
            QStringLiteral("View / Add")));
        const QString profile = m_dir->filePath(QStringLiteral("lo-profile"));
        const QDir dir(m_dir->path());
        QVERIFY(write(dir.filePath(QStringLiteral("same.csv")), read(m_matrix)));
        QVERIFY(write(dir.filePath(QStringLiteral("edited.csv")), toCsv(rows)));
        QVERIFY(dir.mkpath(QStringLiteral("xlsx")) && dir.mkpath(QStringLiteral("back")));
        QString log;
        QVERIFY2(soffice(profile,
                     { QStringLiteral("--infilter=CSV:44,34,76,1"), QStringLiteral("--convert-to"),
                         QStringLiteral("xlsx"), QStringLiteral("--outdir"), dir.filePath(QStringLiteral("xlsx")),
                         dir.filePath(QStringLiteral("same.csv")), dir.filePath(QStringLiteral("edited.csv")) },
                     log),
            qPrintable(log));
        QVERIFY2(
            soffice(profile,
                { QStringLiteral("--convert-to"), QStringLiteral("csv:Text - txt - csv (StarCalc):44,34,76"),
                    QStringLiteral("--outdir"), dir.filePath(QStringLiteral("back")),
                    dir.filePath(QStringLiteral("xlsx/same.xlsx")), dir.filePath(QStringLiteral("xlsx/edited.xlsx")) },
                log),
            qPrintable(log));
        const CliRun same = cli({ QStringLiteral("import-matrix"), dir.filePath(QStringLiteral("back/same.csv")) });
        QVERIFY2(same.code == 0, qPrintable(same.err));
        QCOMPARE(lines(same.out), QStringList { QStringLiteral("Applied 0 changes.") });
        const CliRun edited = cli({ QStringLiteral("import-matrix"), dir.filePath(QStringLiteral("back/edited.csv")) });
        QVERIFY2(edited.code == 0, qPrintable(edited.err));
        QCOMPARE(lines(edited.out).size(), 2);
        QVERIFY2(edited.out.contains(QLatin1String("Job Settings")), qPrintable(edited.out));
        QVERIFY2(lines(edited.out).last().startsWith(QLatin1String("Applied 1 change")), qPrintable(edited.out));
    }

private:
    CliRun cli(const QStringList &args) { return runCli(m_db, args); }
    // The exported matrix's header, then a row whose first role cell is slashes up to 63 MiB in all.
    QString hostileFile()
    {
        const QString file = m_dir->filePath(QStringLiteral("slashes.csv"));
        const QByteArray matrix = read(m_matrix);
        QByteArray bytes = matrix.left(matrix.indexOf('\n') + 1) + "Setup,Jobs,account,,,";
        bytes += QByteArray(63 * 1024 * 1024 - bytes.size() - 2, '/') + "\r\n";
        return write(file, bytes) ? file : QString();
    }
    // The files beside the workspace, with their sizes.
    QStringList folder() const
    {
        QStringList entries;
        for (const QFileInfo &info :
            QDir(m_dir->path())
                .entryInfoList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name))
            entries << QStringLiteral("%1 %2").arg(info.fileName()).arg(info.size());
        return entries;
    }
    // The data functions run before init(): the header comes from a workspace of their own.
    QString m_matrixTemplate()
    {
        static QTemporaryDir dir;
        const QString db = dir.filePath(QStringLiteral("header.rolesheet"));
        if (!QFile::exists(db))
            runCli(db, { QStringLiteral("init"), QStringLiteral("--name"), QStringLiteral("Header") });
        const QString out = dir.filePath(QStringLiteral("matrix"));
        return runCli(db,
            { QStringLiteral("export-all"), QStringLiteral("--format"), QStringLiteral("matrix-csv"),
                QStringLiteral("--out"), out, QStringLiteral("--force") })
            .out.trimmed();
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_db;
    QString m_matrix;
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "TestCliImport.moc"
