#pragma once
// The time zone a workspace stores, one rule for the welcome, the editor and the command line.
#include <QByteArray>
#include <QTimeZone>

namespace rs::dates {

// A zone this system's database lists keeps its id; an alias it does not list (Debian's "Etc/UTC") becomes the
// listed zone with the same offset now, "UTC" first when the zone has no daylight saving time. Empty when no zone has
// that id.
QByteArray listedTimeZone(const QByteArray &id);
// The same for a zone known by its object only (the system's, whose id may be no listed one).
QByteArray listedTimeZone(const QTimeZone &zone);

} // namespace rs::dates
