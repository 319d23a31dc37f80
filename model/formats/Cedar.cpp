#include "Cedar.h"

#include "Csv.h"
#include "domain/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rs::formats {

namespace {

const QLatin1String kNamespace("Rolesheet");
// The group of the actions on account-scoped features: where an "invited productions only" account role needs no
// seat.
const QLatin1String kAccountFeatures("account_features");

QString entity(const char *type, const QString &id)
{
    return kNamespace + QStringLiteral("::") + QLatin1String(type) + QStringLiteral("::")
        + CedarPolicy::stringLiteral(id);
}

QString datetime(const QDateTime &at)
{
    return QStringLiteral("datetime(\"%1\")").arg(dates::iso(at));
}

// Level names in mapping.csv stay English whatever the language of the person exporting: files are read by machines.
QString levelNameInFiles(Level level)
{
    QString name = levelKey(level);
    name[0] = name.at(0).toUpper();
    return name;
}

bool bySeat(const SeatKey &a, const SeatKey &b)
{
    return a.member != b.member ? a.member < b.member : a.production < b.production;
}

// The owner and Admins administer every production: as Production administrator, whatever their seats say.
bool administers(const Workspace &ws, Id member)
{
    const Member *m = ws.member(member);
    return m && m->accountRole
        && (m->accountRole == ws.builtInRole(BuiltIn::Owner) || m->accountRole == ws.builtInRole(BuiltIn::Admin));
}

bool reachesAll(const Role &role)
{
    return role.builtIn == BuiltIn::Owner || role.builtIn == BuiltIn::Admin || !role.invitedOnly;
}

// What one role grants as Cedar sees it: the actions of its group.
struct RoleActions
{
    bool account = false; // grants a level of an account-scoped feature
    bool production = false; // grants a level of a production-scoped feature
    bool any() const { return account || production; }
};

// A holding's time: from its first instant to its last, both included; an invalid end is open.
QString termCondition(const QDateTime &from, const QDateTime &until)
{
    QStringList parts;
    if (from.isValid())
        parts << datetime(from) + QStringLiteral(" <= context.now");
    if (until.isValid())
        parts << QStringLiteral("context.now <= ") + datetime(until);
    return parts.join(QStringLiteral(" && "));
}

QString annotation(const char *key, const QString &value)
{
    return QLatin1Char('@') + QLatin1String(key) + QLatin1Char('(') + CedarPolicy::stringLiteral(value)
        + QStringLiteral(")\n");
}

QString jsonLine(const QJsonObject &object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QJsonObject uid(const char *type, const QString &id)
{
    const QString typeName = kNamespace + QStringLiteral("::") + QLatin1String(type);
    return QJsonObject { { QStringLiteral("type"), typeName },
        { QStringLiteral("id"), id } };
}

} // namespace

QString CedarPolicy::stringLiteral(const QString &text)
{
    QString out;
    out.reserve(text.size() + 2);
    out += QLatin1Char('"');
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text.at(i).unicode();
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
        {
            c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        else if (QChar::isSurrogate(c))
            c = 0xFFFD; // unpaired: Cedar holds Unicode scalar values only
        switch (c) {
        case U'"':
            out += QStringLiteral("\\\"");
            continue;
        case U'\\':
            out += QStringLiteral("\\\\");
            continue;
        case U'\n':
            out += QStringLiteral("\\n");
            continue;
        case U'\r':
            out += QStringLiteral("\\r");
            continue;
        case U'\t':
            out += QStringLiteral("\\t");
            continue;
        default:
            break;
        }
        const QChar::Category category = QChar::category(c);
        if (category == QChar::Other_Control || category == QChar::Other_Format || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph || category == QChar::Other_Surrogate
            || category == QChar::Other_NotAssigned)
            out += QStringLiteral("\\u{%1}").arg(uint(c), 0, 16);
        else if (QChar::requiresSurrogates(c)) {
            out += QChar(QChar::highSurrogate(c));
            out += QChar(QChar::lowSurrogate(c));
        } else {
            out += QChar(c);
        }
    }
    out += QLatin1Char('"');
    return out;
}

CedarPolicy CedarPolicy::build(const Workspace &ws)
{
    CedarPolicy result;
    const QList<Feature> &features = ws.features();

    // The role groups of every action, and what each role grants. A production role counts only for production
    // features (rule 6); templates are not policy.
    std::vector<QStringList> parents(size_t(features.size()) * 4);
    QHash<Id, RoleActions> granted;
    for (const Role &r : ws.roles()) {
        if (r.isTemplate)
            continue;
        RoleActions &actions = granted[r.id];
        for (int fi = 0; fi < features.size(); ++fi) {
            const Feature &f = features.at(fi);
            if (r.scope == Scope::Production && f.scope != Scope::Production)
                continue;
            const Levels levels = ws.grant(r, f);
            if (levels.isNone())
                continue;
            (f.scope == Scope::Production ? actions.production : actions.account) = true;
            for (int li = 0; li < 4; ++li) {
                if (levels.has(kAllLevels[li]))
                    parents[size_t(fi) * 4 + size_t(li)] << roleId(r.id);
            }
        }
    }

    // Schema: the entity types, the context of every request, the groups, then the actions.
    QString schema = QStringLiteral(
        "// Rolesheet workspace: members ask for feature:level actions on productions at context.now (CEDAR.md).\n"
        "namespace Rolesheet {\n"
        "    entity Member = { \"name\": String };\n"
        "    entity Production = { \"name\": String };\n"
        "    type Context = { \"now\": __cedar::datetime };\n\n");
    schema += QStringLiteral("    action \"view\", \"add\", \"edit\", \"delete\";\n");
    bool anyAccountFeature = false;
    for (const Feature &f : features) {
        schema += QStringLiteral("    action \"%1\";\n").arg(featureId(f.id));
        anyAccountFeature = anyAccountFeature || f.scope != Scope::Production;
    }
    if (anyAccountFeature)
        schema += QStringLiteral("    action \"%1\";\n").arg(kAccountFeatures);
    for (const Role &r : ws.roles()) {
        if (granted.value(r.id).any())
            schema += QStringLiteral("    action \"%1\";\n").arg(roleId(r.id));
    }
    for (int fi = 0; fi < features.size(); ++fi) {
        const Feature &f = features.at(fi);
        for (int li = 0; li < 4; ++li) {
            schema += QStringLiteral("    action \"") + actionId(f.id, kAllLevels[li]) + QStringLiteral("\" in [\"")
                + featureId(f.id) + QStringLiteral("\", \"") + levelKey(kAllLevels[li]) + QLatin1Char('"');
            if (f.scope != Scope::Production)
                schema += QStringLiteral(", \"") + kAccountFeatures + QLatin1Char('"');
            for (const QString &role : parents[size_t(fi) * 4 + size_t(li)]) {
                schema += QStringLiteral(", \"");
                schema += role;
                schema += QLatin1Char('"');
            }
            schema += QStringLiteral("] appliesTo {\n"
                                     "        principal: [Member],\n"
                                     "        resource: [Production],\n"
                                     "        context: Context\n"
                                     "    };\n");
        }
    }
    schema += QStringLiteral("}\n");
    result.schema = schema.toUtf8();

    // Policies: one for each member's account role, one for each seat.
    QList<SeatKey> seats = ws.seats().keys();
    std::sort(seats.begin(), seats.end(), bySeat);
    QHash<Id, QList<SeatKey>> seatsOf;
    for (const SeatKey &k : std::as_const(seats))
        seatsOf[k.member].append(k);
    QString policies;
    QList<QStringList> policyRows;
    const auto permit = [&](const QString &id, const Member &m, const Role &r, const Production *p,
                            const QStringList &conditions) {
        policies += annotation("id", id);
        policies += annotation("holding",
            p                                ? QStringLiteral("seat")
                : r.scope == Scope::Production ? QStringLiteral("every production")
                                               : QStringLiteral("account role"));
        policies += annotation("member", m.name);
        policies += annotation("role", r.name);
        if (p)
            policies += annotation("production", p->name);
        policies += QStringLiteral("permit (\n    principal == %1,\n    action in %2,\n    resource%3\n)")
                        .arg(entity("Member", memberId(m.id)), entity("Action", roleId(r.id)),
                            p ? QStringLiteral(" == ") + entity("Production", productionId(p->id)) : QString());
        for (const QString &condition : conditions) {
            if (!condition.isEmpty())
                policies += QStringLiteral("\nwhen { %1 }").arg(condition);
        }
        policies += QStringLiteral(";\n\n");
        policyRows << QStringList { QStringLiteral("policy"), id, r.name };
    };
    for (const Member &m : ws.members()) {
        const Role *r = ws.role(m.accountRole);
        if (!r || !granted.value(r->id).any())
            continue;
        const RoleActions actions = granted.value(r->id);
        QStringList conditions { m.accountRoleUntil.isValid()
                ? QStringLiteral("context.now <= ") + datetime(m.accountRoleUntil)
                : QString() };
        if (!reachesAll(*r) && actions.production) {
            // Production features only where the member's seat counts at that moment; account features anywhere.
            QStringList reach;
            if (actions.account)
                reach << QStringLiteral("action in ") + entity("Action", kAccountFeatures);
            for (const SeatKey &k : seatsOf.value(m.id)) {
                const SeatTerm term = ws.effectiveSeatTerm(k);
                const QString dates = termCondition(term.from, term.until);
                const QString where = QStringLiteral("resource == ") + entity("Production", productionId(k.production));
                reach << (dates.isEmpty() ? where : QStringLiteral("(%1 && %2)").arg(where, dates));
            }
            if (reach.isEmpty())
                continue; // it reaches nothing it grants
            conditions << reach.join(QStringLiteral(" ||\n       "));
        }
        permit(accountPolicyId(m.id), m, *r, nullptr, conditions);
    }
    for (const SeatKey &k : std::as_const(seats)) {
        const Member *m = ws.member(k.member);
        const Production *p = ws.production(k.production);
        const Role *r = ws.role(ws.seats().value(k));
        if (!m || !p || !r || administers(ws, m->id) || !granted.value(r->id).production)
            continue;
        const SeatTerm term = ws.effectiveSeatTerm(k); // the wrap date ends it when it has no end of its own
        permit(seatPolicyId(k), *m, *r, p, { termCondition(term.from, term.until) });
    }
    // The owner and Admins hold Production administrator in every production, seated or not, for good (as check
    // reports it): one policy each.
    const Role *productionAdmin = ws.role(ws.builtInRole(BuiltIn::ProductionAdmin));
    for (const Member &m : ws.members()) {
        if (productionAdmin && administers(ws, m.id) && granted.value(productionAdmin->id).production)
            permit(administersPolicyId(m.id), m, *productionAdmin, nullptr, {});
    }
    result.policies = policies.toUtf8();

    // Entities: members and productions with their names. The actions and their groups are the schema's: Cedar makes
    // their entities from it.
    QStringList people;
    for (const Member &m : ws.members())
        people << jsonLine(QJsonObject { { QStringLiteral("uid"), uid("Member", memberId(m.id)) },
            { QStringLiteral("attrs"), QJsonObject { { QStringLiteral("name"), m.name } } },
            { QStringLiteral("parents"), QJsonArray() } });
    for (const Production &p : ws.productions())
        people << jsonLine(QJsonObject { { QStringLiteral("uid"), uid("Production", productionId(p.id)) },
            { QStringLiteral("attrs"), QJsonObject { { QStringLiteral("name"), p.name } } },
            { QStringLiteral("parents"), QJsonArray() } });
    result.entities = (QStringLiteral("[\n") + people.join(QStringLiteral(",\n")) + QStringLiteral("\n]\n")).toUtf8();

    QString mapping = csvRecord({ QStringLiteral("kind"), QStringLiteral("id"), QStringLiteral("name") });
    for (const Member &m : ws.members())
        mapping += csvRecord({ QStringLiteral("member"), memberId(m.id), m.name });
    for (const Production &p : ws.productions())
        mapping += csvRecord({ QStringLiteral("production"), productionId(p.id), p.name });
    for (const Feature &f : features)
        mapping += csvRecord({ QStringLiteral("feature"), featureId(f.id), f.name });
    for (Level l : kAllLevels)
        mapping += csvRecord({ QStringLiteral("level"), levelKey(l), levelNameInFiles(l) });
    for (const Role &r : ws.roles()) {
        if (!r.isTemplate)
            mapping += csvRecord({ QStringLiteral("role"), roleId(r.id), r.name });
    }
    for (const QStringList &row : std::as_const(policyRows))
        mapping += csvRecord(row);
    result.mapping = mapping.toUtf8();
    return result;
}

} // namespace rs::formats
