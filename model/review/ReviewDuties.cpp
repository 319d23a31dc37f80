#include "ReviewDuties.h"

#include "domain/Dates.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QSet>

namespace rs::review {

namespace {

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString holdings(const Workspace &ws, const QList<duties::Holding> &list)
{
    QStringList parts;
    for (const duties::Holding &h : list)
        parts.append(duties::describeHolding(ws, h));
    return parts.join(QStringLiteral("; "));
}

QString stateKey(duties::ExceptionState state)
{
    switch (state) {
    case duties::ExceptionState::InForce:
        return QStringLiteral("in-force");
    case duties::ExceptionState::Lapsed:
        return QStringLiteral("lapsed");
    case duties::ExceptionState::Void:
        return QStringLiteral("void");
    }
    return {};
}

QJsonArray rowsJson(const QList<QStringList> &rows)
{
    QJsonArray a;
    for (const QStringList &row : rows)
        a.append(QJsonArray::fromStringList(row));
    return a;
}

QList<QStringList> rowsFrom(const QJsonValue &value, qsizetype columns)
{
    QList<QStringList> rows;
    for (const QJsonValue &row : value.toArray()) {
        QStringList cells;
        for (const QJsonValue &cell : row.toArray())
            cells.append(cell.toString());
        cells.resize(columns); // a row written by hand with too few or too many cells still lines up
        rows.append(cells);
    }
    return rows;
}

} // namespace

DutyEvidence freezeDuties(const Workspace &ws, const duties::Book &book, const QList<approval::Request> &requests,
    const QList<Item> &items, bool studio, const QDateTime &since, const QDateTime &now)
{
    DutyEvidence e;
    QSet<Id> members;
    for (const Item &i : items)
        members.insert(i.member);
    const QTimeZone zone = ws.timeZone();
    if (!book.rules.isEmpty() || !book.exceptions.isEmpty()) {
        const AccessIndex index(ws, now);
        for (const duties::Conflict &c :
            duties::conflicts(ws, index, book, now, duties::When::At, studio ? nullptr : &members)) {
            const Member *m = ws.member(c.member);
            const QString exception = c.exception
                ? QCoreApplication::translate("rs::review", "until %1, granted by %2")
                      .arg(dates::dateTime(c.exception->until, zone), c.exception->grantedBy)
                : QString();
            e.conflicts.append({ m ? m->name : QString(), c.rule, duties::severityKey(c.severity), holdings(ws, c.left),
                holdings(ws, c.right), exception });
        }
        for (const duties::Exception &x : book.exceptions) {
            if (!studio && !members.contains(x.member))
                continue;
            const Member *m = ws.member(x.member);
            e.exceptions.append({ m ? m->name : QString(), x.rule, x.reason, x.grantedBy, stamp(x.grantedAt),
                stamp(x.until), stateKey(duties::exceptionState(ws, index, book, x, now)) });
        }
    }
    for (const approval::Request &r : requests) {
        if (!r.breakGlass || !r.appliedAt.isValid() || (since.isValid() && r.appliedAt <= since) || r.appliedAt > now)
            continue;
        QStringList changes;
        for (const Change &c : r.current().changes)
            changes.append(c.describe(ws));
        e.breakGlass.append({ QString::number(r.id), changes.join(QStringLiteral("; ")),
            r.appliedBy.isEmpty() ? r.requesterName : r.appliedBy, stamp(r.appliedAt), r.reason });
    }
    return e;
}

QJsonObject dutyEvidenceJson(const DutyEvidence &e)
{
    return QJsonObject { { QStringLiteral("conflicts"), rowsJson(e.conflicts) },
        { QStringLiteral("exceptions"), rowsJson(e.exceptions) },
        { QStringLiteral("breakGlass"), rowsJson(e.breakGlass) } };
}

DutyEvidence dutyEvidenceFromJson(const QJsonObject &json)
{
    return { rowsFrom(json.value(QLatin1String("conflicts")), 6), rowsFrom(json.value(QLatin1String("exceptions")), 7),
        rowsFrom(json.value(QLatin1String("breakGlass")), 5) };
}

QString exceptionStateName(const QString &key)
{
    if (key == QLatin1String("in-force"))
        return QCoreApplication::translate("rs::review", "in force");
    if (key == QLatin1String("lapsed"))
        return QCoreApplication::translate("rs::review", "run out");
    if (key == QLatin1String("void"))
        return QCoreApplication::translate("rs::review", "void: the conflict it covered is gone");
    return key;
}

} // namespace rs::review
