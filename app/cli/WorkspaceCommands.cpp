// init, roles, show, grant, revoke, set, create-role, delete-role and check.
#include "Cli.h"

#include "domain/Access.h"
#include "domain/DefaultWorkspace.h"
#include "domain/Rules.h"

#include <QCoreApplication>
#include <QFile>

namespace rs::cli {

namespace {

QString roleKind(const Role &role)
{
    if (role.isTemplate)
        return QCoreApplication::translate("rs::cli", "template");
    if (role.isLocked())
        return QCoreApplication::translate("rs::cli", "built-in");
    return QCoreApplication::translate("rs::cli", "custom");
}

QString scopeName(Scope scope)
{
    return scope == Scope::Account ? QCoreApplication::translate("rs::cli", "account")
                                   : QCoreApplication::translate("rs::cli", "production");
}

int init(Context &cx)
{
    const QString owner
        = cx.isSet(QStringLiteral("owner")) ? cx.value(QStringLiteral("owner")) : QStringLiteral("Owner");
    const QString name = cx.isSet(QStringLiteral("name")) ? cx.value(QStringLiteral("name")) : QStringLiteral("Studio");
    if (Status s = Rules::checkName(owner, QCoreApplication::translate("rs::cli", "member")); !s)
        return cx.fail(s.error());
    if (Status s = Rules::checkName(name, QCoreApplication::translate("rs::cli", "workspace")); !s)
        return cx.fail(s.error());
    // The names as checked: trimmed.
    const auto store = Store::create(
        cx.database(), DefaultWorkspace::create(Rules::normalizedName(owner), Rules::normalizedName(name)));
    if (!store)
        return cx.fail(store.error());
    cx.out << QCoreApplication::translate(
        "rs::cli", "Created %1 with the default catalog, the built-in roles and the Production template.")
                  .arg(cx.database())
           << Qt::endl;
    return Done;
}

int roles(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    QList<const Role *> list;
    if (cx.isSet(QStringLiteral("production"))) {
        const auto p = cx.production(ws, cx.value(QStringLiteral("production")));
        if (!p)
            return cx.fail(p.error());
        list = ws.productionRoles(p.value()->id);
    } else {
        list = ws.accountRoles() + ws.templates();
        for (const Role *r : ws.productionRoles(0))
            list.append(r);
    }
    for (const Role *r : list) {
        const int holders = int(ws.holders(r->id).size());
        cx.out << r->name << '\t' << scopeName(r->scope) << '\t' << roleKind(*r) << '\t'
               << QCoreApplication::translate("rs::cli", "holders: %1").arg(holders) << Qt::endl;
    }
    return Done;
}

int show(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto role = cx.role(ws, cx.args.at(0));
    if (!role)
        return cx.fail(role.error());
    const Role &r = *role.value();
    cx.out << r.name << " — " << roleKind(r) << ", " << scopeName(r.scope) << Qt::endl;
    if (!r.guardrails.isEmpty())
        cx.out << QCoreApplication::translate("rs::cli", "Guardrails: no %1 features").arg(r.guardrails.toText())
               << Qt::endl;
    int width = 8;
    for (const Feature &f : ws.features())
        width = std::max(width, int(f.name.size()) + 2);
    cx.out << Qt::endl
           << QStringLiteral("%1  %2 %3 %4 %5  %6")
                  .arg(QCoreApplication::translate("rs::cli", "Feature").leftJustified(width),
                      levelName(Level::View).leftJustified(6), levelName(Level::Add).leftJustified(6),
                      levelName(Level::Edit).leftJustified(6), levelName(Level::Delete).leftJustified(6),
                      QCoreApplication::translate("rs::cli", "Levels"))
           << Qt::endl;
    for (const Section &s : ws.sections()) {
        cx.out << s.name << Qt::endl;
        for (const Feature *f : ws.featuresOf(s.id)) {
            const Levels l = ws.grant(r, *f);
            auto mark = [&](Level level) { return l.has(level) ? QStringLiteral("x") : QStringLiteral("."); };
            // One multi-argument arg(): a feature named "Jobs %2" stays as typed.
            cx.out << QStringLiteral("  %1  %2 %3 %4 %5  %6%7")
                          .arg(f->name.leftJustified(width - 2), mark(Level::View).leftJustified(6),
                              mark(Level::Add).leftJustified(6), mark(Level::Edit).leftJustified(6),
                              mark(Level::Delete).leftJustified(6), l.toText(),
                              l.lacksView() ? QCoreApplication::translate("rs::cli", " (without View)") : QString())
                   << Qt::endl;
        }
    }
    return Done;
}

int changeGrant(Context &cx, int mode)
{
    const auto levels = Levels::parseArgument(cx.args.at(2));
    if (!levels)
        return cx.fail(levels.error());
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    const auto role = cx.role(ws, cx.args.at(0));
    if (!role)
        return cx.fail(role.error());
    const auto feature = cx.feature(ws, cx.args.at(1));
    if (!feature)
        return cx.fail(feature.error());
    const Levels current = ws.grant(*role.value(), *feature.value());
    const Levels wanted = mode == 0 ? current.with(levels.value())
        : mode == 1                 ? current.without(levels.value())
                                    : levels.value();
    Change change = Change::setGrant(role.value()->id, feature.value()->id, wanted);
    const QString roleName = role.value()->name, featureName = feature.value()->name;
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    cx.out
        << QCoreApplication::translate("rs::cli", "%1 now holds %2 on %3.").arg(roleName, wanted.toText(), featureName)
        << Qt::endl;
    return Done;
}

int grant(Context &cx)
{
    return changeGrant(cx, 0);
}
int revoke(Context &cx)
{
    return changeGrant(cx, 1);
}
int set(Context &cx)
{
    return changeGrant(cx, 2);
}

int createRole(Context &cx)
{
    const bool account = cx.isSet(QStringLiteral("account"));
    const bool production = cx.isSet(QStringLiteral("production"));
    if (account == production)
        return cx.fail(
            QCoreApplication::translate("rs::cli", "Say where the role lives: --account or --production NAME."));
    if (cx.isSet(QStringLiteral("from")) && cx.isSet(QStringLiteral("template")))
        return cx.fail(QCoreApplication::translate("rs::cli", "Copy from a role or from a template, not both."));
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    Id productionId = 0;
    if (production) {
        const auto p = cx.production(ws, cx.value(QStringLiteral("production")));
        if (!p)
            return cx.fail(p.error());
        productionId = p.value()->id;
    }
    Id source = 0;
    if (cx.isSet(QStringLiteral("template"))) {
        const Role *t = ws.findTemplate(cx.value(QStringLiteral("template")));
        if (!t)
            return cx.fail(QCoreApplication::translate("rs::cli", "There is no template named %1.")
                               .arg(printable(cx.value(QStringLiteral("template")))));
        source = t->id;
    } else if (cx.isSet(QStringLiteral("from"))) {
        const QString from = cx.value(QStringLiteral("from"));
        const Role *r = production ? ws.findProductionRole(productionId, from) : nullptr;
        if (!r)
            r = ws.findAccountRole(from);
        if (!r)
            r = ws.findProductionRole(0, from);
        if (!r)
            return cx.fail(
                QCoreApplication::translate("rs::cli", "There is no role named %1 to copy from.").arg(printable(from)));
        source = r->id;
    }
    Change change
        = Change::createRole(cx.args.at(0), production ? Scope::Production : Scope::Account, productionId, source);
    // Made from a template, the role stays linked to it: pinned unless --follow, in the same step.
    if (cx.isSet(QStringLiteral("template"))) {
        if (cx.isSet(QStringLiteral("follow")) && cx.isSet(QStringLiteral("pinned")))
            return cx.fail(
                QCoreApplication::translate("rs::cli", "A link follows its template or is pinned, not both."));
        change.role = ws.nextId();
        QList<Change> both { change, Change::linkRole(change.role, source, cx.isSet(QStringLiteral("follow"))) };
        if (Status s = store.value()->applyAll(both); !s)
            return cx.fail(s.error());
        change = both.first();
    } else if (cx.isSet(QStringLiteral("follow")) || cx.isSet(QStringLiteral("pinned"))) {
        return cx.fail(QCoreApplication::translate("rs::cli", "--follow and --pinned link a role made --template T."));
    } else if (auto r = store.value()->apply(change); !r) {
        return cx.fail(r.error());
    }
    cx.out << QCoreApplication::translate("rs::cli", "Created role %1.")
                  .arg(store.value()->workspace().role(change.role)->name)
           << Qt::endl;
    return Done;
}

int deleteRole(Context &cx)
{
    auto store = cx.open(Store::Access::ReadWrite);
    if (!store)
        return cx.fail(store.error());
    const auto role = cx.role(store.value()->workspace(), cx.args.at(0));
    if (!role)
        return cx.fail(role.error());
    const QString name = role.value()->name;
    Change change = Change::deleteRole(role.value()->id);
    if (auto r = store.value()->apply(change); !r)
        return cx.fail(r.error());
    cx.out << QCoreApplication::translate("rs::cli", "Deleted role %1.").arg(name) << Qt::endl;
    return Done;
}

// Resolves one request of `check`; an error names what is unknown.
struct Request
{
    const Member *member = nullptr;
    const Production *production = nullptr;
    const Feature *feature = nullptr;
    Level level = Level::View;
};

Result<Request> resolve(Context &cx, const Workspace &ws, const QStringList &parts)
{
    Request r;
    const auto m = cx.member(ws, parts.at(0));
    if (!m)
        return m.error();
    const auto p = cx.production(ws, parts.at(1));
    if (!p)
        return p.error();
    const auto f = cx.feature(ws, parts.at(2));
    if (!f)
        return f.error();
    const auto l = parseLevel(parts.at(3));
    if (!l)
        return l.error();
    return Request { m.value(), p.value(), f.value(), l.value() };
}

int checkBatch(Context &cx, const Workspace &ws)
{
    const QString path = cx.value(QStringLiteral("batch"));
    QFile file;
    const bool opened = path == QLatin1String("-") ? file.open(stdin, QIODevice::ReadOnly)
                                                   : (file.setFileName(path), file.open(QIODevice::ReadOnly));
    if (!opened)
        return cx.fail(QCoreApplication::translate("rs::cli", "%1 cannot be read.").arg(printable(path)));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const Result<QDateTime> at = cx.moment(ws);
    if (!at)
        return cx.fail(at.error());
    const AccessIndex index(ws, at.value());
    QString output;
    for (int i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.isEmpty())
            continue;
        const QStringList parts = line.split(QLatin1Char('\t'));
        if (parts.size() != 4)
            return cx.fail(QCoreApplication::translate(
                "rs::cli", "Line %1: expected MEMBER, PRODUCTION, FEATURE and LEVEL separated by tabs.")
                               .arg(i + 1));
        const auto request = resolve(cx, ws, parts);
        if (!request)
            return cx.fail(
                QCoreApplication::translate("rs::cli", "Line %1: %2").arg(i + 1).arg(request.error().message));
        const bool allowed
            = index.allowed(index.memberIndex(request->member->id), index.productionIndex(request->production->id),
                index.featureIndex(request->feature->id), request->level, index.moment());
        output += line + QLatin1Char('\t') + (allowed ? QLatin1String("allowed") : QLatin1String("denied"))
            + QLatin1Char('\n');
    }
    cx.out << output;
    return Done;
}

int check(Context &cx)
{
    auto store = cx.open(Store::Access::ReadOnly);
    if (!store)
        return cx.fail(store.error());
    const Workspace &ws = store.value()->workspace();
    if (cx.isSet(QStringLiteral("batch"))) {
        if (!cx.args.isEmpty())
            return cx.fail(QCoreApplication::translate(
                "rs::cli", "check --batch takes its requests from the file, not from arguments."));
        return checkBatch(cx, ws);
    }
    if (cx.args.size() != 4)
        return cx.fail(
            QCoreApplication::translate("rs::cli", "Usage: rolesheet-cli check MEMBER PRODUCTION FEATURE LEVEL"));
    const auto request = resolve(cx, ws, cx.args);
    if (!request)
        return cx.fail(request.error());
    const Result<QDateTime> at = cx.moment(ws);
    if (!at)
        return cx.fail(at.error());
    const EffectiveAccess access
        = effectiveAccess(ws, request->member->id, request->production->id, request->feature->id, at.value());
    const QString level = levelName(request->level).toLower();
    if (!access.levels.has(request->level)) {
        // A seat or account role that would grant it at another time says why it does not now.
        for (const Lapse &lapse : access.lapsed) {
            if (lapse.levels.has(request->level)) {
                cx.out << QCoreApplication::translate("rs::cli", "denied: %1 may not %2 %3 in %4; %5")
                              .arg(request->member->name, level, request->feature->name, request->production->name,
                                  describeLapse(ws, request->member->id, lapse))
                       << Qt::endl;
                return Denied;
            }
        }
        cx.out << QCoreApplication::translate("rs::cli", "denied: %1 may not %2 %3 in %4; no role grants it.")
                      .arg(request->member->name, level, request->feature->name, request->production->name)
               << Qt::endl;
        return Denied;
    }
    const QString what = QCoreApplication::translate("rs::cli", "%1 may %2 %3 in %4")
                             .arg(request->member->name, level, request->feature->name, request->production->name);
    QStringList by;
    for (Id roleId : access.grantedBy(request->level)) {
        const Role *r = ws.role(roleId);
        const bool seat = std::any_of(access.sources.cbegin(), access.sources.cend(),
            [&](const Provenance &p) { return p.role == roleId && p.production; });
        by << (seat ? QCoreApplication::translate("rs::cli", "%1 (production role in %2)")
                          .arg(r->name, request->production->name)
                    : QCoreApplication::translate("rs::cli", "%1 (account role)").arg(r->name));
    }
    cx.out << QCoreApplication::translate("rs::cli", "allowed: %1, granted by %2.")
                  .arg(what, by.join(QStringLiteral("; ")))
           << Qt::endl;
    return Done;
}

} // namespace

void registerWorkspaceCommands(QList<Command> &commands)
{
    commands += {
        { QStringLiteral("init"), QStringLiteral("init [--owner NAME] [--name STUDIO]"), 0, 0, &init },
        { QStringLiteral("roles"), QStringLiteral("roles [--production P]"), 0, 0, &roles },
        { QStringLiteral("show"), QStringLiteral("show ROLE [--production P]"), 1, 1, &show },
        { QStringLiteral("grant"), QStringLiteral("grant ROLE FEATURE LEVELS [--production P]"), 3, 3, &grant },
        { QStringLiteral("revoke"), QStringLiteral("revoke ROLE FEATURE LEVELS [--production P]"), 3, 3, &revoke },
        { QStringLiteral("set"), QStringLiteral("set ROLE FEATURE LEVELS [--production P]"), 3, 3, &set },
        { QStringLiteral("create-role"),
            QStringLiteral(
                "create-role NAME (--account | --production P) [--from ROLE | --template T [--follow | --pinned]]"),
            1, 1, &createRole },
        { QStringLiteral("delete-role"), QStringLiteral("delete-role ROLE [--production P]"), 1, 1, &deleteRole },
        { QStringLiteral("check"),
            QStringLiteral(
                "check MEMBER PRODUCTION FEATURE LEVEL [--at DATE-TIME] | check --batch FILE|- [--at DATE-TIME]"),
            0, 4, &check },
    };
}

} // namespace rs::cli
