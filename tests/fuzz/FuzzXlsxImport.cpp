// The xlsx reader over any bytes. An input that starts as a zip does is read as the workbook; any other is taken as
// the first worksheet's rows and shared strings (split at the first NUL byte) and packed into a workbook first, so
// that most runs reach the XML rather than stop at the zip's checksums. Then:
// - a refused workbook is refused in one line;
// - an accepted one gives CSV within the limits of the CSV readers, which read it without stopping early for an
//   unclosed quotation mark (the conversion quotes what needs it), and whose records are never wider than a
//   spreadsheet;
// - the matrix and sheet readers take that CSV, refusing with problems that name their cell, row or file.
// Memory stays within libFuzzer's limits because every part is unpacked a piece at a time and counted.
#include "CsvFuzz.h"
#include "FuzzSupport.h"
#include "XlsxParts.h"

#include "formats/Csv.h"
#include "formats/CsvImport.h"
#include "formats/Export.h"
#include "formats/XlsxRead.h"
#include "testing/Generate.h"

#include <QRegularExpression>

using namespace rs;

namespace {

const Workspace &workspace()
{
    static const Workspace ws = generateWorkspace(GenerateSpec::small(), 1);
    return ws;
}

void checkProblems(const Error &error)
{
    static const QRegularExpression located(QStringLiteral("^([A-Z]+\\d+: |Row \\d+|The file|… and )"));
    for (const QString &line : error.message.split(QLatin1Char('\n')))
        FUZZ_CHECK(located.match(line).hasMatch(), "every problem line names its cell, its row or the file");
}

QByteArray workbookOf(const QByteArray &bytes)
{
    const qsizetype nul = bytes.indexOf('\0');
    const QByteArray rows = nul < 0 ? bytes : bytes.left(nul);
    QList<QByteArray> strings;
    if (nul >= 0) {
        for (const QByteArray &s : bytes.mid(nul + 1).split('\n'))
            strings << s;
    }
    return fmt::workbook(rows, strings, 1);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fz::start(argc, argv);
    workspace();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fz::bytes(data, size);
    const Result<QByteArray> csv = formats::csvFromXlsx(formats::isZip(bytes) ? bytes : workbookOf(bytes));
    if (!csv) {
        FUZZ_CHECK(!csv.error().message.isEmpty() && !csv.error().message.contains(u'\n'),
            "a refused workbook is refused in one line");
        return 0;
    }
    FUZZ_CHECK(csv->size() <= formats::kMaxCsvImportBytes, "the CSV of a workbook stays within the CSV file limit");
    formats::CsvReader reader(csv.value(), formats::kMaxXlsxColumns);
    QList<QByteArray> fields;
    while (reader.next(fields)) {
    }
    FUZZ_CHECK(reader.stop() == formats::CsvReader::Stop::End || reader.stop() == formats::CsvReader::Stop::CellTooLong,
        "the CSV of a workbook reads to its end");
    formats::isRoleSheetCsv(csv.value());
    if (const auto staged = formats::stagedFromMatrixCsv(workspace(), csv.value()); !staged)
        checkProblems(staged.error());
    if (const auto staged = formats::stagedFromSheetCsv(workspace(), *fz::sheetRole(workspace()), csv.value());
        !staged)
        checkProblems(staged.error());
    return 0;
}
