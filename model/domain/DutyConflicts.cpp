// Conflicts of duty rules per person, with dates, the gate a change passes, and who holds a cell through what.
#include "Duties.h"

#include "Rules.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace rs::duties {

namespace {

constexpr qint64 kOpen = std::numeric_limits<qint64>::max();

qint64 ms(const QDateTime &at)
{
    return at.toMSecsSinceEpoch();
}

QDateTime instant(qint64 at)
{
    return QDateTime::fromMSecsSinceEpoch(at, QTimeZone::utc());
}

// What the conflict search needs of one member.
struct Person
{
    const Member *member = nullptr;
    int index = -1;
    const Role *account = nullptr;
    bool reachesAll = false;
    qint64 accountUntil = kOpen;
    QList<Id> seats; // productions where the member has a seat
};

// The member's seats, by member: read once per search.
QHash<Id, QList<Id>> seatsByMember(const Workspace &ws)
{
    QHash<Id, QList<Id>> result;
    result.reserve(ws.members().size());
    for (auto it = ws.seats().cbegin(); it != ws.seats().cend(); ++it)
        result[it.key().member].append(it.key().production);
    for (QList<Id> &list : result)
        std::sort(list.begin(), list.end());
    return result;
}

Person person(const Workspace &ws, const AccessIndex &index, const Member &m, const QHash<Id, QList<Id>> &seats)
{
    Person p;
    p.member = &m;
    p.index = index.memberIndex(m.id);
    p.account = ws.role(m.accountRole);
    p.reachesAll = p.account && !p.account->invitedOnly;
    p.accountUntil = m.accountRoleUntil.isValid() ? ms(m.accountRoleUntil) : kOpen;
    p.seats = seats.value(m.id);
    return p;
}

// The productions where a member's access can differ: none (0), each seat's, and one without a seat when the account
// role reaches every production.
QList<Id> positions(const Workspace &ws, const Person &p)
{
    QList<Id> result { 0 };
    result += p.seats;
    if (p.reachesAll) {
        for (const Production &production : ws.productions()) {
            if (!std::binary_search(p.seats.cbegin(), p.seats.cend(), production.id)) {
                result.append(production.id);
                break;
            }
        }
    }
    return result;
}

// The instants from `from` on at which the member's access may change: `from` and each start and each first instant
// after an end of the member's seats and account role.
QList<qint64> instants(const Workspace &ws, const Person &p, qint64 from, When when)
{
    QList<qint64> result { from };
    if (when == When::At)
        return result;
    const auto add = [&](qint64 at) {
        if (at > from && !result.contains(at))
            result.append(at);
    };
    if (p.accountUntil != kOpen)
        add(p.accountUntil + 1);
    for (Id production : p.seats) {
        const SeatTerm term = ws.effectiveSeatTerm({ production, p.member->id });
        if (term.from.isValid())
            add(ms(term.from));
        if (term.until.isValid() && ms(term.until) < kOpen)
            add(ms(term.until) + 1);
    }
    std::sort(result.begin(), result.end());
    return result;
}

class Search
{
public:
    Search(const Workspace &ws, const AccessIndex &index, const Person &p)
        : m_ws(ws)
        , m_index(index)
        , m_p(p)
    {
    }

    bool holds(Id production, const Cell &cell, qint64 at) const
    {
        const int pi = production ? m_index.productionIndex(production) : -1;
        return m_index.levels(m_p.index, pi, m_index.featureIndex(cell.feature), at).has(cell.level);
    }
    bool accountHolds(const Cell &cell, qint64 at) const
    {
        const Feature *f = m_ws.feature(cell.feature);
        return m_p.account && f && at <= m_p.accountUntil && m_ws.grant(*m_p.account, *f).has(cell.level);
    }
    // Whether a side is held at one production.
    bool sideAt(const Side &side, Id production, qint64 at) const
    {
        const auto held = [&](const Cell &c) { return holds(production, c, at); };
        return side.all ? std::all_of(side.cells.cbegin(), side.cells.cend(), held)
                        : std::any_of(side.cells.cbegin(), side.cells.cend(), held);
    }
    // Whether a side is held anywhere: each cell at some position.
    bool sideAnywhere(const Side &side, const QList<Id> &where, qint64 at) const
    {
        const auto held = [&](const Cell &c) {
            return std::any_of(where.cbegin(), where.cend(), [&](Id p) { return holds(p, c, at); });
        };
        return side.all ? std::all_of(side.cells.cbegin(), side.cells.cend(), held)
                        : std::any_of(side.cells.cbegin(), side.cells.cend(), held);
    }
    bool sideInAccount(const Side &side, qint64 at) const
    {
        const auto held = [&](const Cell &c) { return accountHolds(c, at); };
        return side.all ? std::all_of(side.cells.cbegin(), side.cells.cend(), held)
                        : std::any_of(side.cells.cbegin(), side.cells.cend(), held);
    }

    // The holdings that give a side's cells at the positions.
    QList<Holding> holdings(const Side &side, const QList<Id> &where, qint64 at, bool accountOnly) const
    {
        QList<Holding> result;
        const QDateTime moment = instant(at);
        for (const Cell &c : side.cells) {
            if (accountOnly) {
                if (accountHolds(c, at)) {
                    const Holding h { m_p.account->id, 0, {}, m_p.member->accountRoleUntil };
                    if (!result.contains(h))
                        result.append(h);
                }
                continue;
            }
            for (Id production : where) {
                if (!holds(production, c, at))
                    continue;
                const EffectiveAccess access = effectiveAccess(m_ws, m_p.member->id, production, c.feature, moment);
                for (const Provenance &source : access.sources) {
                    if (!source.levels.has(c.level))
                        continue;
                    Holding h { source.role, source.production, {}, {} };
                    if (source.production) {
                        const SeatTerm term = m_ws.effectiveSeatTerm({ source.production, m_p.member->id });
                        h.from = term.from;
                        h.until = term.until;
                    } else {
                        h.until = m_p.member->accountRoleUntil;
                    }
                    if (!result.contains(h))
                        result.append(h);
                }
            }
        }
        return result;
    }

    // The first instant (of those given) at which the rule holds, with where; false when it never does.
    bool find(const Rule &rule, const QList<Id> &where, const QList<qint64> &moments, Conflict &out) const
    {
        for (qint64 at : moments) {
            if (rule.scope == Scope::Account) {
                if (sideInAccount(rule.left, at) && sideInAccount(rule.right, at)) {
                    out.at = instant(at);
                    out.left = holdings(rule.left, {}, at, true);
                    out.right = holdings(rule.right, {}, at, true);
                    return true;
                }
            } else if (rule.scope == Scope::Studio) {
                if (sideAnywhere(rule.left, where, at) && sideAnywhere(rule.right, where, at)) {
                    out.at = instant(at);
                    out.left = holdings(rule.left, where, at, false);
                    out.right = holdings(rule.right, where, at, false);
                    return true;
                }
            } else {
                for (Id production : where) {
                    if (sideAt(rule.left, production, at) && sideAt(rule.right, production, at)) {
                        out.at = instant(at);
                        out.production = production;
                        out.left = holdings(rule.left, { production }, at, false);
                        out.right = holdings(rule.right, { production }, at, false);
                        return true;
                    }
                }
            }
        }
        return false;
    }

private:
    const Workspace &m_ws;
    const AccessIndex &m_index;
    const Person &m_p;
};

const Exception *covering(const Book &book, Id member, const QString &rule, const QDateTime &at)
{
    for (const Exception &e : book.exceptions) {
        if (e.member == member && e.rule.compare(rule, Qt::CaseInsensitive) == 0 && e.until.isValid() && at <= e.until)
            return &e;
    }
    return nullptr;
}

} // namespace

QList<Conflict> conflicts(const Workspace &ws, const AccessIndex &index, const Book &book, const QDateTime &moment,
    When when, const QSet<Id> *members)
{
    QList<Conflict> result;
    if (book.rules.isEmpty())
        return result;
    const QHash<Id, QList<Id>> seats = seatsByMember(ws);
    const qint64 from = ms(moment.isValid() ? moment : QDateTime::currentDateTimeUtc());
    for (const Member &m : ws.members()) {
        if (members && !members->contains(m.id))
            continue;
        if (Rules::isAdminRole(ws, m.accountRole))
            continue; // a standing exception
        const Person p = person(ws, index, m, seats);
        const QList<Id> where = positions(ws, p);
        const QList<qint64> moments = instants(ws, p, from, when);
        const Search search(ws, index, p);
        for (const Rule &rule : book.rules) {
            Conflict c;
            if (!search.find(rule, where, moments, c))
                continue;
            c.member = m.id;
            c.rule = rule.name;
            c.severity = rule.severity;
            c.exception = covering(book, m.id, rule.name, c.at);
            result.append(c);
        }
    }
    return result;
}

ExceptionState exceptionState(
    const Workspace &ws, const AccessIndex &index, const Book &book, const Exception &exception, const QDateTime &now)
{
    if (!exception.until.isValid() || exception.until < now)
        return ExceptionState::Lapsed;
    const Rule *rule = book.rule(exception.rule);
    if (!rule)
        return ExceptionState::Void;
    Book one;
    one.rules = { *rule };
    const QSet<Id> member { exception.member };
    return conflicts(ws, index, one, now, When::From, &member).isEmpty() ? ExceptionState::Void
                                                                         : ExceptionState::InForce;
}

QSet<Id> affectedMembers(const Workspace &after, const QList<Touched> &touched, bool *everyone)
{
    QSet<Id> result;
    *everyone = false;
    for (const Touched &t : touched) {
        if (t.catalog || t.timeZone)
            *everyone = true;
        for (auto it = t.members.cbegin(); it != t.members.cend(); ++it)
            result.insert(it.key());
        for (auto it = t.seats.cbegin(); it != t.seats.cend(); ++it)
            result.insert(it.key().member);
        for (auto it = t.seatTerms.cbegin(); it != t.seatTerms.cend(); ++it)
            result.insert(it.key().member);
        for (auto it = t.productions.cbegin(); it != t.productions.cend(); ++it) {
            for (auto s = after.seats().cbegin(); s != after.seats().cend(); ++s) {
                if (s.key().production == it.key())
                    result.insert(s.key().member);
            }
        }
        QSet<Id> roles;
        for (auto it = t.roles.cbegin(); it != t.roles.cend(); ++it)
            roles.insert(it.key());
        for (auto it = t.grants.cbegin(); it != t.grants.cend(); ++it)
            roles.insert(it.key().first);
        for (Id role : std::as_const(roles)) {
            for (Id member : after.holders(role))
                result.insert(member);
        }
    }
    return result;
}

namespace {

// The conflicts of `severity`'s rules that `after` has from `now` on and `before` had not, with no exception covering
// them, in one line each.
QStringList newOpenConflicts(const Workspace &before, const Workspace &after, const QList<Touched> &touched,
    const Book &book, const QDateTime &now, Severity severity)
{
    Book chosen;
    for (const Rule &r : book.rules) {
        if (r.severity == severity)
            chosen.rules.append(r);
    }
    if (chosen.rules.isEmpty())
        return {};
    chosen.exceptions = book.exceptions;
    bool everyone = false;
    const QSet<Id> affected = affectedMembers(after, touched, &everyone);
    if (!everyone && affected.isEmpty())
        return {};
    const AccessIndex afterIndex(after, now);
    const QList<Conflict> found = conflicts(after, afterIndex, chosen, now, When::From, everyone ? nullptr : &affected);
    QList<const Conflict *> open;
    for (const Conflict &c : found) {
        if (!c.exception)
            open.append(&c);
    }
    if (open.isEmpty())
        return {};
    const AccessIndex beforeIndex(before, now);
    QSet<QPair<Id, QString>> had;
    for (const Conflict &c : conflicts(before, beforeIndex, chosen, now, When::From, everyone ? nullptr : &affected))
        had.insert({ c.member, c.rule.toCaseFolded() });
    QStringList lines;
    for (const Conflict *c : std::as_const(open)) {
        if (!had.contains({ c->member, c->rule.toCaseFolded() }))
            lines.append(describeConflict(after, chosen, *c));
    }
    return lines;
}

} // namespace

Status gate(const Workspace &before, const Workspace &after, const QList<Touched> &touched, const Book &book,
    const QDateTime &now)
{
    const QStringList lines = newOpenConflicts(before, after, touched, book, now, Severity::Block);
    if (lines.isEmpty())
        return {};
    const int more = int(lines.size()) - 1;
    QString message = QCoreApplication::translate("rs::Duties", "Refused by a duty rule: %1.").arg(lines.first());
    if (more > 0)
        message += QLatin1Char(' ')
            + QCoreApplication::translate("rs::Duties", "%n more conflict(s) like it.", nullptr, more);
    message += QLatin1Char(' ') + QCoreApplication::translate("rs::Duties", "Nothing was changed.");
    return Error::rule(message);
}

QStringList warnings(const Workspace &before, const Workspace &after, const QList<Touched> &touched, const Book &book,
    const QDateTime &now)
{
    return newOpenConflicts(before, after, touched, book, now, Severity::Warn);
}

QList<WhoRow> who(
    const Workspace &ws, const AccessIndex &index, Id featureId, Level level, Id production, const QDateTime &at)
{
    QList<WhoRow> rows;
    const Feature *feature = ws.feature(featureId);
    if (!feature)
        return rows;
    const qint64 when = ms(at.isValid() ? at : QDateTime::currentDateTimeUtc());
    const bool inProduction = feature->scope == rs::Scope::Production;
    const QHash<Id, QList<Id>> seats = inProduction && !production ? seatsByMember(ws) : QHash<Id, QList<Id>>();
    for (const Member &m : ws.members()) {
        const Person p = person(ws, index, m, seats);
        const Search search(ws, index, p);
        const bool standing = Rules::isAdminRole(ws, m.accountRole);
        const Cell cell { featureId, level };
        const auto row = [&](Id where) {
            WhoRow r;
            r.member = m.id;
            r.production = where;
            r.standing = standing;
            r.holdings = search.holdings({ { cell }, false }, { where }, when, false);
            rows.append(r);
        };
        if (!inProduction || production) {
            if (search.holds(production, cell, when))
                row(inProduction ? production : 0);
            continue;
        }
        // Every production: an account role that reaches them all gives the cell once, for all of them.
        if (p.reachesAll && search.accountHolds(cell, when)) {
            WhoRow r;
            r.member = m.id;
            r.standing = standing;
            r.holdings = { { p.account->id, 0, {}, m.accountRoleUntil } };
            rows.append(r);
            continue;
        }
        for (Id seat : p.seats) {
            if (search.holds(seat, cell, when))
                row(seat);
        }
    }
    return rows;
}

} // namespace rs::duties
