#include "Dates.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

namespace rs::dates {

QDateTime earliest()
{
    return QDateTime(QDate(1, 1, 1), QTime(0, 0), QTimeZone::utc());
}

QDateTime latest()
{
    return QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());
}

Status checkRange(const QDateTime &at, const QString &typed)
{
    if (!at.isValid() || (at >= earliest() && at <= latest()))
        return {};
    const QString range = QStringLiteral("0001-01-01T00:00Z … 9999-12-31T23:59:59.999Z");
    if (typed.isEmpty())
        return Error::badInput(
            QCoreApplication::translate("rs::dates", "A date lies outside %1 (UTC), the dates a workspace holds.")
                .arg(range));
    return Error::badInput(
        QCoreApplication::translate("rs::dates", "%1 lies outside %2 (UTC), the dates a workspace holds.")
            .arg(QStringLiteral("“%1”").arg(typed.left(40)), range));
}

QString iso(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

Result<QDateTime> parseIso(const QString &text)
{
    const QDateTime at = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!at.isValid() || at.timeSpec() == Qt::LocalTime)
        return Error::badInput(
            QCoreApplication::translate("rs::dates", "%1 is not an instant (an ISO 8601 date-time with its offset).")
                .arg(text.left(40)));
    return at.toUTC();
}

QDateTime startOfDay(QDate day, const QTimeZone &zone)
{
    return day.startOfDay(zone).toUTC();
}

QDateTime endOfDay(QDate day, const QTimeZone &zone)
{
    return day.addDays(1).startOfDay(zone).addMSecs(-1).toUTC();
}

Result<QDateTime> parse(const QString &text, const QTimeZone &zone, Edge edge)
{
    const QString t = text.trimmed();
    static const QRegularExpression bareDate(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (bareDate.match(t).hasMatch()) {
        const QDate day = QDate::fromString(t, Qt::ISODate);
        if (day.isValid()) {
            const QDateTime at = edge == Edge::Start ? startOfDay(day, zone) : endOfDay(day, zone);
            if (Status s = checkRange(at, t); !s)
                return s.error();
            return at;
        }
    } else if (t.contains(QLatin1Char('T'))) {
        QDateTime at = QDateTime::fromString(t, Qt::ISODateWithMs);
        if (at.isValid()) {
            if (at.timeSpec() == Qt::LocalTime) // no offset: a time in the workspace's zone
                at = QDateTime(at.date(), at.time(), zone);
            if (at.isValid()) {
                if (Status s = checkRange(at, t); !s)
                    return s.error();
                return at.toUTC();
            }
        }
    }
    return Error::badInput(QCoreApplication::translate(
        "rs::dates", "%1 is not a date: use YYYY-MM-DD or an ISO 8601 date-time such as 2026-11-30T18:00.")
                               .arg(QStringLiteral("“%1”").arg(t.left(40))));
}

namespace {

// A day with a short month as the user's language writes it, in its own order and punctuation: "6 Dec 2026",
// "6. Dez. 2026", "6 déc. 2026": the locale's long form without the weekday, its month shortened.
QString dayFormat(const QLocale &locale)
{
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return QStringLiteral("d MMM yyyy");
    QString format = locale.dateFormat(QLocale::LongFormat);
    static const QRegularExpression weekday(QStringLiteral("d{4}[,.]?\\s*"));
    format.remove(weekday);
    format.replace(QStringLiteral("MMMM"), QStringLiteral("MMM"));
    return format.trimmed();
}

} // namespace

QString date(const QDateTime &at, const QTimeZone &zone)
{
    const QLocale locale;
    return locale.toString(at.toTimeZone(zone).date(), dayFormat(locale));
}

QString dateTime(const QDateTime &at, const QTimeZone &zone)
{
    const QLocale locale;
    return locale.toString(at.toTimeZone(zone), dayFormat(locale) + QStringLiteral(" HH:mm"));
}

QString isoDate(const QDateTime &at, const QTimeZone &zone)
{
    return at.toTimeZone(zone).date().toString(Qt::ISODate);
}

} // namespace rs::dates
