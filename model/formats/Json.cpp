#include "Json.h"

#include "JsonDuties.h"

#include "domain/Dates.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace rs::formats {

namespace {

QJsonArray levelKeys(Levels levels)
{
    QJsonArray keys;
    for (Level level : kAllLevels) {
        if (levels.has(level))
            keys.append(levelKey(level));
    }
    return keys;
}

QJsonArray categoryKeys(Categories categories)
{
    QJsonArray keys;
    for (Category c : kAllCategories) {
        if (categories.has(c))
            keys.append(categoryKey(c));
    }
    return keys;
}

QJsonObject header(const QString &kind)
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("rolesheet"));
    o.insert(QStringLiteral("version"), kind == QLatin1String("workspace") ? kJsonVersion : kRoleJsonVersion);
    o.insert(QStringLiteral("kind"), kind);
    return o;
}

// The features of a role's stored grants in catalog order, so that the same workspace always gives the same bytes.
QList<Id> grantOrder(const Workspace &ws, const Role &role)
{
    QList<Id> ids = role.grants.keys();
    std::sort(ids.begin(), ids.end(), [&](Id a, Id b) {
        const int ia = ws.featureIndex(a), ib = ws.featureIndex(b);
        return ia != ib ? ia < ib : a < b;
    });
    return ids;
}

// Compact JSON written straight into a buffer, each list item on a line of its own.
class JsonLines
{
public:
    void raw(const char *text) { m_out += text; }
    void number(qint64 n) { m_out += QByteArray::number(n); }
    void boolean(bool b) { m_out += b ? "true" : "false"; }
    void item()
    {
        if (!m_out.endsWith('['))
            m_out += ',';
        m_out += '\n';
    }
    void string(const QString &text)
    {
        m_out += '"';
        const QByteArray utf8 = text.toUtf8();
        for (const char c : utf8) {
            const auto u = static_cast<unsigned char>(c);
            if (c == '"' || c == '\\') {
                m_out += '\\';
                m_out += c;
            } else if (u < 0x20) {
                m_out += "\\u00";
                m_out += "0123456789abcdef"[u >> 4];
                m_out += "0123456789abcdef"[u & 15];
            } else {
                m_out += c;
            }
        }
        m_out += '"';
    }
    void levels(Levels levels)
    {
        m_out += '[';
        bool first = true;
        for (Level level : kAllLevels) {
            if (levels.has(level)) {
                m_out += first ? "\"" : ",\"";
                m_out += levelKey(level).toLatin1();
                m_out += '"';
                first = false;
            }
        }
        m_out += ']';
    }
    void categories(Categories categories)
    {
        m_out += '[';
        bool first = true;
        for (Category c : kAllCategories) {
            if (categories.has(c)) {
                m_out += first ? "\"" : ",\"";
                m_out += categoryKey(c).toLatin1();
                m_out += '"';
                first = false;
            }
        }
        m_out += ']';
    }
    // A key and an instant, only when the instant is set.
    void instant(const char *key, const QDateTime &at)
    {
        if (!at.isValid())
            return;
        m_out += key;
        string(dates::iso(at));
    }
    QByteArray take() { return std::move(m_out); }

private:
    QByteArray m_out;
};

// A template's version and a linked role's link, only when set: files of workspaces without links read as before.
void writeLink(JsonLines &w, const Role &r)
{
    if (r.version) {
        w.raw(",\"version\":");
        w.number(r.version);
    }
    if (!r.link.isLinked())
        return;
    w.raw(",\"link\":{\"template\":");
    w.number(r.link.templ);
    w.raw(",\"version\":");
    w.number(r.link.version);
    w.raw(",\"follow\":");
    w.boolean(r.link.follow);
    w.raw(",\"base\":[");
    QList<Id> features = r.link.base.keys();
    std::sort(features.begin(), features.end());
    bool first = true;
    for (const Id feature : features) {
        w.raw(first ? "{\"feature\":" : ",{\"feature\":");
        first = false;
        w.number(feature);
        w.raw(",\"levels\":");
        w.levels(r.link.base.value(feature));
        w.raw("}");
    }
    w.raw("]}");
}

} // namespace

QString scopeKey(Scope scope)
{
    return scope == Scope::Account ? QStringLiteral("account") : QStringLiteral("production");
}

QString builtInKey(BuiltIn builtIn)
{
    switch (builtIn) {
    case BuiltIn::None:
        return QStringLiteral("none");
    case BuiltIn::Owner:
        return QStringLiteral("owner");
    case BuiltIn::Admin:
        return QStringLiteral("admin");
    case BuiltIn::CreateProductions:
        return QStringLiteral("create-productions");
    case BuiltIn::ProductionAdmin:
        return QStringLiteral("production-admin");
    case BuiltIn::ProductionMember:
        return QStringLiteral("production-member");
    }
    return QStringLiteral("none");
}

QByteArray roleJson(const Workspace &ws, const Role &role, const duties::Book &duties)
{
    QJsonObject doc = header(QStringLiteral("role"));
    doc.insert(QStringLiteral("workspace"), ws.name());
    QJsonObject r;
    r.insert(QStringLiteral("name"), role.name);
    r.insert(QStringLiteral("scope"), scopeKey(role.scope));
    r.insert(QStringLiteral("template"), role.isTemplate);
    r.insert(QStringLiteral("builtIn"), builtInKey(role.builtIn));
    const Production *production = ws.production(role.production);
    r.insert(QStringLiteral("production"), production ? production->name : QString());
    r.insert(QStringLiteral("guardrails"), categoryKeys(role.guardrails));
    r.insert(QStringLiteral("invitedOnly"), role.invitedOnly);
    r.insert(QStringLiteral("description"), role.description);
    doc.insert(QStringLiteral("role"), r);
    QJsonArray grants;
    for (const Feature &f : ws.features()) {
        const Section *s = ws.section(f.section);
        QJsonObject g;
        g.insert(QStringLiteral("section"), s ? s->name : QString());
        g.insert(QStringLiteral("feature"), f.name);
        g.insert(QStringLiteral("levels"), levelKeys(ws.grant(role, f)));
        grants.append(g);
    }
    doc.insert(QStringLiteral("grants"), grants);
    const QList<duties::RolePart> parts = duties::roleParts(ws, duties, role);
    if (!parts.isEmpty()) {
        QJsonArray list;
        for (const duties::RolePart &part : parts) {
            const auto cells = [&](const QList<duties::Cell> &cells) {
                QJsonArray a;
                for (const duties::Cell &c : cells)
                    a.append(duties::cellsText(ws, { c }));
                return a;
            };
            list.append(QJsonObject { { QStringLiteral("rule"), part.rule->name },
                { QStringLiteral("severity"), duties::severityKey(part.rule->severity) },
                { QStringLiteral("scope"), duties::scopeKey(part.rule->scope) },
                { QStringLiteral("left"), cells(part.left) }, { QStringLiteral("right"), cells(part.right) } });
        }
        doc.insert(QStringLiteral("duties"), list);
    }
    return QJsonDocument(doc).toJson(QJsonDocument::Indented);
}

QByteArray workspaceJson(const Workspace &ws, const duties::Book &duties)
{
    // Written by hand, one entity a line: fast at the stress size, and a diff of two exports reads entity by entity.
    JsonLines w;
    w.raw("{\"format\":\"rolesheet\",\"version\":");
    w.number(kJsonVersion);
    w.raw(",\"kind\":\"workspace\",\"name\":");
    w.string(ws.name());
    w.raw(",\"nextId\":");
    w.number(ws.nextId());
    if (!ws.timeZoneId().isEmpty()) {
        w.raw(",\"timeZone\":");
        w.string(QString::fromLatin1(ws.timeZoneId()));
    }
    if (!ws.approvalPolicy().isDefault()) {
        w.raw(",\"approvalPolicy\":");
        w.raw(ws.approvalPolicy().toJson().constData());
    }
    w.raw(",\n\"sections\":[");
    for (const Section &s : ws.sections()) {
        w.item();
        w.raw("{\"id\":");
        w.number(s.id);
        w.raw(",\"name\":");
        w.string(s.name);
        w.raw("}");
    }
    w.raw("],\n\"features\":[");
    for (const Feature &f : ws.features()) {
        w.item();
        w.raw("{\"id\":");
        w.number(f.id);
        w.raw(",\"section\":");
        w.number(f.section);
        w.raw(",\"name\":");
        w.string(f.name);
        w.raw(",\"scope\":");
        w.string(scopeKey(f.scope));
        w.raw(",\"categories\":");
        w.categories(f.categories);
        w.raw(",\"ownerOnly\":");
        w.boolean(f.ownerOnly);
        w.raw(",\"rationale\":");
        w.string(f.rationale);
        w.raw("}");
    }
    w.raw("],\n\"roles\":[");
    for (const Role &r : ws.roles()) {
        w.item();
        w.raw("{\"id\":");
        w.number(r.id);
        w.raw(",\"name\":");
        w.string(r.name);
        w.raw(",\"scope\":");
        w.string(scopeKey(r.scope));
        w.raw(",\"template\":");
        w.boolean(r.isTemplate);
        w.raw(",\"builtIn\":");
        w.string(builtInKey(r.builtIn));
        w.raw(",\"production\":");
        w.number(r.production);
        w.raw(",\"guardrails\":");
        w.categories(r.guardrails);
        w.raw(",\"invitedOnly\":");
        w.boolean(r.invitedOnly);
        w.raw(",\"description\":");
        w.string(r.description);
        writeLink(w, r);
        w.raw(",\"grants\":[");
        bool first = true;
        for (Id feature : grantOrder(ws, r)) {
            w.raw(first ? "{\"feature\":" : ",{\"feature\":");
            first = false;
            w.number(feature);
            w.raw(",\"levels\":");
            w.levels(r.grants.value(feature));
            w.raw("}");
        }
        w.raw("]}");
    }
    w.raw("],\n\"members\":[");
    for (const Member &m : ws.members()) {
        w.item();
        w.raw("{\"id\":");
        w.number(m.id);
        w.raw(",\"name\":");
        w.string(m.name);
        w.raw(",\"accountRole\":");
        w.number(m.accountRole);
        w.instant(",\"accountRoleUntil\":", m.accountRoleUntil);
        w.raw("}");
    }
    w.raw("],\n\"productions\":[");
    for (const Production &p : ws.productions()) {
        w.item();
        w.raw("{\"id\":");
        w.number(p.id);
        w.raw(",\"name\":");
        w.string(p.name);
        w.raw(",\"createdBy\":");
        w.number(p.createdBy);
        w.instant(",\"wrap\":", p.wrap);
        w.raw("}");
    }
    w.raw("],\n\"seats\":[");
    QList<SeatKey> keys = ws.seats().keys();
    std::sort(keys.begin(), keys.end(), [](const SeatKey &a, const SeatKey &b) {
        return a.production != b.production ? a.production < b.production : a.member < b.member;
    });
    for (const SeatKey &k : keys) {
        w.item();
        w.raw("{\"production\":");
        w.number(k.production);
        w.raw(",\"member\":");
        w.number(k.member);
        w.raw(",\"role\":");
        w.number(ws.seats().value(k));
        const SeatTerm term = ws.seatTerm(k);
        w.instant(",\"from\":", term.from);
        w.instant(",\"until\":", term.until);
        w.raw("}");
    }
    w.raw("]");
    if (!duties.rules.isEmpty() || !duties.exceptions.isEmpty()) {
        w.raw(",\n\"dutyRules\":[");
        for (const duties::Rule &r : duties.rules) {
            w.item();
            w.raw(dutyRuleJson(r).constData());
        }
        w.raw("],\n\"dutyExceptions\":[");
        for (const duties::Exception &e : duties.exceptions) {
            w.item();
            w.raw(dutyExceptionJson(e).constData());
        }
        w.raw("]");
    }
    w.raw("}\n");
    return w.take();
}

} // namespace rs::formats
