#pragma once
// Instants and the dates people read and type: access is stored as instants and shown in the workspace's time zone.
#include "Result.h"

#include <QDateTime>
#include <QLocale>
#include <QTimeZone>

namespace rs::dates {

// Which end of a day a bare date stands for: a start is its first instant, an end its last.
enum class Edge { Start, End };

// The instants a workspace holds: 0001-01-01T00:00:00.000Z to 9999-12-31T23:59:59.999Z, the span that ISO 8601 writes
// with four-digit years in UTC. Every file and the audit trail write instants in UTC, so an instant outside it could
// be stored but not written (a first day of 0001-01-01 in Berlin begins in year 0 UTC).
QDateTime earliest();
QDateTime latest();
// The rule for every instant that comes in, typed, imported or staged: inside earliest() … latest(). No instant (an
// invalid QDateTime) passes. `typed` is the text the instant came from, named in the one-line refusal when given.
Status checkRange(const QDateTime &at, const QString &typed = {});

// An instant as files and the audit trail hold it: ISO 8601 in UTC with milliseconds ("2026-11-30T22:59:59.999Z").
QString iso(const QDateTime &at);
Result<QDateTime> parseIso(const QString &text);

// "YYYY-MM-DD" (the first or last instant of that day in `zone`) or an ISO 8601 date-time (without an offset, a time
// in `zone`), inside checkRange(). A one-line error says what is expected.
Result<QDateTime> parse(const QString &text, const QTimeZone &zone, Edge edge);
// What a person types into a date field: everything parse() takes, "2026-12-25 12:00", the locale's short date or
// date and time ("25/12/2026"), "today", "tomorrow", "yesterday", "now" (in English or the user's language), and
// days or weeks from today ("+14d", "-3d", "+2w"). A day stands for its first or last instant as `edge` says; a
// time is in `zone`; `now` is the moment the words count from.
Result<QDateTime> parseTyped(const QString &text, const QTimeZone &zone, Edge edge,
    const QDateTime &now = QDateTime::currentDateTimeUtc(), const QLocale &locale = QLocale());
// The first and last instants of a day in a zone.
QDateTime startOfDay(QDate day, const QTimeZone &zone);
QDateTime endOfDay(QDate day, const QTimeZone &zone);

// "30 Nov 2026" and "30 Nov 2026 18:00" in the zone, in the user's language.
QString date(const QDateTime &at, const QTimeZone &zone);
QString dateTime(const QDateTime &at, const QTimeZone &zone);
// "2026-11-30" in the zone, for files and the command line's tables.
QString isoDate(const QDateTime &at, const QTimeZone &zone);

} // namespace rs::dates
