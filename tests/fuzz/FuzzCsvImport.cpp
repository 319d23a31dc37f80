// The CSV readers over any bytes: the auditors' matrix and one role's sheet read back against a small workspace, the
// sniffing of which of the two a file is, and `review verify`'s comparison. Then:
// - a refused file names where each problem is: a cell, a row or the file;
// - an accepted file stages grants only, each of which the rules accept;
// - once they are applied, the same matrix reads back as no change; the same sheet too, except that a row whose
//   Levels cell and View/Add/Edit/Delete cells disagree puts back what the workspace held (either may be the edit,
//   and the one that differs from the workspace wins, so a second read takes the other);
// - review verification accepts exactly the export (with or without its byte order mark), and says the same from a file as from bytes.
// Memory stays within libFuzzer's limits (-rss_limit_mb, -malloc_limit_mb) because no cell is held longer than a
// spreadsheet's.
#include "CsvFuzz.h"
#include "FuzzSupport.h"

#include "formats/Csv.h"
#include "formats/CsvImport.h"
#include "formats/Export.h"
#include "testing/Generate.h"

#include <QBuffer>
#include <QRegularExpression>

using namespace rs;

namespace {

const Workspace &workspace()
{
    static const Workspace ws = generateWorkspace(GenerateSpec::small(), 1);
    return ws;
}

// The role whose sheet is read (MakeSeeds writes its sheet).
Id sheetRole()
{
    static const Id id = fz::sheetRole(workspace())->id;
    return id;
}

void checkProblems(const Error &error)
{
    static const QRegularExpression located(QStringLiteral("^([A-Z]+\\d+: |Row \\d+|The file|… and )"));
    for (const QString &line : error.message.split(QLatin1Char('\n')))
        FUZZ_CHECK(located.match(line).hasMatch(), "every problem line names its cell, its row or the file");
}

enum class Again { NoChange, MayPutBack };

template <typename Read> void check(Read read, Again again)
{
    const Result<QList<Change>> staged = read(workspace());
    if (!staged) {
        checkProblems(staged.error());
        return;
    }
    Workspace copy = workspace();
    for (Change change : staged.value()) {
        FUZZ_CHECK(change.kind == Change::Kind::SetGrant, "an import stages grants only");
        FUZZ_CHECK(copy.apply(change).ok(), "a staged grant is accepted");
    }
    if (staged->isEmpty())
        return;
    const Result<QList<Change>> second = read(copy);
    FUZZ_CHECK(second, "once applied, the same file is read again");
    if (again == Again::NoChange)
        FUZZ_CHECK(second->isEmpty(), "once applied, the same matrix reads back as no change");
    for (const Change &change : second.value())
        FUZZ_CHECK(change.levels == workspace().grant(change.role, change.feature),
            "once applied, the same sheet changes nothing but what a disagreeing row put back");
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
    formats::isRoleSheetCsv(bytes);
    check([&](const Workspace &ws) { return formats::stagedFromMatrixCsv(ws, bytes); }, Again::NoChange);
    check([&](const Workspace &ws) { return formats::stagedFromSheetCsv(ws, *ws.role(sheetRole()), bytes); },
        Again::MayPutBack);

    static const formats::ReviewEvidence evidence = fz::reviewEvidence();
    static const QByteArray exported = formats::reviewCsv(evidence);
    const Status verified = formats::verifyReviewCsv(evidence, bytes);
    FUZZ_CHECK(verified.ok() == (formats::withoutBom(bytes) == formats::withoutBom(exported)),
        "review verify accepts exactly the export, with or without its byte order mark");
    QByteArray copy = bytes;
    QBuffer file(&copy);
    file.open(QIODevice::ReadOnly);
    const Status fromFile = formats::verifyReviewCsvFile(evidence, file);
    FUZZ_CHECK(
        fromFile.ok() == verified.ok() && (fromFile.ok() || fromFile.error().message == verified.error().message),
        "review verify says the same of a file as of its bytes");
    return 0;
}
