// members, productions, add-member, set-account-role, transfer-ownership, create-production and invite.
#include "Cli.h"

#include <QCoreApplication>

namespace rs::cli {

namespace {

// Opens the workspace for a change, applies it and prints `done` when it was accepted.
int applyOne(Context &cx, Store &store, Change change, const QString &done)
{
    if (auto r = store.apply(change); !r)
        return cx.fail(r.error());
    cx.out << done << Qt::endl;
    return Done;
}

int members(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    for (const Member &m : ws.members()) {
        const Role *r = ws.role(m.accountRole);
        cx.out << m.name << '\t' << (r ? r->name : QCoreApplication::translate("rs::cli", "no account role"))
               << Qt::endl;
    }
    return Done;
}

int productions(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    QHash<Id, int> teamSizes;
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it)
        ++teamSizes[it.key().production];
    for (const Production &p : ws.productions()) {
        const Member *by = ws.member(p.createdBy);
        cx.out << p.name << '\t' << (by ? by->name : QString()) << '\t'
               << QCoreApplication::translate("rs::cli", "team: %1").arg(teamSizes.value(p.id)) << Qt::endl;
    }
    return Done;
}

int addMember(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    Id role = 0;
    if (cx.isSet(QStringLiteral("account-role"))) {
        const auto r = cx.accountRole(store.value()->workspace(), cx.value(QStringLiteral("account-role")));
        if (!r)
            return cx.fail(r.error());
        role = r.value()->id;
    }
    return applyOne(cx, *store.value(), Change::addMember(cx.args.at(0), role),
        QCoreApplication::translate("rs::cli", "Added member %1.").arg(cx.args.at(0).trimmed()));
}

int setAccountRole(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto m = cx.member(ws, cx.args.at(0));
    if (!m)
        return cx.fail(m.error());
    Id role = 0;
    if (cx.args.at(1).compare(QLatin1String("none"), Qt::CaseInsensitive) != 0) {
        const auto r = cx.accountRole(ws, cx.args.at(1));
        if (!r)
            return cx.fail(r.error());
        role = r.value()->id;
    }
    const Result<QDateTime> until = cx.when(ws, QStringLiteral("until"), dates::Edge::End);
    if (!until)
        return cx.fail(until.error());
    QString done = QCoreApplication::translate("rs::cli", "%1 now holds %2.")
                       .arg(m.value()->name,
                           role ? ws.role(role)->name : QCoreApplication::translate("rs::cli", "no account role"));
    if (until.value().isValid())
        done = QCoreApplication::translate("rs::cli", "%1 now holds %2 until %3.")
                   .arg(m.value()->name, ws.role(role) ? ws.role(role)->name : QString(),
                       dates::dateTime(until.value(), ws.timeZone()));
    return applyOne(cx, *store.value(), Change::setAccountRole(m.value()->id, role, until.value()), done);
}

int transferOwnership(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto m = cx.member(ws, cx.args.at(0));
    if (!m)
        return cx.fail(m.error());
    const Member *old = ws.member(ws.owner());
    const QString done = QCoreApplication::translate("rs::cli", "%1 is now the Admin & owner; %2 is an Admin.")
                             .arg(m.value()->name, old ? old->name : QString());
    return applyOne(cx, *store.value(), Change::transferOwnership(m.value()->id), done);
}

int createProduction(Context &cx)
{
    if (!cx.isSet(QStringLiteral("by")))
        return cx.fail(
            QCoreApplication::translate("rs::cli", "Name the member who creates the production with --by MEMBER."));
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const auto m = cx.member(store.value()->workspace(), cx.value(QStringLiteral("by")));
    if (!m)
        return cx.fail(m.error());
    return applyOne(cx, *store.value(), Change::createProduction(cx.args.at(0), m.value()->id),
        QCoreApplication::translate("rs::cli", "Created production %1.").arg(cx.args.at(0).trimmed()));
}

int invite(Context &cx)
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
    Id role = 0;
    if (cx.isSet(QStringLiteral("role"))) {
        const Role *r = ws.findProductionRole(p.value()->id, cx.value(QStringLiteral("role")));
        if (!r)
            return cx.fail(QCoreApplication::translate("rs::cli", "Production %1 has no role named %2.")
                               .arg(printable(p.value()->name), printable(cx.value(QStringLiteral("role")))));
        role = r->id;
    }
    const Result<QDateTime> from = cx.when(ws, QStringLiteral("from"), dates::Edge::Start);
    if (!from)
        return cx.fail(from.error());
    const Result<QDateTime> until = cx.when(ws, QStringLiteral("until"), dates::Edge::End);
    if (!until)
        return cx.fail(until.error());
    const Role *given = ws.role(role ? role : ws.builtInRole(BuiltIn::ProductionMember));
    QString done = QCoreApplication::translate("rs::cli", "%1 joins %2 as %3.")
                       .arg(m.value()->name, p.value()->name, given->name);
    if (until.value().isValid())
        done = QCoreApplication::translate("rs::cli", "%1 joins %2 as %3 until %4.")
                   .arg(m.value()->name, p.value()->name, given->name, dates::dateTime(until.value(), ws.timeZone()));
    return applyOne(
        cx, *store.value(), Change::invite(p.value()->id, m.value()->id, role, from.value(), until.value()), done);
}

} // namespace

void registerMemberCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("members"), QStringLiteral("members"), 0, 0, &members },
        { QStringLiteral("productions"), QStringLiteral("productions"), 0, 0, &productions },
        { QStringLiteral("add-member"), QStringLiteral("add-member NAME [--account-role ROLE]"), 1, 1, &addMember },
        { QStringLiteral("set-account-role"), QStringLiteral("set-account-role MEMBER ROLE [--until DATE|none]"), 2, 2,
            &setAccountRole },
        { QStringLiteral("transfer-ownership"), QStringLiteral("transfer-ownership MEMBER"), 1, 1, &transferOwnership },
        { QStringLiteral("create-production"), QStringLiteral("create-production NAME --by MEMBER"), 1, 1,
            &createProduction },
        { QStringLiteral("invite"),
            QStringLiteral("invite MEMBER PRODUCTION [--role ROLE] [--from DATE] [--until DATE]"), 2, 2, &invite },
    };
}

} // namespace rs::cli
