#pragma once
// How every message names a thing the user named: in typographic quotes, whole. Names are at most
// Rules::kMaxNameLength characters, so a message that names one stays readable.
#include <QString>

namespace rs {

inline QString quoted(const QString &name)
{
    return QStringLiteral("\u201c%1\u201d").arg(name);
}

} // namespace rs
