// Access that ends: set-seat-dates, set-production-end, set-time-zone, expiring and sweep.
#include "Cli.h"

#include "domain/Expiry.h"
#include "domain/TimeZones.h"

#include <QCoreApplication>

namespace rs::cli {

namespace {

int setSeatDates(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto m = cx.member(ws, cx.args.at(0));
    if (!m)
        return cx.fail(m.error());
    const auto p = cx.production(ws, cx.args.at(1));
    if (!p)
        return cx.fail(p.error());
    if (!cx.isSet(QStringLiteral("from")) && !cx.isSet(QStringLiteral("until")))
        return cx.fail(QCoreApplication::translate("rs::cli", "Give --from DATE, --until DATE or both (none clears)."));
    // A date not given stays as it is.
    const SeatTerm term = ws.seatTerm(SeatKey { p.value()->id, m.value()->id });
    const Result<QDateTime> from = cx.when(ws, QStringLiteral("from"), dates::Edge::Start);
    if (!from)
        return cx.fail(from.error());
    const Result<QDateTime> until = cx.when(ws, QStringLiteral("until"), dates::Edge::End);
    if (!until)
        return cx.fail(until.error());
    Change change = Change::setSeatDates(p.value()->id, m.value()->id,
        cx.isSet(QStringLiteral("from")) ? from.value() : term.from,
        cx.isSet(QStringLiteral("until")) ? until.value() : term.until);
    const QString done = change.describe(ws) + QLatin1Char('.');
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    cx.out << done << Qt::endl;
    return Done;
}

int setProductionEnd(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto p = cx.production(ws, cx.args.at(0));
    if (!p)
        return cx.fail(p.error());
    QDateTime wrap;
    if (cx.args.at(1).compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        const Result<QDateTime> at = dates::parse(cx.args.at(1), ws.timeZone(), dates::Edge::End);
        if (!at)
            return cx.fail(at.error());
        wrap = at.value();
    }
    Change change = Change::setProductionEnd(p.value()->id, wrap);
    const QString done = change.describe(ws) + QLatin1Char('.');
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    cx.out << done << Qt::endl;
    return Done;
}

int setTimeZone(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const QString zone = cx.args.at(0).compare(QLatin1String("system"), Qt::CaseInsensitive) == 0
        ? QString()
        : cx.args.at(0).trimmed();
    // An alias the zone database does not list ("Etc/UTC") is stored as the listed zone it stands for ("UTC").
    const QByteArray listed = dates::listedTimeZone(zone.toLatin1());
    Change change = Change::setTimeZone(listed.isEmpty() ? zone.toLatin1() : listed);
    const QString done = change.describe(store.value()->workspace()) + QLatin1Char('.');
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    cx.out << done << Qt::endl;
    return Done;
}

int expiring(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const Result<QDateTime> at = cx.moment(ws);
    if (!at)
        return cx.fail(at.error());
    int days = 14;
    if (cx.isSet(QStringLiteral("within"))) {
        bool ok = false;
        days = cx.value(QStringLiteral("within")).toInt(&ok);
        if (!ok || days < 0 || days > 36600)
            return cx.fail(QCoreApplication::translate("rs::cli", "--within takes a number of days from 0 to 36600."));
    }
    const QTimeZone zone = ws.timeZone();
    for (const Expiry &e : endingWithin(ws, at.value(), at.value().addDays(days))) {
        const Member *m = ws.member(e.member);
        const Production *p = ws.production(e.production);
        const Role *r = ws.role(e.role);
        cx.out << (m ? m->name : QString()) << '\t'
               << (p ? p->name : QCoreApplication::translate("rs::cli", "(account role)")) << '\t'
               << (r ? r->name : QString()) << '\t' << e.until.toTimeZone(zone).toString(Qt::ISODate) << Qt::endl;
    }
    return Done;
}

int sweep(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Result<QDateTime> at = cx.moment(store.value()->workspace());
    if (!at)
        return cx.fail(at.error());
    // Another sweep may remove the same seats at the same time: its commit makes this one's a conflict, and this
    // one reads the workspace again and removes only what is still there, so each removal is recorded once.
    for (int attempt = 0; attempt < 5; ++attempt) {
        if (attempt > 0) {
            if (Status s = store.value()->reload(); !s)
                return cx.fail(s.error());
        }
        QList<Change> changes = sweepChanges(store.value()->workspace(), at.value());
        if (changes.isEmpty()) {
            cx.out << QCoreApplication::translate("rs::cli", "Nothing has ended; nothing was removed.") << Qt::endl;
            return Done;
        }
        int seats = 0;
        for (const Change &c : changes)
            seats += c.kind == Change::Kind::Uninvite ? 1 : 0;
        const int accountRoles = int(changes.size()) - seats;
        const Status s = store.value()->applyAll(changes);
        if (s) {
            cx.out << QCoreApplication::translate("rs::cli", "Removed %n ended seats", nullptr, seats)
                   << QCoreApplication::translate("rs::cli", " and %n ended account roles.", nullptr, accountRoles)
                   << Qt::endl;
            return Done;
        }
        if (s.error().code != Error::Code::Conflict)
            return cx.fail(s.error());
    }
    return cx.fail(QCoreApplication::translate(
        "rs::cli", "Other editors kept changing the workspace; nothing was removed. Run sweep again."));
}

} // namespace

void registerExpiryCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("set-seat-dates"),
            QStringLiteral("set-seat-dates MEMBER PRODUCTION [--from DATE|none] [--until DATE|none]"), 2, 2,
            &setSeatDates },
        { QStringLiteral("set-production-end"), QStringLiteral("set-production-end PRODUCTION DATE|none"), 2, 2,
            &setProductionEnd },
        { QStringLiteral("set-time-zone"), QStringLiteral("set-time-zone ZONE|system"), 1, 1, &setTimeZone },
        { QStringLiteral("expiring"), QStringLiteral("expiring [--within DAYS] [--at DATE-TIME]"), 0, 0, &expiring },
        { QStringLiteral("sweep"), QStringLiteral("sweep [--at DATE-TIME]"), 0, 0, &sweep },
    };
}

} // namespace rs::cli
