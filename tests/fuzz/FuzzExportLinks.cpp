// Export-all into a folder where the last sheet's name is already taken by a link to a file elsewhere, over a
// workspace whose names come from the input (ExportNames.h): export-all may refuse or write a plain file in the
// link's place, but never writes through the link.
#include "ExportNames.h"

#include "formats/Export.h"

#include <QSet>

using namespace rs;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fz::start(argc, argv);
    fz::g_default = new Workspace(DefaultWorkspace::create());
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Workspace ws = fz::workspaceNamed(fz::namesOf(fz::bytes(data, size)));
    const QList<const Role *> roles = formats::rolesToExport(ws);
    const QString folder = fz::scratch().filePath(QStringLiteral("linked"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString outside = fz::scratch().filePath(QStringLiteral("outside.csv"));
    const QByteArray untouched("not a role sheet\n");
    fz::writeAll(outside, untouched);
    QSet<QString> taken;
    QString last;
    for (const Role *role : roles)
        last = formats::safeFileName(formats::roleLabel(ws, *role), QStringLiteral("csv"), taken);
    if (!QFile::link(outside, QDir(folder).filePath(last)))
        fz::fail("the harness can plant a link");
    const Result<QStringList> written = formats::exportAll(
        ws, formats::SheetFormat::Csv, folder, fz::kDate, formats::Overwrite::Replace); // even when asked to replace
    FUZZ_CHECK(fz::readAll(outside) == untouched, "export-all never writes through a link in its folder");
    if (!written)
        return 0;
    for (const QString &path : written.value())
        FUZZ_CHECK(!QFileInfo(path).isSymLink(), "every exported sheet is a plain file, not a link");
    return 0;
}
