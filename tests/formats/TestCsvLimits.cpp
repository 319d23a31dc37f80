// The limits of reading CSV back: a cell longer than a spreadsheet cell, or a file of more rows than a spreadsheet,
// is refused with where it is, and costs memory by the limits rather than by the file. `review verify` compares a
// file in place, reading no further than the export.
#include "domain/DefaultWorkspace.h"
#include "formats/Csv.h"
#include "formats/CsvImport.h"
#include "formats/Export.h"
#include "formats/ReviewEvidence.h"
#include "review/Review.h"

#include <QBuffer>
#include <QtTest>

using namespace rs;

namespace {

constexpr qint64 kMiB = 1024 * 1024;
// What a refused file may add to the process's peak: far below what holding a large cell several times would.
constexpr qint64 kMaxGrowth = 32 * kMiB;

qint64 statusBytes(const char *field)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return -1;
}

// The growth of the process's peak resident memory while `work` runs; the peak is reset first where the kernel lets
// it be, else the growth is measured above the peak so far.
template <typename Work> qint64 peakGrowth(Work work)
{
    QFile refs(QStringLiteral("/proc/self/clear_refs"));
    if (refs.open(QIODevice::WriteOnly))
        refs.write("5");
    refs.close();
    const qint64 before = statusBytes("VmHWM:");
    work();
    return statusBytes("VmHWM:") - before;
}

QByteArray matrixHeader()
{
    return formats::workspaceMatrixCsv(DefaultWorkspace::create()).split('\n').first() + '\n';
}

const QByteArray kSheetHeader = "Section,Feature,View,Add,Edit,Delete,Levels,Why this matters\r\n";

QString tooLong()
{
    return QStringLiteral("holds more than %L1 characters").arg(formats::kMaxCsvCellChars);
}

Result<QList<Change>> import(const Workspace &ws, bool sheet, const QByteArray &bytes)
{
    return sheet ? formats::stagedFromSheetCsv(ws, *formats::rolesToExport(ws).constLast(), bytes)
                 : formats::stagedFromMatrixCsv(ws, bytes);
}

} // namespace

class TestCsvLimits : public QObject
{
    Q_OBJECT

private slots:
    void hugeCellIsRefusedByName_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<bool>("sheet");
        QTest::addColumn<QString>("cell");
        const QByteArray slashes(8 * kMiB, '/');
        QTest::newRow("matrix: levels of slashes") << matrixHeader() + "Setup,Jobs,account,,," + slashes + "\r\n"
                                                   << false << QStringLiteral("F2");
        QTest::newRow("matrix: quoted line ends")
            << matrixHeader() + "Setup,Jobs,account,,,\"" + QByteArray(8 * kMiB, '\n') + "\"\r\n"
            << false << QStringLiteral("F2");
        QTest::newRow("matrix: feature name") << matrixHeader() + "Setup," + QByteArray(8 * kMiB, 'a') + ",account\r\n"
                                              << false << QStringLiteral("B2");
        QTest::newRow("matrix: header") << "Section,Feature," + QByteArray(8 * kMiB, 'x') + "\r\n"
                                        << false << QStringLiteral("C1");
        QTest::newRow("sheet: levels of slashes") << kSheetHeader + "Setup,Jobs,,,,," + slashes + ",why\r\n"
                                                  << true << QStringLiteral("G2");
        QTest::newRow("sheet: quoted view cell") << kSheetHeader + "Setup,Jobs,\"" + QByteArray(8 * kMiB, 'y')
                + "\"\r\n" << true << QStringLiteral("C2");
    }

    void hugeCellIsRefusedByName()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(bool, sheet);
        QFETCH(QString, cell);
        const Workspace ws = DefaultWorkspace::create();
        Result<QList<Change>> staged = QList<Change>();
        const qint64 grown = peakGrowth([&] { staged = import(ws, sheet, bytes); });
        QVERIFY(!staged);
        const QString first = staged.error().message.section(QLatin1Char('\n'), 0, 0);
        QVERIFY2(first.startsWith(cell + QLatin1String(": ")) && first.contains(tooLong()), qPrintable(first));
        QVERIFY2(grown < kMaxGrowth, qPrintable(QStringLiteral("the peak grew by %1 MiB").arg(grown / kMiB)));
    }

    // The limit counts characters, not bytes, and a cell at the limit is read.
    void cellAtTheLimitIsRead()
    {
        const Workspace ws = DefaultWorkspace::create();
        const qsizetype pad = formats::kMaxCsvCellChars - 4;
        const QByteArray atLimit = matrixHeader() + "Setup,Jobs,account,,,View" + QByteArray(pad, ' ') + "\r\n";
        const auto read = formats::stagedFromMatrixCsv(ws, atLimit);
        QVERIFY2(read || !read.error().message.contains(tooLong()), qPrintable(read.error().message.left(300)));
        const QByteArray over = matrixHeader() + "Setup,Jobs,account,,,View" + QByteArray(pad + 1, ' ') + "\r\n";
        const auto refused = formats::stagedFromMatrixCsv(ws, over);
        QVERIFY(!refused);
        QVERIFY2(refused.error().message.startsWith(QLatin1String("F2: ")), qPrintable(refused.error().message));

        // Two bytes a character: twice the bytes, still within the limit, so the cell is read as a feature name.
        const QByteArray accents = QStringLiteral("é").repeated(formats::kMaxCsvCellChars).toUtf8();
        const auto named = formats::stagedFromMatrixCsv(ws, matrixHeader() + "Setup," + accents + ",account\r\n");
        QVERIFY(!named);
        QVERIFY2(!named.error().message.contains(tooLong()), qPrintable(named.error().message.left(300)));
        QVERIFY2(named.error().message.startsWith(QLatin1String("B2: ")), qPrintable(named.error().message.left(300)));
    }

    // Blank rows past what a spreadsheet holds are refused too, instead of being skipped one by one for ever.
    void tooManyRows()
    {
        for (const bool sheet : { false, true }) {
            const QByteArray bytes
                = (sheet ? kSheetHeader : matrixHeader()) + QByteArray(formats::kMaxCsvRows, '\n') + "Setup,Jobs\r\n";
            const auto staged = import(DefaultWorkspace::create(), sheet, bytes);
            QVERIFY(!staged);
            QVERIFY2(staged.error().message.startsWith(QLatin1String("The file has more than")),
                qPrintable(staged.error().message.left(300)));
        }
    }

    // A matrix that changes more cells than one import may is refused before any change is made of them.
    void tooManyChangedCells()
    {
        Workspace ws = DefaultWorkspace::create();
        const int roles = formats::kMaxCsvImportChanges / int(ws.features().size()) + 50;
        for (int i = 0; i < roles; ++i) {
            Change create = Change::createRole(QStringLiteral("Role %1").arg(i), Scope::Account);
            QVERIFY(ws.apply(create).ok());
        }
        QList<QByteArray> lines = formats::workspaceMatrixCsv(ws).split('\n');
        qint64 cells = 0;
        for (int l = 1; l < lines.size(); ++l) {
            QList<QByteArray> fields = lines.at(l).trimmed().split(',');
            for (int c = 5; c < fields.size(); ++c) {
                fields[c] = fields.at(c) == "None" ? QByteArrayLiteral("View") : QByteArrayLiteral("None");
                ++cells;
            }
            if (fields.size() > 5)
                lines[l] = fields.join(',');
        }
        QVERIFY(cells > formats::kMaxCsvImportChanges);
        const auto staged = formats::stagedFromMatrixCsv(ws, lines.join('\n'));
        QVERIFY(!staged);
        QVERIFY2(staged.error().message.startsWith(
                     QStringLiteral("The file changes %1 cells; one import changes at most %2")
                         .arg(cells)
                         .arg(formats::kMaxCsvImportChanges)),
            qPrintable(staged.error().message.left(300)));
    }

    // A file of many line ends is compared in place, and read no further than one byte past the export.
    void reviewVerifyReadsNoFurtherThanTheExport()
    {
        formats::ReviewEvidence evidence;
        evidence.workspace = QStringLiteral("Studio");
        evidence.campaign.name = QStringLiteral("Spring");
        evidence.campaign.itemsHash = review::itemsHash({});
        const QByteArray csv = formats::reviewCsv(evidence);
        QVERIFY(formats::verifyReviewCsv(evidence, csv));
        const qsizetype lines = csv.count('\n');

        QByteArray longer = csv + QByteArray(16 * kMiB, '\n');
        Status verified;
        const qint64 grown = peakGrowth([&] { verified = formats::verifyReviewCsv(evidence, longer); });
        QVERIFY(!verified);
        // The export ends with a line end: the first line it lacks is the second after its last.
        QVERIFY2(verified.error().message.contains(QStringLiteral("line %1 ").arg(lines + 2)),
            qPrintable(verified.error().message));
        QVERIFY2(grown < kMaxGrowth, qPrintable(QStringLiteral("the peak grew by %1 MiB").arg(grown / kMiB)));

        QBuffer file(&longer);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const Status fromFile = formats::verifyReviewCsvFile(evidence, file);
        QVERIFY(!fromFile);
        QCOMPARE(fromFile.error().message, verified.error().message);
        QVERIFY(file.pos() <= csv.size() + 1);

        QByteArray same = csv;
        QBuffer exact(&same);
        QVERIFY(exact.open(QIODevice::ReadOnly));
        QVERIFY(formats::verifyReviewCsvFile(evidence, exact));
        // A changed line is named as before.
        QByteArray changed = csv;
        changed.replace("Spring", "Autumn");
        const Status differs = formats::verifyReviewCsv(evidence, changed);
        QVERIFY(!differs);
        QVERIFY2(differs.error().message.contains(QLatin1String("line 2 ")), qPrintable(differs.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCsvLimits)
#include "TestCsvLimits.moc"
