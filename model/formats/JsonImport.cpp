// Reading the JSON documents back: every field is checked before anything is built, and the result is checked
// against every rule of the model.
#include "Json.h"
#include "JsonDuties.h"
#include "JsonReader.h"
#include "domain/Dates.h"

#include <QTimeZone>

#include <QCoreApplication>
#include <QIODevice>
#include <QJsonDocument>
#include <QSet>

namespace rs::formats {

namespace {

// Upper bounds well above the largest workspace the product is built for (SPEC §8).
constexpr qsizetype kMaxSections = 1000;
constexpr qsizetype kMaxFeatures = 10000;
constexpr qsizetype kMaxRoles = 100000;
constexpr qsizetype kMaxMembers = 1000000;
constexpr qsizetype kMaxProductions = 100000;
constexpr qsizetype kMaxSeats = 10000000;

// Reads the workspace document into a builder, checking types, ranges, unique ids and references.
class WorkspaceReader
{
public:
    WorkspaceReader(JsonReader &in, Workspace &ws)
        : m_in(in)
        , m_builder(ws)
    {
    }

    void read(const QJsonObject &doc)
    {
        m_in.expectHeader(doc, QStringLiteral("workspace"));
        m_in.onlyKeys(doc, {},
            { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("kind"), QStringLiteral("name"),
                QStringLiteral("nextId"), QStringLiteral("sections"), QStringLiteral("features"),
                QStringLiteral("roles"), QStringLiteral("members"), QStringLiteral("productions"),
                QStringLiteral("seats"), QStringLiteral("timeZone"), QStringLiteral("approvalPolicy"),
                QStringLiteral("dutyRules"), QStringLiteral("dutyExceptions") });
        if (doc.contains(QStringLiteral("approvalPolicy"))) {
            const QJsonValue v = doc.value(QStringLiteral("approvalPolicy"));
            const Result<ApprovalPolicy> policy = v.isObject()
                ? ApprovalPolicy::fromJson(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact))
                : Result<ApprovalPolicy>(Error::badInput(
                      QCoreApplication::translate("rs::formats::Json", "expected an object.")));
            if (!policy)
                m_in.fail(QStringLiteral("approvalPolicy"), policy.error().message);
            else
                m_builder.setApprovalPolicy(policy.value());
        }
        if (doc.contains(QStringLiteral("timeZone"))) {
            const QString zone = m_in.text(doc, QStringLiteral("timeZone"), {});
            if (!m_in.failed() && !zone.isEmpty() && !QTimeZone::isTimeZoneIdAvailable(zone.toLatin1()))
                m_in.fail(QStringLiteral("timeZone"),
                    QCoreApplication::translate("rs::formats::Json", "\"%1\" is not a time zone this system knows.")
                        .arg(zone.left(60)));
            m_builder.setTimeZone(zone.toLatin1());
        }
        const QString name = m_in.text(doc, QStringLiteral("name"), {});
        if (name.size() > 200)
            m_in.fail(QStringLiteral("name"),
                QCoreApplication::translate(
                    "rs::formats::Json", "a workspace name can be at most 200 characters long."));
        m_builder.setName(name);
        if (doc.contains(QStringLiteral("nextId")))
            m_builder.setNextId(m_in.id(doc, QStringLiteral("nextId"), {}));
        readSections(m_in.list(doc, QStringLiteral("sections"), kMaxSections));
        readFeatures(m_in.list(doc, QStringLiteral("features"), kMaxFeatures));
        // Productions first: roles and seats refer to them.
        const JsonList productions = m_in.list(doc, QStringLiteral("productions"), kMaxProductions);
        readProductions(productions);
        readRoles(m_in.list(doc, QStringLiteral("roles"), kMaxRoles));
        readMembers(m_in.list(doc, QStringLiteral("members"), kMaxMembers));
        readSeats(m_in.list(doc, QStringLiteral("seats"), kMaxSeats));
    }

private:
    // An optional instant (version 2): ISO 8601 with its offset.
    QDateTime instant(const QJsonObject &o, const QString &key, const QString &path)
    {
        if (m_in.failed() || !o.contains(key))
            return {};
        const QString text = m_in.text(o, key, path);
        if (m_in.failed())
            return {};
        const Result<QDateTime> at = dates::parseIso(text);
        if (!at) {
            m_in.fail(JsonReader::field(path, key),
                QCoreApplication::translate("rs::formats::Json",
                    "expected an ISO 8601 date-time with its offset, such as "
                    "2026-11-30T22:59:59.999Z."));
            return {};
        }
        return at.value();
    }

    bool claim(Id id, const QString &path)
    {
        if (m_in.failed())
            return false;
        if (m_ids.contains(id)) {
            m_in.fail(JsonReader::field(path, QStringLiteral("id")),
                QCoreApplication::translate("rs::formats::Json", "id %1 is used twice.").arg(id));
            return false;
        }
        m_ids.insert(id);
        return true;
    }

    void readSections(const JsonList &a)
    {
        for (qsizetype i = 0; i < a.size() && !m_in.failed(); ++i) {
            const QString path = JsonReader::at(QStringLiteral("sections"), i);
            const QJsonObject o = m_in.object(a.at(i), path);
            m_in.onlyKeys(o, path, { QStringLiteral("id"), QStringLiteral("name") });
            Section s { m_in.id(o, QStringLiteral("id"), path),
                m_in.name(
                    o, QStringLiteral("name"), path, QCoreApplication::translate("rs::formats::Json", "section")) };
            if (claim(s.id, path)) {
                m_sections.insert(s.id);
                m_builder.addSection(s);
            }
        }
    }

    void readFeatures(const JsonList &a)
    {
        for (qsizetype i = 0; i < a.size() && !m_in.failed(); ++i) {
            const QString path = JsonReader::at(QStringLiteral("features"), i);
            const QJsonObject o = m_in.object(a.at(i), path);
            m_in.onlyKeys(o, path,
                { QStringLiteral("id"), QStringLiteral("section"), QStringLiteral("name"), QStringLiteral("scope"),
                    QStringLiteral("categories"), QStringLiteral("ownerOnly"), QStringLiteral("rationale") });
            Feature f;
            f.id = m_in.id(o, QStringLiteral("id"), path);
            f.section = m_in.id(o, QStringLiteral("section"), path);
            f.name = m_in.name(
                o, QStringLiteral("name"), path, QCoreApplication::translate("rs::formats::Json", "feature"));
            f.scope = m_in.scope(o, QStringLiteral("scope"), path);
            f.categories = m_in.categories(o, QStringLiteral("categories"), path);
            f.ownerOnly = m_in.boolean(o, QStringLiteral("ownerOnly"), path);
            f.rationale = m_in.text(o, QStringLiteral("rationale"), path);
            if (!m_in.failed() && !m_sections.contains(f.section))
                m_in.fail(JsonReader::field(path, QStringLiteral("section")),
                    QCoreApplication::translate("rs::formats::Json", "there is no section with id %1.").arg(f.section));
            if (claim(f.id, path)) {
                m_features.insert(f.id);
                m_builder.addFeature(f);
            }
        }
    }

    void readProductions(const JsonList &a)
    {
        for (qsizetype i = 0; i < a.size() && !m_in.failed(); ++i) {
            const QString path = JsonReader::at(QStringLiteral("productions"), i);
            const QJsonObject o = m_in.object(a.at(i), path);
            m_in.onlyKeys(o, path,
                { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("createdBy"), QStringLiteral("wrap") });
            Production p { m_in.id(o, QStringLiteral("id"), path),
                m_in.name(
                    o, QStringLiteral("name"), path, QCoreApplication::translate("rs::formats::Json", "production")),
                m_in.id(o, QStringLiteral("createdBy"), path, true), instant(o, QStringLiteral("wrap"), path) };
            if (claim(p.id, path)) {
                m_productions.insert(p.id);
                m_builder.addProduction(p);
            }
        }
    }

    void readRoles(const JsonList &a)
    {
        for (qsizetype i = 0; i < a.size() && !m_in.failed(); ++i) {
            const QString path = JsonReader::at(QStringLiteral("roles"), i);
            const QJsonObject o = m_in.object(a.at(i), path);
            m_in.onlyKeys(o, path,
                { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("scope"), QStringLiteral("template"),
                    QStringLiteral("builtIn"), QStringLiteral("production"), QStringLiteral("guardrails"),
                    QStringLiteral("invitedOnly"), QStringLiteral("description"), QStringLiteral("grants"),
                    QStringLiteral("version"), QStringLiteral("link") });
            Role r;
            r.id = m_in.id(o, QStringLiteral("id"), path);
            r.name
                = m_in.name(o, QStringLiteral("name"), path, QCoreApplication::translate("rs::formats::Json", "role"));
            r.scope = m_in.scope(o, QStringLiteral("scope"), path);
            r.isTemplate = m_in.boolean(o, QStringLiteral("template"), path);
            r.builtIn = m_in.builtIn(o, QStringLiteral("builtIn"), path);
            r.production = m_in.id(o, QStringLiteral("production"), path, true);
            r.guardrails = m_in.categories(o, QStringLiteral("guardrails"), path);
            r.invitedOnly = m_in.boolean(o, QStringLiteral("invitedOnly"), path);
            r.description = m_in.text(o, QStringLiteral("description"), path);
            if (m_in.failed())
                return;
            if (r.production && !m_productions.contains(r.production))
                return m_in.fail(JsonReader::field(path, QStringLiteral("production")),
                    QCoreApplication::translate("rs::formats::Json", "there is no production with id %1.")
                        .arg(r.production));
            const bool accountBuiltIn
                = r.builtIn == BuiltIn::Owner || r.builtIn == BuiltIn::Admin || r.builtIn == BuiltIn::CreateProductions;
            if (r.builtIn != BuiltIn::None
                && (r.isTemplate || r.production || (r.scope == Scope::Account) != accountBuiltIn))
                return m_in.fail(JsonReader::field(path, QStringLiteral("builtIn")),
                    QCoreApplication::translate(
                        "rs::formats::Json", "a built-in role has the wrong scope or is a template."));
            const QString grantsPath = JsonReader::field(path, QStringLiteral("grants"));
            const QJsonArray grants = m_in.array(o, QStringLiteral("grants"), path, kMaxFeatures);
            for (qsizetype g = 0; g < grants.size() && !m_in.failed(); ++g) {
                const QString gPath = JsonReader::at(grantsPath, g);
                const QJsonObject go = m_in.object(grants.at(g), gPath);
                m_in.onlyKeys(go, gPath, { QStringLiteral("feature"), QStringLiteral("levels") });
                const Id feature = m_in.id(go, QStringLiteral("feature"), gPath);
                const Levels levels = m_in.levels(go, QStringLiteral("levels"), gPath);
                if (m_in.failed())
                    return;
                if (!m_features.contains(feature))
                    return m_in.fail(JsonReader::field(gPath, QStringLiteral("feature")),
                        QCoreApplication::translate("rs::formats::Json", "there is no feature with id %1.")
                            .arg(feature));
                if (r.grants.contains(feature))
                    return m_in.fail(JsonReader::field(gPath, QStringLiteral("feature")),
                        QCoreApplication::translate("rs::formats::Json", "feature %1 is granted twice.").arg(feature));
                r.grants.insert(feature, levels);
            }
            readLink(o, path, r);
            if (m_in.failed())
                return;
            if (claim(r.id, path)) {
                m_roles.insert(r.id);
                m_builder.addRole(r);
            }
        }
    }

    // A template's version and a role's link (absent: version 0, unlinked); the workspace's check refuses a link to
    // anything but a template of the role's scope.
    void readLink(const QJsonObject &o, const QString &path, Role &r)
    {
        if (o.contains(QStringLiteral("version")))
            r.version = int(std::min<Id>(m_in.id(o, QStringLiteral("version"), path, true), 1 << 30));
        if (!o.contains(QStringLiteral("link")) || m_in.failed())
            return;
        const QString linkPath = JsonReader::field(path, QStringLiteral("link"));
        const QJsonObject lo = m_in.object(o.value(QStringLiteral("link")), linkPath);
        m_in.onlyKeys(lo, linkPath,
            { QStringLiteral("template"), QStringLiteral("version"), QStringLiteral("follow"),
                QStringLiteral("base") });
        r.link.templ = m_in.id(lo, QStringLiteral("template"), linkPath);
        r.link.version = int(std::min<Id>(m_in.id(lo, QStringLiteral("version"), linkPath, true), 1 << 30));
        r.link.follow = m_in.boolean(lo, QStringLiteral("follow"), linkPath);
        const QString basePath = JsonReader::field(linkPath, QStringLiteral("base"));
        const QJsonArray base = m_in.array(lo, QStringLiteral("base"), linkPath, kMaxFeatures);
        for (qsizetype g = 0; g < base.size() && !m_in.failed(); ++g) {
            const QString gPath = JsonReader::at(basePath, g);
            const QJsonObject go = m_in.object(base.at(g), gPath);
            m_in.onlyKeys(go, gPath, { QStringLiteral("feature"), QStringLiteral("levels") });
            const Id feature = m_in.id(go, QStringLiteral("feature"), gPath);
            const Levels levels = m_in.levels(go, QStringLiteral("levels"), gPath);
            if (m_in.failed())
                return;
            if (!m_features.contains(feature) || r.link.base.contains(feature))
                return m_in.fail(JsonReader::field(gPath, QStringLiteral("feature")),
                    QCoreApplication::translate("rs::formats::Json", "there is no feature with id %1.").arg(feature));
            if (!levels.isNone())
                r.link.base.insert(feature, levels);
        }
    }

    void readMembers(const JsonList &a)
    {
        for (qsizetype i = 0; i < a.size() && !m_in.failed(); ++i) {
            const QString path = JsonReader::at(QStringLiteral("members"), i);
            const QJsonObject o = m_in.object(a.at(i), path);
            m_in.onlyKeys(o, path,
                { QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("accountRole"),
                    QStringLiteral("accountRoleUntil") });
            Member m { m_in.id(o, QStringLiteral("id"), path),
                m_in.name(o, QStringLiteral("name"), path, QCoreApplication::translate("rs::formats::Json", "member")),
                m_in.id(o, QStringLiteral("accountRole"), path, true),
                instant(o, QStringLiteral("accountRoleUntil"), path) };
            if (!m_in.failed() && m.accountRole && !m_roles.contains(m.accountRole))
                return m_in.fail(JsonReader::field(path, QStringLiteral("accountRole")),
                    QCoreApplication::translate("rs::formats::Json", "there is no role with id %1.")
                        .arg(m.accountRole));
            if (claim(m.id, path)) {
                m_members.insert(m.id);
                m_builder.addMember(m);
            }
        }
    }

    void readSeats(const JsonList &a)
    {
        m_builder.reserveSeats(a.size());
        QSet<SeatKey> seen;
        for (qsizetype i = 0; i < a.size() && !m_in.failed(); ++i) {
            const QString path = JsonReader::at(QStringLiteral("seats"), i);
            const QJsonObject o = m_in.object(a.at(i), path);
            m_in.onlyKeys(o, path,
                { QStringLiteral("production"), QStringLiteral("member"), QStringLiteral("role"),
                    QStringLiteral("from"), QStringLiteral("until") });
            const SeatKey key { m_in.id(o, QStringLiteral("production"), path),
                m_in.id(o, QStringLiteral("member"), path) };
            const Id role = m_in.id(o, QStringLiteral("role"), path);
            const SeatTerm term { instant(o, QStringLiteral("from"), path), instant(o, QStringLiteral("until"), path) };
            if (m_in.failed())
                return;
            if (!m_productions.contains(key.production))
                return m_in.fail(JsonReader::field(path, QStringLiteral("production")),
                    QCoreApplication::translate("rs::formats::Json", "there is no production with id %1.")
                        .arg(key.production));
            if (!m_members.contains(key.member))
                return m_in.fail(JsonReader::field(path, QStringLiteral("member")),
                    QCoreApplication::translate("rs::formats::Json", "there is no member with id %1.").arg(key.member));
            if (!m_roles.contains(role))
                return m_in.fail(JsonReader::field(path, QStringLiteral("role")),
                    QCoreApplication::translate("rs::formats::Json", "there is no role with id %1.").arg(role));
            if (seen.contains(key))
                return m_in.fail(path,
                    QCoreApplication::translate("rs::formats::Json", "the member has two seats in this production."));
            seen.insert(key);
            m_builder.addSeat(key, role);
            m_builder.setSeatTerm(key, term);
        }
    }

    JsonReader &m_in;
    WorkspaceBuilder m_builder;
    QSet<Id> m_ids, m_sections, m_features, m_productions, m_roles, m_members;

public:
    void finish() { m_builder.finish(); }
};

QString tooLarge()
{
    return QCoreApplication::translate("rs::formats::Json", "The file is larger than %1 MiB and was not read.")
        .arg(kMaxJsonBytes / (1024 * 1024));
}

} // namespace

Result<QByteArray> readJson(QIODevice &device)
{
    QByteArray data;
    if (!device.isSequential()) {
        // A file: its size is known, so the buffer is allocated once, at its size, and filled by one read.
        const qint64 size = device.size() - device.pos();
        if (size > kMaxJsonBytes)
            return Error::badInput(tooLarge());
        data.resize(qsizetype(size));
        if (size > 0 && device.read(data.data(), size) != size)
            return Error::notFound(device.errorString());
        char extra;
        if (device.read(&extra, 1) > 0) // grown since its size was taken
            return Error::badInput(tooLarge());
        return data;
    }
    // A pipe: read in pieces until its end or until it passes the limit.
    constexpr qint64 kPiece = 1024 * 1024;
    for (;;) {
        if (data.size() > kMaxJsonBytes)
            return Error::badInput(tooLarge());
        const qsizetype at = data.size();
        data.resize(at + kPiece);
        const qint64 n = device.read(data.data() + at, kPiece);
        if (n < 0)
            return Error::notFound(device.errorString());
        data.resize(at + qsizetype(n));
        if (n == 0)
            break;
    }
    data.squeeze();
    return data;
}

QJsonObject jsonObject(const QByteArray &json)
{
    JsonReader in;
    const QJsonObject doc = in.document(json);
    return in.failed() ? QJsonObject() : doc;
}

Result<WorkspaceDocument> workspaceDocumentFromJson(const QByteArray &json)
{
    JsonReader in;
    const QJsonObject doc = in.document(json);
    WorkspaceDocument read;
    WorkspaceReader reader(in, read.workspace);
    if (!in.failed())
        reader.read(doc);
    if (!in.failed())
        readDuties(in, doc, read.duties, read.hasDuties);
    if (in.failed())
        return Error::badInput(in.error());
    reader.finish();
    if (Status s = read.workspace.verify(); !s)
        return Error::rule(QCoreApplication::translate("rs::formats::Json", "The imported workspace breaks a rule: %1")
                               .arg(s.error().message));
    if (Status s = checkDuties(read.workspace, read.duties); !s)
        return Error::rule(QCoreApplication::translate("rs::formats::Json", "The imported workspace breaks a rule: %1")
                               .arg(s.error().message));
    return read;
}

Result<Workspace> workspaceFromJson(const QByteArray &json)
{
    Result<WorkspaceDocument> read = workspaceDocumentFromJson(json);
    if (!read)
        return read.error();
    return std::move(read.value().workspace);
}

Result<QList<Change>> roleChangesFromJson(const Workspace &ws, const QByteArray &json, Id production)
{
    JsonReader in;
    const QJsonObject doc = in.document(json);
    if (!in.failed()) {
        in.expectHeader(doc, QStringLiteral("role"));
        in.onlyKeys(doc, {},
            { QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("kind"), QStringLiteral("workspace"),
                QStringLiteral("role"), QStringLiteral("grants"), QStringLiteral("duties") });
    }
    const QString rp = QStringLiteral("role");
    const QJsonObject r = in.failed() ? QJsonObject() : in.object(doc.value(rp), rp);
    in.onlyKeys(r, rp,
        { QStringLiteral("name"), QStringLiteral("scope"), QStringLiteral("template"), QStringLiteral("builtIn"),
            QStringLiteral("production"), QStringLiteral("guardrails"), QStringLiteral("invitedOnly"),
            QStringLiteral("description") });
    const QString name
        = in.name(r, QStringLiteral("name"), rp, QCoreApplication::translate("rs::formats::Json", "role"));
    const Scope scope = in.scope(r, QStringLiteral("scope"), rp);
    const bool isTemplate = in.boolean(r, QStringLiteral("template"), rp, false);
    if (r.contains(QStringLiteral("builtIn")))
        in.builtIn(r, QStringLiteral("builtIn"), rp); // informational: an imported role is never built in
    in.text(r, QStringLiteral("production"), rp, false);
    const Categories guardrails = in.categories(r, QStringLiteral("guardrails"), rp);
    const bool invitedOnly = in.boolean(r, QStringLiteral("invitedOnly"), rp, false);
    const QString description = in.text(r, QStringLiteral("description"), rp, false);
    QHash<Id, Levels> wanted;
    QHash<Id, QString> paths;
    const JsonList grants = in.list(doc, QStringLiteral("grants"), kMaxFeatures);
    for (qsizetype i = 0; i < grants.size() && !in.failed(); ++i) {
        const QString path = JsonReader::at(QStringLiteral("grants"), i);
        const QJsonObject g = in.object(grants.at(i), path);
        in.onlyKeys(g, path, { QStringLiteral("section"), QStringLiteral("feature"), QStringLiteral("levels") });
        in.text(g, QStringLiteral("section"), path, false);
        const QString featureName = in.text(g, QStringLiteral("feature"), path);
        const Levels levels = in.levels(g, QStringLiteral("levels"), path);
        if (in.failed())
            break;
        const Feature *f = ws.findFeature(featureName);
        if (!f)
            in.fail(JsonReader::field(path, QStringLiteral("feature")),
                QCoreApplication::translate("rs::formats::Json", "this workspace has no feature named \"%1\".")
                    .arg(featureName.left(80)));
        else if (wanted.contains(f->id))
            in.fail(JsonReader::field(path, QStringLiteral("feature")),
                QCoreApplication::translate("rs::formats::Json", "\"%1\" is listed twice.").arg(featureName.left(80)));
        else {
            wanted.insert(f->id, levels);
            paths.insert(f->id, path);
        }
    }
    if (!in.failed() && scope == Scope::Production && !isTemplate && !production)
        in.fail(QStringLiteral("role.scope"),
            QCoreApplication::translate(
                "rs::formats::Json", "a production role is imported into a production: name one."));
    if (!in.failed() && production && (scope != Scope::Production || isTemplate))
        in.fail(QStringLiteral("role.scope"),
            QCoreApplication::translate(
                "rs::formats::Json", "only a production role can be imported into a production."));
    if (in.failed())
        return Error::badInput(in.error());

    // Try every change on a copy: the first refusal is reported with the field that caused it.
    Workspace copy = ws;
    QList<Change> changes;
    auto tryChange = [&](Change change, const QString &path) -> Status {
        if (Result<Touched> t = copy.apply(change); !t)
            return Error::rule(QStringLiteral("%1: %2").arg(path, t.error().message));
        changes.append(change);
        return {};
    };
    Change create
        = Change::createRole(name, scope, scope == Scope::Production && !isTemplate ? production : 0, 0, isTemplate);
    create.role = ws.nextId();
    if (Status s = tryChange(create, QStringLiteral("role.name")); !s)
        return s.error();
    const Id role = changes.constLast().role;
    if (!guardrails.isEmpty()) {
        if (Status s = tryChange(Change::setGuardrails(role, guardrails), QStringLiteral("role.guardrails")); !s)
            return s.error();
    }
    for (const Feature &f : ws.features()) {
        const Levels levels = wanted.value(f.id);
        if (copy.grant(role, f.id) == levels)
            continue;
        const QString path = paths.value(f.id, QStringLiteral("grants (%1)").arg(f.name));
        if (Status s = tryChange(Change::setGrant(role, f.id, levels), path); !s)
            return s.error();
    }
    if (invitedOnly) {
        if (Status s = tryChange(Change::setInvitedOnly(role, true), QStringLiteral("role.invitedOnly")); !s)
            return s.error();
    }
    if (!description.isEmpty()) {
        if (Status s = tryChange(Change::setDescription(role, description), QStringLiteral("role.description")); !s)
            return s.error();
    }
    return changes;
}

} // namespace rs::formats
