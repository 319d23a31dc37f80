// Grants read back from the auditors' matrix and from role sheets as CSV, as a spreadsheet saves them again: an
// unchanged file stages nothing, one edited cell stages exactly that change, every problem is named by its cell.
#include "CsvParse.h"

#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"
#include "formats/Csv.h"
#include "formats/CsvImport.h"
#include "formats/Export.h"
#include "testing/Generate.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace rs;

namespace {

QByteArray toCsv(const QList<QStringList> &rows, QChar separator = u',', bool bom = false)
{
    QString text;
    for (const QStringList &row : rows) {
        QStringList fields;
        for (const QString &f : row) {
            QString quoted = f;
            if (f.contains(separator) || f.contains(u'"') || f.contains(u'\n')) {
                quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
                quoted = QLatin1Char('"') + quoted + QLatin1Char('"');
            }
            fields << quoted;
        }
        text += fields.join(separator) + QLatin1String("\r\n");
    }
    return (bom ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + text.toUtf8();
}

// The first cell an editable role could hold differently, and the levels it could hold there.
struct Edit
{
    const Role *role = nullptr;
    const Feature *feature = nullptr;
    Levels levels;
};

Edit findEdit(const Workspace &ws)
{
    for (const Role *r : formats::rolesToExport(ws)) {
        if (r->isLocked())
            continue;
        for (const Feature &f : ws.features()) {
            const Levels allowed = Rules::allowedLevels(ws, *r, f);
            const Levels now = ws.grant(*r, f);
            for (const Levels candidate : { allowed, Levels(Level::View), Levels() }) {
                if (candidate != now && Rules::checkGrant(ws, *r, f, candidate))
                    return { r, &f, candidate };
            }
        }
    }
    return {};
}

// The matrix with one cell changed, found by the role's column header and the feature's row.
QList<QStringList> editedMatrix(const Workspace &ws, const Edit &edit)
{
    QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(formats::workspaceMatrixCsv(ws)));
    const qsizetype column = rows.at(0).indexOf(formats::roleLabel(ws, *edit.role));
    for (QStringList &row : rows) {
        if (row.value(1) == edit.feature->name)
            row[column] = edit.levels.toText();
    }
    return rows;
}

QString german(const QString &levels)
{
    QString text = levels;
    text.replace(QLatin1String("None"), QStringLiteral("Keine"));
    text.replace(QLatin1String("View"), QStringLiteral("Ansehen"));
    text.replace(QLatin1String("Add"), QStringLiteral("Hinzufügen"));
    text.replace(QLatin1String("Edit"), QStringLiteral("Bearbeiten"));
    text.replace(QLatin1String("Delete"), QStringLiteral("Löschen"));
    return text;
}

QStringList problems(const Result<QList<Change>> &result)
{
    return result ? QStringList() : result.error().message.split(QLatin1Char('\n'));
}

} // namespace

class TestCsvImport : public QObject
{
    Q_OBJECT

private slots:
    void cellNames()
    {
        QCOMPARE(formats::cellName(0, 1), QStringLiteral("A1"));
        QCOMPARE(formats::cellName(4, 14), QStringLiteral("E14"));
        QCOMPARE(formats::cellName(25, 2), QStringLiteral("Z2"));
        QCOMPARE(formats::cellName(26, 3), QStringLiteral("AA3"));
        QCOMPARE(formats::cellName(9999, 1), QStringLiteral("NTP1"));
    }

    void unchangedFilesStageNothing_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("default") << 0;
        QTest::newRow("generated") << 1;
    }

    void unchangedFilesStageNothing()
    {
        QFETCH(int, size);
        const Workspace ws = size ? generateWorkspace(GenerateSpec::small(), 7) : DefaultWorkspace::create();
        const auto matrix = formats::stagedFromMatrixCsv(ws, formats::workspaceMatrixCsv(ws));
        QVERIFY2(matrix, qPrintable(matrix.error().message));
        QCOMPARE(matrix->size(), 0);
        for (const Role *role : formats::rolesToExport(ws)) {
            const auto sheet = formats::stagedFromSheetCsv(ws, *role, formats::roleSheetCsv(ws, *role));
            QVERIFY2(sheet, qPrintable(sheet.error().message));
            QCOMPARE(sheet->size(), 0);
        }
    }

    void oneEditedCellIsOneChange_data()
    {
        QTest::addColumn<int>("size");
        QTest::newRow("default") << 0;
        QTest::newRow("generated") << 1;
    }

    void oneEditedCellIsOneChange()
    {
        QFETCH(int, size);
        const Workspace ws = size ? generateWorkspace(GenerateSpec::small(), 7) : DefaultWorkspace::create();
        const Edit edit = findEdit(ws);
        QVERIFY(edit.role);
        const auto staged = formats::stagedFromMatrixCsv(ws, toCsv(editedMatrix(ws, edit)));
        QVERIFY2(staged, qPrintable(staged.error().message));
        QCOMPARE(staged->size(), 1);
        QCOMPARE(staged->first(), Change::setGrant(edit.role->id, edit.feature->id, edit.levels));
    }

    // Semicolons, a byte order mark, CRLF, German level words and the columns in reverse order read the same.
    void spreadsheetDialectsReadTheSame()
    {
        const Workspace ws = generateWorkspace(GenerateSpec::small(), 7);
        const Edit edit = findEdit(ws);
        QVERIFY(edit.role);
        QList<QStringList> rows = editedMatrix(ws, edit);
        for (qsizetype r = 1; r < rows.size(); ++r) {
            for (qsizetype c = 5; c < rows[r].size(); ++c)
                rows[r][c] = german(rows[r][c]);
        }
        for (QStringList &row : rows)
            std::reverse(row.begin(), row.end());
        const QByteArray bytes = toCsv(rows, u';', true);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF") && bytes.contains(";") && bytes.contains("Hinzufügen"));
        const auto staged = formats::stagedFromMatrixCsv(ws, bytes);
        QVERIFY2(staged, qPrintable(staged.error().message));
        QCOMPARE(staged->size(), 1);
        QCOMPARE(staged->first(), Change::setGrant(edit.role->id, edit.feature->id, edit.levels));
    }

    // In a role sheet, either the Levels cell or the View/Add/Edit/Delete cells may be edited; not both differently.
    void sheetEdits()
    {
        const Workspace ws = generateWorkspace(GenerateSpec::small(), 7);
        const Edit edit = findEdit(ws);
        QVERIFY(edit.role);
        const QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(formats::roleSheetCsv(ws, *edit.role)));
        qsizetype row = -1;
        for (qsizetype r = 0; r < rows.size(); ++r)
            row = rows.at(r).value(1) == edit.feature->name ? r : row;
        QVERIFY(row > 0);
        const Change expected = Change::setGrant(edit.role->id, edit.feature->id, edit.levels);

        QList<QStringList> byLevels = rows;
        byLevels[row][6] = german(edit.levels.toText());
        auto staged = formats::stagedFromSheetCsv(ws, *edit.role, toCsv(byLevels, u';', true));
        QVERIFY2(staged, qPrintable(staged.error().message));
        QCOMPARE(staged->size(), 1);
        QCOMPARE(staged->first(), expected);

        QList<QStringList> byFlags = rows;
        for (int i = 0; i < 4; ++i)
            byFlags[row][2 + i] = edit.levels.has(kAllLevels[i]) ? QStringLiteral("x") : QString();
        staged = formats::stagedFromSheetCsv(ws, *edit.role, toCsv(byFlags));
        QVERIFY2(staged, qPrintable(staged.error().message));
        QCOMPARE(staged->size(), 1);
        QCOMPARE(staged->first(), expected);

        QList<QStringList> both = byFlags;
        const Levels now = ws.grant(*edit.role, *edit.feature);
        for (const Levels other : { Levels::all(), Levels(), Levels(Level::View), Levels(Level::Add) }) {
            if (other != now && other != edit.levels)
                both[row][6] = other.toText();
        }
        staged = formats::stagedFromSheetCsv(ws, *edit.role, toCsv(both));
        QVERIFY(!staged);
        QVERIFY2(staged.error().message.startsWith(formats::cellName(6, row + 1) + QLatin1String(": ")),
            qPrintable(staged.error().message));
    }

    // Every problem of a file is named by its cell, and the file yields no change at all.
    void everyProblemNamedByItsCell()
    {
        const Workspace ws = DefaultWorkspace::create();
        QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(formats::workspaceMatrixCsv(ws)));
        const Edit edit = findEdit(ws);
        QVERIFY(edit.role);
        const qsizetype templateColumn = rows.at(0).indexOf(formats::roleLabel(ws, *edit.role));
        qsizetype refundRow = -1;
        for (qsizetype r = 0; r < rows.size(); ++r)
            refundRow = rows.at(r).value(1) == QLatin1String("Refund Management") ? r : refundRow;
        QVERIFY(refundRow > 0 && templateColumn > 5);
        rows[1][templateColumn] = QStringLiteral("=HYPERLINK(\"x\")"); // a formula
        rows[2][templateColumn] = QStringLiteral("Viewing"); // not a level
        rows[refundRow][templateColumn] = QStringLiteral("View"); // owner-only: refused by the rules
        rows[3][1] = QStringLiteral("No such feature");
        rows[0] << QStringLiteral("Ghost role");
        rows[4] << QStringLiteral("View");
        QVERIFY(refundRow < rows.size() - 1);
        rows.last()[templateColumn] = QStringLiteral("Nope"); // below the rule's refusal
        const auto staged = formats::stagedFromMatrixCsv(ws, toCsv(rows));
        QVERIFY(!staged);
        const QString col = formats::cellName(templateColumn, 1).chopped(1);
        const QString ghost = formats::cellName(rows.at(0).size() - 1, 1);
        const QStringList lines = problems(staged);
        QCOMPARE(lines.size(), 6);
        QVERIFY2(lines.filter(QRegularExpression(QStringLiteral("^%1: .*formula").arg(col + QLatin1String("2")))).size()
                == 1,
            qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^%1: .*Viewing").arg(col + QLatin1String("3")))).size()
            == 1);
        QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^B4: .*No such feature"))).size() == 1);
        // Listed in the sheet's order, row by row, whether found while reading or by the rules afterwards.
        QList<int> listedRows;
        for (const QString &line : lines)
            listedRows << QRegularExpression(QStringLiteral("^[A-Z]+(\\d+):")).match(line).captured(1).toInt();
        QVERIFY2(std::is_sorted(listedRows.begin(), listedRows.end()), qPrintable(lines.join(QLatin1Char('\n'))));
        QVERIFY(lines.filter(QRegularExpression(QStringLiteral("^%1: .*Ghost role").arg(ghost))).size() == 1);
        QVERIFY(lines
                    .filter(QRegularExpression(
                        QStringLiteral("^%1%2: .*Refund Management").arg(col, QString::number(refundRow + 1))))
                    .size()
            == 1);
    }

    void hostileFiles_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("problem");
        const QByteArray header = formats::workspaceMatrixCsv(DefaultWorkspace::create()).split('\n').first() + '\n';
        QTest::newRow("NUL byte") << header + QByteArray("Setup,Jobs,account,,,View\0,x\r\n", 31)
                                  << QStringLiteral("^F2: .*NUL");
        QTest::newRow("not UTF-8") << header + "Setup,Jobs,account,,,\xff\xfe\r\n" << QStringLiteral("^F2: .*UTF-8");
        QTest::newRow("unclosed quote") << header + "Setup,Jobs,account,,,\"View\r\nSetup,Job Settings\r\n"
                                        << QStringLiteral("^F2: .*never closed");
        QTest::newRow("formula in a name") << header + "Setup,@SUM(A1),account\r\n" << QStringLiteral("^B2: .*formula");
        QByteArray wide = "Section,Feature";
        for (int i = 0; i < 10000; ++i)
            wide += ",Role " + QByteArray::number(i);
        QTest::newRow("10,000 columns") << wide + "\r\n" << QStringLiteral("^Row 1 has more than \\d+ columns");
        QByteArray tall = header;
        for (int i = 0; i < 3000; ++i)
            tall += "Setup,Jobs,account,,,View\r\n";
        QTest::newRow("more rows than features") << tall << QStringLiteral("^Row \\d+: the file has more rows");
        QTest::newRow("no Feature column")
            << QByteArray("Section,Admin\r\nSetup,View\r\n") << QStringLiteral("^Row 1 has no column headed Feature");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("^The file is empty");
    }

    void hostileFiles()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, problem);
        const auto staged = formats::stagedFromMatrixCsv(DefaultWorkspace::create(), bytes);
        QVERIFY(!staged);
        QVERIFY2(problems(staged).filter(QRegularExpression(problem)).size() >= 1,
            qPrintable(staged.error().message.left(2000)));
    }

    // Randomly damaged matrices and sheets: never a crash, and every problem line names a cell, a row or the file.
    void damagedFilesNameWhereTheProblemIs()
    {
        const Workspace ws = generateWorkspace(GenerateSpec::small(), 7);
        const QByteArray sources[]
            = { formats::workspaceMatrixCsv(ws), formats::roleSheetCsv(ws, *formats::rolesToExport(ws).constLast()) };
        const QByteArray noise[] = { "\"", ",", ";", "\r\n", "\n", QByteArray(1, '\0'), "=", "'", "\xff",
            "\xEF\xBB\xBF", "Ansehen", "None", "yes", " / " };
        const QRegularExpression located(QStringLiteral("^([A-Z]+\\d+: |Row \\d+|The file|… and )"));
        QRandomGenerator random(42);
        int refused = 0;
        for (int round = 0; round < 400; ++round) {
            QByteArray bytes = sources[round % 2];
            for (int edits = 1 + int(random.bounded(6)); edits > 0; --edits) {
                const qsizetype at = random.bounded(int(bytes.size()));
                if (random.bounded(3) == 0)
                    bytes.remove(at, 1 + random.bounded(20));
                else
                    bytes.insert(at, noise[random.bounded(int(std::size(noise)))]);
            }
            const auto staged = round % 2
                ? formats::stagedFromSheetCsv(ws, *formats::rolesToExport(ws).constLast(), bytes)
                : formats::stagedFromMatrixCsv(ws, bytes);
            for (const QString &line : problems(staged))
                QVERIFY2(located.match(line).hasMatch(), qPrintable(line));
            refused += staged ? 0 : 1;
        }
        QVERIFY2(refused > 200, qPrintable(QString::number(refused)));
    }

    // A file larger than the cap is refused with one line, before anything is parsed.
    void tooLarge()
    {
        QByteArray big(formats::kMaxCsvImportBytes + 1, 'a');
        const auto staged = formats::stagedFromMatrixCsv(DefaultWorkspace::create(), big);
        QVERIFY(!staged);
        QCOMPARE(problems(staged).size(), 1);
        QVERIFY(staged.error().message.contains(QLatin1String("64 MiB")));
    }

    // So many problems that listing them all would drown the reader: the first ones, then a count.
    void manyProblemsAreCounted()
    {
        const Workspace ws = generateWorkspace(GenerateSpec::studio(), 7);
        QList<QStringList> rows = fmt::parseCsv(QString::fromUtf8(formats::workspaceMatrixCsv(ws)));
        int cells = 0;
        for (qsizetype r = 1; r < rows.size(); ++r) {
            for (qsizetype c = 0; c < rows[r].size(); ++c, ++cells)
                rows[r][c] = QStringLiteral("=1");
        }
        QVERIFY(cells > formats::kMaxListedCsvProblems);
        const QStringList lines = problems(formats::stagedFromMatrixCsv(ws, toCsv(rows)));
        QCOMPARE(lines.size(), formats::kMaxListedCsvProblems + 1);
        QVERIFY(lines.last().contains(QString::number(cells - formats::kMaxListedCsvProblems)));
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "TestCsvImport.moc"
