// A role document from anywhere, imported into the default workspace (as an account role or template, and into a
// production): refused, or changes that the workspace accepts one by one and that leave every rule holding.
#include "FuzzSupport.h"

#include "domain/DefaultWorkspace.h"
#include "formats/Json.h"

using namespace rs;

namespace {

Workspace *g_start = nullptr;
Id g_production = 0;

void importInto(const QByteArray &json, Id production)
{
    const Workspace &start = *g_start;
    const Result<QList<Change>> changes = formats::roleChangesFromJson(start, json, production);
    if (!changes)
        return;
    FUZZ_CHECK(!changes->isEmpty(), "an accepted role document creates a role");
    Workspace ws = start;
    for (Change change : changes.value()) {
        const Result<Touched> done = ws.apply(change);
        FUZZ_CHECK(done.ok(), "every change of an accepted role document is accepted");
        FUZZ_CHECK(ws.verify().ok(), "a workspace with an imported role keeps every rule");
    }
    FUZZ_CHECK(ws.roles().size() == start.roles().size() + 1, "importing a role adds exactly one role");
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fz::start(argc, argv);
    g_start = new Workspace(DefaultWorkspace::create());
    Change production = Change::createProduction(QStringLiteral("Spring Portraits"), g_start->owner());
    if (!g_start->apply(production).ok())
        fz::fail("the owner can create a production in the default workspace");
    g_production = production.production;
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json = fz::bytes(data, size);
    importInto(json, 0);
    importInto(json, g_production);
    return 0;
}
