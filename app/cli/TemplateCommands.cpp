// Roles that follow their template: template status, template propagate, link and unlink.
#include "Cli.h"

#include "domain/Links.h"
#include "domain/Rules.h"

#include <QCoreApplication>

namespace rs::cli {

namespace {

Result<const Role *> findTemplate(const Workspace &ws, const QString &name)
{
    if (const Role *t = ws.findTemplate(name))
        return t;
    return Error::notFound(
        QCoreApplication::translate("rs::cli", "There is no template named %1.").arg(printable(name)));
}

QString productionOf(const Workspace &ws, const Role &r)
{
    const Production *p = ws.production(r.production);
    return p ? p->name : QStringLiteral("-");
}

// The roles --role names (each with the --production at the same place, or the one --production for all); none named:
// every linked role of the template that is behind.
Result<QList<const Role *>> targets(Context &cx, const Workspace &ws, const Role &templ)
{
    QList<const Role *> out;
    const QStringList roles = cx.parser.values(QStringLiteral("role"));
    const QStringList productions = cx.parser.values(QStringLiteral("production"));
    if (roles.isEmpty()) {
        if (!productions.isEmpty())
            return Error::badInput(
                QCoreApplication::translate("rs::cli", "--production names the production of a --role."));
        for (const Role *r : links::linkedRoles(ws, templ.id)) {
            if (links::drift(ws, *r).behind > 0)
                out.append(r);
        }
        return out;
    }
    if (productions.size() > 1 && productions.size() != roles.size())
        return Error::badInput(
            QCoreApplication::translate("rs::cli", "Give one --production for every --role, or one for them all."));
    for (int i = 0; i < roles.size(); ++i) {
        const Role *r = nullptr;
        if (!productions.isEmpty()) {
            const auto p = cx.production(ws, productions.value(i, productions.first()));
            if (!p)
                return p.error();
            r = ws.findProductionRole(p.value()->id, roles.at(i));
        } else {
            r = ws.findAccountRole(roles.at(i));
        }
        if (!r || r->link.templ != templ.id)
            return Error::notFound(QCoreApplication::translate("rs::cli", "No role named %1 is linked to %2.")
                                       .arg(printable(roles.at(i)), printable(templ.name)));
        if (!out.contains(r))
            out.append(r);
    }
    return out;
}

int templateStatus(Context &cx, const Workspace &ws, const Role &templ)
{
    cx.out << "role\tproduction\tstate\tbehind\toverrides\tconflicts" << Qt::endl;
    bool behind = false;
    for (const Role *r : links::linkedRoles(ws, templ.id)) {
        const links::Drift d = links::drift(ws, *r);
        behind = behind || d.behind > 0;
        cx.out << r->name << '\t' << productionOf(ws, *r) << '\t' << links::stateKey(d.state)
               << (d.follow ? QStringLiteral(" (follow)") : QStringLiteral(" (pinned)")) << '\t' << d.behind << '\t'
               << d.overrides << '\t' << d.conflicts << Qt::endl;
    }
    return behind ? Denied : Done;
}

int templatePropagate(Context &cx, std::unique_ptr<Store> &store, const Role &templ)
{
    const Workspace &ws = store->workspace();
    const QString prefer = cx.value(QStringLiteral("prefer"));
    if (cx.isSet(QStringLiteral("prefer")) && prefer != QLatin1String("template") && prefer != QLatin1String("local"))
        return cx.fail(QCoreApplication::translate("rs::cli", "--prefer takes template or local."));
    const auto chosen = targets(cx, ws, templ);
    if (!chosen)
        return cx.fail(chosen.error());
    // Every cell that changes, every conflict and every cell a rule keeps, role by role.
    QStringList conflicts;
    QList<Change> changes;
    int cellsChanged = 0;
    for (const Role *r : chosen.value()) {
        const QString label = Rules::roleLabel(ws, *r);
        for (const links::Cell &c : links::drift(ws, *r).cells) {
            const QString feature = ws.feature(c.feature)->name;
            if (c.state == links::CellState::Conflict)
                conflicts.append(
                    QCoreApplication::translate("rs::cli", "%1: %2: conflict: the template has %3, the role %4.")
                        .arg(label, feature, c.templ.toText(), c.role.toText()));
            if (!c.forbidden.isEmpty())
                cx.out << QCoreApplication::translate("rs::cli", "%1: %2: the template's %3 not taken: %4")
                              .arg(label, feature, c.templ.toText(), c.forbidden)
                       << Qt::endl;
            const Levels to = links::merged(c, prefer == QLatin1String("template"));
            if (to != c.role) {
                ++cellsChanged;
                cx.out << QCoreApplication::translate("rs::cli", "%1: %2: %3 → %4")
                              .arg(label, feature, c.role.toText(), to.toText())
                       << Qt::endl;
            }
        }
        changes.append(Change::syncTemplate(r->id, prefer == QLatin1String("template")));
    }
    if (!conflicts.isEmpty() && !cx.isSet(QStringLiteral("prefer"))) {
        for (const QString &line : std::as_const(conflicts))
            cx.out << line << Qt::endl;
        return cx.fail(QCoreApplication::translate(
            "rs::cli", "%n conflict(s): choose --prefer template or --prefer local.", nullptr, int(conflicts.size())));
    }
    const int roles = int(changes.size());
    if (cx.isSet(QStringLiteral("dry-run"))) {
        cx.out << QCoreApplication::translate(
            "rs::cli", "Would bring %n role(s) in step with %1; nothing changed.", nullptr, roles)
                      .arg(templ.name)
               << Qt::endl;
        return Done;
    }
    if (!changes.isEmpty()) {
        if (Status s = store->applyAll(changes); !s)
            return cx.fail(s.error());
    }
    cx.out
        << QCoreApplication::translate("rs::cli", "Brought %n role(s) in step with %1.", nullptr, roles).arg(templ.name)
        << ' ' << QCoreApplication::translate("rs::cli", "%n cell(s) changed.", nullptr, cellsChanged) << Qt::endl;
    return Done;
}

int templateCommand(Context &cx)
{
    const QString what = cx.args.at(0);
    if (what != QLatin1String("status") && what != QLatin1String("propagate"))
        return cx.fail(
            QCoreApplication::translate("rs::cli", "template takes status or propagate, not %1.").arg(printable(what)));
    const bool status = what == QLatin1String("status");
    auto store = cx.open(status ? Store::Access::ReadOnly : Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const auto templ = findTemplate(store.value()->workspace(), cx.args.at(1));
    if (!templ)
        return cx.fail(templ.error());
    if (status)
        return templateStatus(cx, store.value()->workspace(), *templ.value());
    return templatePropagate(cx, store.value(), *templ.value());
}

int unlink(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto role = cx.role(ws, cx.args.at(0));
    if (!role)
        return cx.fail(role.error());
    Change change = Change::unlinkRole(role.value()->id);
    const QString done = change.describe(ws) + QLatin1Char('.');
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    cx.out << done << Qt::endl;
    return Done;
}

int link(Context &cx)
{
    if (cx.isSet(QStringLiteral("follow")) && cx.isSet(QStringLiteral("pinned")))
        return cx.fail(QCoreApplication::translate("rs::cli", "A link follows its template or is pinned, not both."));
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto role = cx.role(ws, cx.args.at(0));
    if (!role)
        return cx.fail(role.error());
    const auto templ = findTemplate(ws, cx.args.at(1));
    if (!templ)
        return cx.fail(templ.error());
    Change change = Change::linkRole(role.value()->id, templ.value()->id, cx.isSet(QStringLiteral("follow")));
    const QString done = change.describe(ws) + QLatin1Char('.');
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    const Role &linked = *store.value()->workspace().role(role.value()->id);
    cx.out << done << ' '
           << QCoreApplication::translate(
                  "rs::cli", "%n local change(s).", nullptr, links::localChanges(store.value()->workspace(), linked))
           << Qt::endl;
    return Done;
}

} // namespace

void registerTemplateCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("template"),
            QStringLiteral("template status T | template propagate T [--role R [--production P]]... "
                           "[--prefer template|local] [--dry-run]"),
            2, 2, &templateCommand },
        { QStringLiteral("unlink"), QStringLiteral("unlink ROLE [--production P]"), 1, 1, &unlink },
        { QStringLiteral("link"), QStringLiteral("link ROLE TEMPLATE [--production P] [--follow | --pinned]"), 2, 2,
            &link },
    };
}

} // namespace rs::cli
