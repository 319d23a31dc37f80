#include "TimeZones.h"

#include <QDateTime>

namespace rs::dates {

QByteArray listedTimeZone(const QTimeZone &zone)
{
    if (!zone.isValid())
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(zone.id()))
        return zone.id();
    const QList<QByteArray> same = QTimeZone::availableTimeZoneIds(zone.offsetFromUtc(QDateTime::currentDateTimeUtc()));
    if (same.contains("UTC") && !zone.hasDaylightTime())
        return "UTC";
    return same.isEmpty() ? QByteArray("UTC") : same.first();
}

QByteArray listedTimeZone(const QByteArray &id)
{
    if (id.isEmpty())
        return {};
    if (QTimeZone::isTimeZoneIdAvailable(id))
        return id;
    return listedTimeZone(QTimeZone(id));
}

} // namespace rs::dates
