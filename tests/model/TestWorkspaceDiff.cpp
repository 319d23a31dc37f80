// What replacing a whole workspace by an imported one changes: the diff the editor shows before an import, checked
// against a difference worked out independently from the two JSON documents.
#include "ModelFixture.h"

#include "commands/StagedDiff.h"
#include "commands/WorkspaceDiff.h"
#include "formats/Json.h"
#include "testing/Generate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

using namespace rs;
using fx::s;

namespace {

QString levelKey(Levels l)
{
    QStringList names;
    if (l.has(Level::View))
        names << s("view");
    if (l.has(Level::Add))
        names << s("add");
    if (l.has(Level::Edit))
        names << s("edit");
    if (l.has(Level::Delete))
        names << s("delete");
    return names.join(QLatin1Char('+'));
}

// The same key from a document's list of level names.
QString levelKey(const QJsonArray &list)
{
    static const QStringList order = { s("view"), s("add"), s("edit"), s("delete") };
    QStringList names;
    for (const QJsonValue &v : list)
        names << v.toString();
    std::sort(names.begin(), names.end(),
        [](const QString &a, const QString &b) { return order.indexOf(a) < order.indexOf(b); });
    return names.join(QLatin1Char('+'));
}

QString roleKey(const QString &name, const QString &production, bool productionScope, bool isTemplate)
{
    return s("%1 | %2 | %3 | %4")
        .arg(
            name, production, productionScope ? s("production") : s("account"), isTemplate ? s("template") : s("role"));
}

QString roleKey(const RoleName &r)
{
    return roleKey(r.name, r.production, r.scope == Scope::Production, r.isTemplate);
}

QStringList sorted(QStringList list)
{
    list.sort();
    return list;
}

// The difference of two workspace documents, worked out from the JSON alone, by names: lines of the form
// "role added: …", "grant: role | feature: before -> after", "member …", "seat …".
QStringList jsonDiff(const QJsonObject &before, const QJsonObject &after)
{
    struct Doc
    {
        QHash<qint64, QString> featureName, productionName, memberName, roleName;
        QHash<QString, QHash<QString, QString>> grants; // role key -> feature name -> levels
        QHash<QString, QString> memberRole; // member -> account role name
        QHash<QString, QString> seats; // "production / member" -> role name
        QHash<QString, QString> seatDates; // "production / member" -> "from|until" as the document writes them
    };
    auto read = [](const QJsonObject &doc) {
        Doc d;
        auto id = [](const QJsonValue &v) { return qint64(v.toDouble()); };
        for (const QJsonValue &v : doc.value(s("features")).toArray())
            d.featureName.insert(id(v[s("id")]), v[s("name")].toString());
        for (const QJsonValue &v : doc.value(s("productions")).toArray())
            d.productionName.insert(id(v[s("id")]), v[s("name")].toString());
        for (const QJsonValue &v : doc.value(s("roles")).toArray()) {
            const QString key = roleKey(v[s("name")].toString(), d.productionName.value(id(v[s("production")])),
                v[s("scope")].toString() == s("production"), v[s("template")].toBool());
            d.roleName.insert(id(v[s("id")]), v[s("name")].toString());
            QHash<QString, QString> &cells = d.grants[key];
            for (const QString &f : std::as_const(d.featureName))
                cells.insert(f, QString());
            for (const QJsonValue &g : v[s("grants")].toArray())
                cells.insert(d.featureName.value(id(g[s("feature")])), levelKey(g[s("levels")].toArray()));
        }
        for (const QJsonValue &v : doc.value(s("members")).toArray()) {
            d.memberName.insert(id(v[s("id")]), v[s("name")].toString());
            d.memberRole.insert(v[s("name")].toString(), d.roleName.value(id(v[s("accountRole")])));
        }
        for (const QJsonValue &v : doc.value(s("seats")).toArray()) {
            const QString key
                = d.productionName.value(id(v[s("production")])) + s(" / ") + d.memberName.value(id(v[s("member")]));
            d.seats.insert(key, d.roleName.value(id(v[s("role")])));
            d.seatDates.insert(key, v[s("from")].toString() + s("|") + v[s("until")].toString());
        }
        return d;
    };
    const Doc b = read(before);
    const Doc a = read(after);
    QStringList lines;
    for (auto it = a.grants.cbegin(); it != a.grants.cend(); ++it) {
        if (!b.grants.contains(it.key())) {
            lines << s("role added: ") + it.key();
            continue;
        }
        const QHash<QString, QString> &was = b.grants.value(it.key());
        for (auto cell = it->cbegin(); cell != it->cend(); ++cell) {
            if (was.contains(cell.key()) && was.value(cell.key()) != cell.value())
                lines << s("grant: %1 | %2: %3 -> %4").arg(it.key(), cell.key(), was.value(cell.key()), cell.value());
        }
    }
    for (auto it = b.grants.cbegin(); it != b.grants.cend(); ++it) {
        if (!a.grants.contains(it.key()))
            lines << s("role removed: ") + it.key();
    }
    for (auto it = a.memberRole.cbegin(); it != a.memberRole.cend(); ++it) {
        if (!b.memberRole.contains(it.key()))
            lines << s("member added: ") + it.key();
        else if (b.memberRole.value(it.key()) != it.value())
            lines << s("member %1: %2 -> %3").arg(it.key(), b.memberRole.value(it.key()), it.value());
    }
    for (auto it = b.memberRole.cbegin(); it != b.memberRole.cend(); ++it) {
        if (!a.memberRole.contains(it.key()))
            lines << s("member removed: ") + it.key();
    }
    QSet<QString> seats;
    for (auto it = a.seats.cbegin(); it != a.seats.cend(); ++it)
        seats.insert(it.key());
    for (auto it = b.seats.cbegin(); it != b.seats.cend(); ++it)
        seats.insert(it.key());
    for (const QString &seat : std::as_const(seats)) {
        // A seat that comes or goes is one line whatever its dates; one that stays differs by role or by dates.
        const bool both = a.seats.contains(seat) && b.seats.contains(seat);
        if (a.seats.value(seat) != b.seats.value(seat) || (both && a.seatDates.value(seat) != b.seatDates.value(seat)))
            lines << s("seat %1: %2 -> %3").arg(seat, b.seats.value(seat), a.seats.value(seat));
    }
    return sorted(lines);
}

// The same lines from diffWorkspaces().
QStringList modelDiff(const WorkspaceDiff &d)
{
    QStringList lines;
    for (const RoleName &r : d.rolesAdded)
        lines << s("role added: ") + roleKey(r);
    for (const RoleName &r : d.rolesRemoved)
        lines << s("role removed: ") + roleKey(r);
    for (const WorkspaceDiff::Grant &g : d.grants)
        lines << s("grant: %1 | %2: %3 -> %4").arg(roleKey(g.role), g.feature, levelKey(g.before), levelKey(g.after));
    for (const QString &m : d.membersAdded)
        lines << s("member added: ") + m;
    for (const QString &m : d.membersRemoved)
        lines << s("member removed: ") + m;
    for (const WorkspaceDiff::MemberRole &m : d.memberRoles)
        lines << s("member %1: %2 -> %3").arg(m.member, m.before, m.after);
    for (const WorkspaceDiff::Seat &seat : d.seats)
        lines << s("seat %1 / %2: %3 -> %4").arg(seat.production, seat.member, seat.before, seat.after);
    return sorted(lines);
}

QJsonObject toJson(const Workspace &ws)
{
    return QJsonDocument::fromJson(formats::workspaceJson(ws)).object();
}

// The studio with a role added and one removed, grants changed, a member added, one removed and one given another
// account role, and a seat added.
Workspace edited(const Workspace &base)
{
    Workspace ws = base;
    const Id colorist = fx::must(ws, Change::createRole(s("Colorist"), Scope::Account)).role;
    fx::must(ws, Change::setGrant(colorist, fx::feature(ws, "Jobs"), Levels(Level::View)));
    fx::must(ws, Change::setAccountRole(fx::member(ws, "Gus Ortiz"), colorist));
    fx::must(ws, Change::deleteRole(fx::accountRole(ws, "Location crew")));
    const Id manager = fx::accountRole(ws, "Studio manager");
    fx::must(ws, Change::setGrant(manager, fx::feature(ws, "Jobs"), Levels(Level::View).with(Level::Edit)));
    fx::must(ws, Change::setGrant(manager, fx::feature(ws, "Job Status"), Levels()));
    fx::must(ws, Change::addMember(s("Kim Novak"), manager));
    fx::must(ws, Change::removeMember(fx::member(ws, "Hal Berg")));
    fx::must(ws, Change::setAccountRole(fx::member(ws, "Dev Patel"), manager));
    fx::must(ws, Change::invite(fx::production(ws, "Autumn Headshots 0007"), fx::member(ws, "Kim Novak")));
    // One seat whose dates alone change: a freelancer's last day (the first seat the rules let end).
    const QDateTime lastDay(QDate(2026, 12, 31), QTime(23, 59, 59, 999), QTimeZone::utc());
    for (auto it = base.seats().cbegin(); it != base.seats().cend(); ++it) {
        Change until = Change::setSeatDates(it.key().production, it.key().member, QDateTime(), lastDay);
        if (ws.seats().contains(it.key()) && ws.apply(until))
            break;
    }
    return ws;
}

// Every id of a workspace document moved by `offset`: the same workspace as another installation would number it.
QJsonObject shifted(QJsonObject doc, qint64 offset)
{
    auto move = [offset](QJsonObject o, std::initializer_list<const char *> fields) {
        for (const char *f : fields) {
            const qint64 id = qint64(o.value(QLatin1String(f)).toDouble());
            if (id != 0)
                o.insert(QLatin1String(f), double(id + offset));
        }
        return o;
    };
    auto moveAll = [&](const char *list, std::initializer_list<const char *> fields, bool grants = false) {
        QJsonArray out;
        for (const QJsonValue &v : doc.value(QLatin1String(list)).toArray()) {
            QJsonObject o = move(v.toObject(), fields);
            if (grants) {
                QJsonArray g;
                for (const QJsonValue &cell : o.value(s("grants")).toArray())
                    g.append(move(cell.toObject(), { "feature" }));
                o.insert(s("grants"), g);
            }
            out.append(o);
        }
        doc.insert(QLatin1String(list), out);
    };
    moveAll("sections", { "id" });
    moveAll("features", { "id", "section" });
    moveAll("roles", { "id", "production" }, true);
    moveAll("members", { "id", "accountRole" });
    moveAll("productions", { "id", "createdBy" });
    moveAll("seats", { "production", "member", "role" });
    doc.remove(s("nextId"));
    return doc;
}

Workspace fromJson(const QJsonObject &doc)
{
    Result<Workspace> ws = formats::workspaceFromJson(QJsonDocument(doc).toJson(QJsonDocument::Compact));
    if (!ws)
        qFatal("import refused: %s", qPrintable(ws.error().message));
    return std::move(ws.value());
}

} // namespace

class TestWorkspaceDiff : public QObject
{
    Q_OBJECT

private slots:
    void editedStudioMatchesTheDocumentsDifference()
    {
        const Workspace before = fx::studio();
        const Workspace after = edited(before);
        const QStringList expected = jsonDiff(toJson(before), toJson(after));
        // The edits are all there, so the comparison below compares something.
        QVERIFY(expected.contains(s("member added: Kim Novak")));
        QVERIFY(expected.contains(s("member removed: Hal Berg")));
        QVERIFY(expected.contains(s("role removed: Location crew |  | account | role")));
        QVERIFY(expected.contains(s("role added: Colorist |  | account | role")));
        QVERIFY(expected.contains(s("seat Autumn Headshots 0007 / Kim Novak:  -> Production member")));
        // A seat whose dates alone changed: the same role on both sides, and the review says what the dates became.
        QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [](const QString &line) {
            const QStringList roles = line.section(s(": "), -1).split(s(" -> "));
            return line.startsWith(s("seat ")) && roles.size() == 2 && roles.at(0) == roles.at(1);
        }));
        QVERIFY2(diffWorkspaces(before, after).otherLines().join(u'\n').contains(s("no dates \u2192 until ")),
            qPrintable(diffWorkspaces(before, after).otherLines().join(u'\n')));
        QVERIFY(std::any_of(expected.cbegin(), expected.cend(), [](const QString &line) {
            return line.startsWith(s("grant: Studio manager |  | account | role | Jobs: "))
                && line.endsWith(s("view+edit"));
        }));
        QCOMPARE(modelDiff(diffWorkspaces(before, after)), expected);
        // And back again.
        QCOMPARE(modelDiff(diffWorkspaces(after, before)), jsonDiff(toJson(after), toJson(before)));
    }

    // An export from another installation numbers everything otherwise: things are matched by name, not by id.
    void idsOfTheImportDoNotMatter()
    {
        const Workspace before = fx::studio();
        const QJsonObject afterDoc = shifted(toJson(edited(before)), 5000);
        const Workspace after = fromJson(afterDoc);
        QVERIFY(!after.role(fx::accountRole(before, "Studio manager")));
        const WorkspaceDiff diff = diffWorkspaces(before, after);
        QCOMPARE(modelDiff(diff), jsonDiff(toJson(before), afterDoc));
        QVERIFY(diff.rolesRenamed.isEmpty());
        QVERIFY(diff.productionsAdded.isEmpty());

        // The same workspace under other ids: nothing differs.
        const WorkspaceDiff same = diffWorkspaces(before, fromJson(shifted(toJson(before), 777)));
        QVERIFY(same.isEmpty());
        QVERIFY(same.otherLines().isEmpty());
        // The aligned copy is the stored workspace again, ids and all.
        QVERIFY(same.aligned == before);
    }

    void generatedWorkspaceMatchesTheDocumentsDifference()
    {
        const Workspace before = generateWorkspace(GenerateSpec::small(), 7);
        Workspace after = before;
        // Change a few of everything the generator made, whatever it named it.
        const QList<const Role *> accountRoles = after.accountRoles();
        const Role *custom = nullptr;
        for (const Role *r : accountRoles) {
            if (!r->isLocked())
                custom = r;
        }
        QVERIFY(custom);
        const Id customId = custom->id;
        for (const Feature &f : before.features()) {
            if (f.scope == Scope::Account && !f.ownerOnly && f.categories.isEmpty())
                fx::must(after, Change::setGrant(customId, f.id, Levels(Level::View).with(Level::Delete)));
        }
        fx::must(after, Change::createRole(s("Archivist"), Scope::Account));
        const Id newcomer = fx::must(after, Change::addMember(s("Nia Quinn"), customId)).member;
        QVERIFY(!after.productions().isEmpty());
        fx::must(after, Change::invite(after.productions().firstKey(), newcomer));
        const QStringList expected = jsonDiff(toJson(before), toJson(after));
        QVERIFY(expected.size() > 3);
        QCOMPARE(modelDiff(diffWorkspaces(before, after)), expected);
        const QJsonObject shiftedDoc = shifted(toJson(after), 100000);
        QCOMPARE(modelDiff(diffWorkspaces(before, fromJson(shiftedDoc))), expected);
    }

    // A role renamed keeps its id in a document exported from the same workspace: shown as a rename, cell changes
    // with it, rather than a removal and an addition.
    void renameIsMatchedById()
    {
        const Workspace before = fx::studio();
        Workspace after = before;
        const Id manager = fx::accountRole(after, "Studio manager");
        fx::must(after, Change::renameRole(manager, s("Office manager")));
        fx::must(
            after, Change::renameProduction(fx::production(after, "Autumn Headshots 0007"), s("Autumn Headshots")));
        const WorkspaceDiff diff = diffWorkspaces(before, after);
        QCOMPARE(diff.rolesRenamed.size(), 1);
        QCOMPARE(diff.rolesRenamed.first().before.name, s("Studio manager"));
        QCOMPARE(diff.rolesRenamed.first().after.name, s("Office manager"));
        QVERIFY(diff.rolesAdded.isEmpty());
        QVERIFY(diff.rolesRemoved.isEmpty());
        QCOMPARE(diff.productionsRenamed.size(), 1);
        // The members holding it keep their access: no impact.
        const StagedDiff review = diffStaged(before, diff.aligned, {});
        QVERIFY(review.access.isEmpty());
        QCOMPARE(review.roles.size(), 1);
        QVERIFY(review.roles.first().notes.first().contains(s("Studio manager")));
    }

    // The review of an import: the cell diff and who gains or loses access, from the aligned copy.
    void reviewShowsCellsAndMemberImpact()
    {
        const Workspace before = fx::studio();
        const Workspace after = fromJson(shifted(toJson(edited(before)), 900));
        const WorkspaceDiff diff = diffWorkspaces(before, after);
        const StagedDiff review = diffStaged(before, diff.aligned, {});
        QStringList roles;
        for (const RoleChange &rc : review.roles)
            roles << rc.label;
        QVERIFY2(roles.contains(s("\u201cStudio manager\u201d")), qPrintable(roles.join(s(", "))));
        QVERIFY2(roles.contains(s("\u201cColorist\u201d")), qPrintable(roles.join(s(", "))));
        QCOMPARE(roles.size(), 3); // manager changed, Colorist added, Location crew removed
        // Cat Diaz holds Studio manager: she gains Edit on Jobs. Dev Patel gets the role: he gains its access.
        QSet<QString> affected;
        for (const AccessChange &a : review.access) {
            const Member *m = diff.aligned.member(a.member) ? diff.aligned.member(a.member) : before.member(a.member);
            QVERIFY(m);
            affected.insert(m->name);
        }
        QVERIFY(affected.contains(s("Cat Diaz")));
        QVERIFY(affected.contains(s("Dev Patel")));
        QVERIFY(affected.contains(s("Hal Berg")));
        QVERIFY(affected.contains(s("Kim Novak")));
        QVERIFY(!affected.contains(s("Ann Lee")));
        const QStringList others = diff.otherLines();
        QVERIFY(others.contains(s("New member \u201cKim Novak\u201d")));
        QVERIFY(others.contains(s("Member \u201cHal Berg\u201d removed")));
        // A long list is cut short, saying how much more there is.
        QVERIFY(others.size() > 3);
        const QStringList firstThree = diff.otherLines(3);
        QCOMPARE(firstThree.size(), 4);
        QCOMPARE(firstThree.mid(0, 3), others.mid(0, 3));
        QCOMPARE(firstThree.last(),
            s("\u2026 and %1 more changes to members, productions and seats.").arg(others.size() - 3));
    }
};

QTEST_GUILESS_MAIN(TestWorkspaceDiff)
#include "TestWorkspaceDiff.moc"
