// Changes from anywhere: a journal of staged changes (or one change object), applied to a small generated workspace.
// Every accepted change leaves every rule holding and survives a JSON round trip; a refused one changes nothing;
// undoing the accepted ones in reverse gives back the workspace as it was, and redoing them gives the same result.
// The journal itself writes back and reads to the same changes.
#include "FuzzSupport.h"

#include "commands/Journal.h"
#include "testing/Generate.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace rs;

namespace {

Workspace *g_start = nullptr;
// At most this many changes of one input are applied: enough for any sequence that matters, and a run stays fast.
constexpr qsizetype kMaxChanges = 64;

QList<Change> changesOf(const QByteArray &json)
{
    const QJsonDocument doc = QJsonDocument::fromJson(json);
    if (doc.isObject() && doc.object().contains(QStringLiteral("kind"))) {
        const Result<Change> one = Change::fromJson(doc.object());
        return one ? QList<Change> { one.value() } : QList<Change> {};
    }
    // As a journal on disk: the editor reads staged changes back this way after a crash. A journal names the
    // workspace it belongs to; one written for no workspace in particular is read as this one's.
    const Journal journal(fz::scratch().filePath(QStringLiteral("staged.rolesheet")), QString());
    QDir().mkpath(QFileInfo(journal.path()).absolutePath());
    fz::writeAll(journal.path(), json);
    const Result<Journal::Saved> read = journal.read();
    if (!read || read->changes.isEmpty()) {
        journal.clear();
        return {};
    }
    FUZZ_CHECK(
        journal.write(read->changes, read->baseVersion).ok(), "staged changes that were read can be written back");
    const Result<Journal::Saved> again = journal.read();
    FUZZ_CHECK(again.ok() && again->changes == read->changes && again->baseVersion == read->baseVersion,
        "a journal writes back and reads to the same changes");
    journal.clear();
    return read->changes;
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    fz::start(argc, argv);
    g_start = new Workspace(generateWorkspace(GenerateSpec::small(), 1));
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QList<Change> changes = changesOf(fz::bytes(data, size)).mid(0, kMaxChanges);
    Workspace ws = *g_start;
    QList<Change> accepted;
    QList<Touched> undo;
    QList<Workspace> states;
    for (Change change : changes) {
        const Workspace before = ws;
        const Result<Touched> done = ws.apply(change);
        if (!done) {
            FUZZ_CHECK(ws == before, "a refused change changes nothing");
            continue;
        }
        FUZZ_CHECK(ws.verify().ok(), "every accepted change keeps every rule");
        const QByteArray text = QJsonDocument(change.toJson()).toJson(QJsonDocument::Compact);
        const Result<Change> back = Change::fromJson(QJsonDocument::fromJson(text).object());
        FUZZ_CHECK(back.ok() && back.value() == change, "an accepted change survives a JSON round trip");
        (void)change.describe(before);
        accepted.append(change);
        undo.append(done.value());
        states.append(before);
    }
    const Workspace after = ws;
    for (qsizetype i = undo.size() - 1; i >= 0; --i) {
        ws.restore(undo.at(i));
        FUZZ_CHECK(ws == states.at(i), "undo gives back the workspace as it was before the change");
    }
    FUZZ_CHECK(ws == *g_start, "undoing every change gives back the starting workspace");
    FUZZ_CHECK(ws.verify().ok(), "after undo, every rule holds");
    for (Change &change : accepted)
        FUZZ_CHECK(ws.apply(change).ok(), "redo of an accepted change is accepted");
    FUZZ_CHECK(ws == after, "redo gives the same workspace as the first time");
    return 0;
}
