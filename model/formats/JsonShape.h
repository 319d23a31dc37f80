#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QHash>
#include <QList>

namespace rs::formats {

// Where one entry of a top-level list lies in the document: bytes [begin, end) hold an object; end 0 stands for an
// entry that is not an object.
struct JsonSpan
{
    quint32 begin = 0;
    quint32 end = 0;
};

// A document of the format's shape, cut into pieces small enough to be parsed one at a time: the top object with its
// lists emptied, and where every entry of those lists lies.
struct JsonOutline
{
    QByteArray top;
    QHash<QString, QList<JsonSpan>> lists;
};

// A streaming check of a document's shape, run before any tree is built: a list or an object only where the format
// has one, at most as many entries and fields as the format allows, required fields present, texts of bounded length,
// valid UTF-8 and no unpaired UTF-16 surrogate escape. It holds one frame per open list or object and one string at a
// time, so a hostile document is refused in little memory, and no piece of a document it lets through is large.
// Scalars of the wrong type are left to the typed reader, which names them better. The error names the field
// ("roles[3].grants") or the line and column of malformed JSON.
Result<JsonOutline> outlineJson(const QByteArray &json);

} // namespace rs::formats
