// Any bytes opened as a workspace file: no crash; a refused file is left byte for byte as it was, with no file added
// beside it; an accepted one holds a workspace that keeps every rule.
#include "FuzzSupport.h"

#include "storage/Store.h"

using namespace rs;

namespace {

QStringList folderEntries(const QString &path)
{
    return QDir(path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fz::start(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray bytes = fz::bytes(data, size);
    const QString folder = fz::scratch().filePath(QStringLiteral("open"));
    QDir(folder).removeRecursively();
    QDir().mkpath(folder);
    const QString path = QDir(folder).filePath(QStringLiteral("studio.rolesheet"));
    fz::writeAll(path, bytes);
    for (const Store::Access access : { Store::Access::ReadOnly, Store::Access::ReadWrite }) {
        const Result<std::unique_ptr<Store>> opened = Store::open(path, access);
        if (opened) {
            FUZZ_CHECK(opened.value()->workspace().verify().ok(), "an opened workspace keeps every rule");
            continue;
        }
        FUZZ_CHECK(!opened.error().message.isEmpty(), "a refused file gets a message");
        FUZZ_CHECK(fz::readAll(path) == bytes, "a refused workspace file is left byte for byte as it was");
        FUZZ_CHECK(folderEntries(folder) == QStringList { QStringLiteral("studio.rolesheet") },
            "opening a refused workspace file leaves no other file beside it");
    }
    return 0;
}
