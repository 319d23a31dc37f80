// Dates as people type them into the editor: ISO, the locale's short form, and a few relative words.
#include "Dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace rs::dates {

namespace {

QString word(const char *text)
{
    return QCoreApplication::translate("rs::dates", text).toCaseFolded();
}

// "+14d", "-3d", "+2w", "14d": days or weeks from today.
std::optional<qint64> relativeDays(const QString &t)
{
    static const QRegularExpression offset(QStringLiteral("^([+-]?)\\s*(\\d{1,5})\\s*([dw])$"));
    const QRegularExpressionMatch m = offset.match(t);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 days = m.captured(2).toLongLong() * (m.captured(3) == QLatin1String("w") ? 7 : 1);
    return m.captured(1) == QLatin1String("-") ? -days : days;
}

// A two-digit year ("31.03.27") is read as 1927 by Qt; people mean the one within fifty years of today.
QDate nearToday(QDate day, QDate today, const QString &typed)
{
    static const QRegularExpression fourDigits(QStringLiteral("\\d{4}"));
    if (!day.isValid() || fourDigits.match(typed).hasMatch())
        return day;
    while (day.year() < today.year() - 50)
        day = day.addYears(100);
    return day;
}

} // namespace

Result<QDateTime> parseTyped(
    const QString &text, const QTimeZone &zone, Edge edge, const QDateTime &now, const QLocale &locale)
{
    const QString t = text.trimmed().toCaseFolded();
    const QDate today = now.toTimeZone(zone).date();
    const auto day = [&](QDate d) -> Result<QDateTime> {
        const QDateTime at = edge == Edge::Start ? startOfDay(d, zone) : endOfDay(d, zone);
        if (Status s = checkRange(at, text.trimmed()); !s)
            return s.error();
        return at;
    };
    if (t == QLatin1String("now") || t == word(QT_TRANSLATE_NOOP("rs::dates", "now")))
        return now.toUTC();
    if (t == QLatin1String("today") || t == word(QT_TRANSLATE_NOOP("rs::dates", "today")))
        return day(today);
    if (t == QLatin1String("tomorrow") || t == word(QT_TRANSLATE_NOOP("rs::dates", "tomorrow")))
        return day(today.addDays(1));
    if (t == QLatin1String("yesterday") || t == word(QT_TRANSLATE_NOOP("rs::dates", "yesterday")))
        return day(today.addDays(-1));
    if (const std::optional<qint64> offset = relativeDays(t))
        return day(today.addDays(*offset));
    // ISO with a space between date and time, as the field shows a moment.
    QString iso = text.trimmed();
    static const QRegularExpression spaced(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2}(:\\d{2})?)$"));
    if (const QRegularExpressionMatch m = spaced.match(iso); m.hasMatch())
        iso = m.captured(1) + QLatin1Char('T') + m.captured(2);
    if (Result<QDateTime> parsed = parse(iso, zone, edge))
        return parsed;
    const QDateTime shortMoment = locale.toDateTime(text.trimmed(), QLocale::ShortFormat);
    if (shortMoment.isValid()) {
        const QDateTime at(nearToday(shortMoment.date(), today, text), shortMoment.time(), zone);
        if (Status s = checkRange(at, text.trimmed()); !s)
            return s.error();
        return at.toUTC();
    }
    const QDate shortDate = nearToday(locale.toDate(text.trimmed(), QLocale::ShortFormat), today, text);
    if (shortDate.isValid())
        return day(shortDate);
    return Error::badInput(
        QCoreApplication::translate("rs::dates", "%1 is not a date: type 2026-12-24, %2, \"tomorrow\" or \"+14d\".")
            .arg(QStringLiteral("“%1”").arg(text.trimmed().left(40)),
                locale.toString(QDate(2026, 12, 24), QLocale::ShortFormat)));
}

} // namespace rs::dates
