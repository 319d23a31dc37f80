// A workspace document from anywhere: refused, or imported whole. An imported workspace exports to a document that
// imports to an equal workspace, and survives a store: written to a workspace file and read back, it is equal and
// exports to the same document.
#include "FuzzSupport.h"

#include "formats/Json.h"
#include "storage/Store.h"

using namespace rs;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<Workspace> imported = formats::workspaceFromJson(fz::bytes(data, size));
    if (!imported)
        return 0;
    const Workspace &ws = imported.value();
    FUZZ_CHECK(ws.verify().ok(), "an imported workspace keeps every rule");

    const QByteArray document = formats::workspaceJson(ws);
    const Result<Workspace> again = formats::workspaceFromJson(document);
    FUZZ_CHECK(again.ok(), "the export of an imported workspace imports again");
    FUZZ_CHECK(again.value() == ws, "export and import again give an equal workspace");
    FUZZ_CHECK(formats::workspaceJson(again.value()) == document, "exporting twice gives the same document");

    const QString path = fz::scratch().filePath(QStringLiteral("imported.rolesheet"));
    QFile::remove(path);
    {
        const Result<std::unique_ptr<Store>> created = Store::create(path, ws);
        if (!created) { // refused as a whole is allowed
            QFile::remove(path);
            return 0;
        }
        FUZZ_CHECK(created.value()->workspace() == ws, "the store holds what was imported");
    }
    {
        const Result<std::unique_ptr<Store>> opened = Store::open(path, Store::Access::ReadOnly);
        FUZZ_CHECK(opened.ok(), "a workspace file the store wrote opens again");
        const Workspace &read = opened.value()->workspace();
        FUZZ_CHECK(read == ws, "read back from the store, the workspace is equal to what was imported");
        FUZZ_CHECK(read.verify().ok(), "read back from the store, the workspace keeps every rule");
        FUZZ_CHECK(formats::workspaceJson(read) == document, "read back from the store, it exports the same document");
    }
    QFile::remove(path);
    return 0;
}
