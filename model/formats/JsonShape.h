#pragma once

#include "domain/Result.h"

#include <QByteArray>

namespace rs::formats {

// A streaming check of a document's shape, run before any tree is built: a list or an object only where the format
// has one, at most as many entries as the format allows, required fields present, texts of bounded length, valid
// UTF-8 and no unpaired UTF-16 surrogate escape. It holds no more than one value at a time, so a hostile document is
// refused in little memory, and a document it lets through costs a bounded multiple of its size to parse. Scalars of
// the wrong type are left to the typed reader, which names them better. The error names the field ("roles[3].grants")
// or the line and column of malformed JSON.
Status checkJsonShape(const QByteArray &json);

} // namespace rs::formats
