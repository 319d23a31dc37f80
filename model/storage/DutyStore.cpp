#include "DutyStore.h"

#include "AuditLog.h"
#include "AuditState.h"
#include "Digest.h"
#include "Transaction.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace rs {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::DutyStore", text);
}

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

bool run(QSqlQuery &q, const char *sql, const QVariantList &values)
{
    if (!q.prepare(QString::fromLatin1(sql)))
        return false;
    for (const QVariant &v : values)
        q.addBindValue(v);
    return q.exec();
}

QString storedCells(const QList<duties::Cell> &cells)
{
    QStringList parts;
    for (const duties::Cell &c : cells)
        parts.append(QString::number(c.feature) + QLatin1Char(':') + levelKey(c.level));
    return parts.join(QLatin1Char(','));
}

QList<duties::Cell> readCells(const Workspace &ws, const QString &text)
{
    QList<duties::Cell> cells;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const Id feature = part.section(QLatin1Char(':'), 0, 0).toLongLong();
        const Result<Level> level = parseLevel(part.section(QLatin1Char(':'), 1));
        if (ws.feature(feature) && level)
            cells.append({ feature, level.value() });
    }
    return cells;
}

bool tablesThere(const QSqlDatabase &db)
{
    return db.tables().contains(QStringLiteral("duty_rules"));
}

} // namespace

namespace {

const char kRulesRead[] = "SELECT name, left_cells, left_all, right_cells, right_all, scope, severity, rationale"
                          " FROM duty_rules ORDER BY name";
const char kExceptionsRead[]
    = "SELECT member_id, rule, reason, granted_by, granted_at, until FROM duty_exceptions ORDER BY id";

} // namespace

QStringList DutyStore::readStatements()
{
    return { QString::fromLatin1(kRulesRead), QString::fromLatin1(kExceptionsRead) };
}

Result<duties::Book> DutyStore::read() const
{
    duties::Book book;
    const Workspace &ws = m_store.workspace();
    const auto rules = [&](auto &q) {
        while (q.next()) {
            duties::Rule r;
            r.name = q.value(0).toString();
            r.left = { readCells(ws, q.value(1).toString()), q.value(2).toInt() != 0 };
            r.right = { readCells(ws, q.value(3).toString()), q.value(4).toInt() != 0 };
            const Result<duties::Scope> scope = duties::parseScope(q.value(5).toString());
            const Result<duties::Severity> severity = duties::parseSeverity(q.value(6).toString());
            // A rule stored with an unknown scope or severity counts as the strictest.
            r.scope = scope ? scope.value() : duties::Scope::Studio;
            r.severity = severity ? severity.value() : duties::Severity::Block;
            r.rationale = q.value(7).toString();
            book.rules.append(r);
        }
    };
    const auto exceptions = [&](auto &q) {
        while (q.next()) {
            duties::Exception e;
            e.member = q.value(0).toLongLong();
            e.rule = q.value(1).toString();
            e.reason = q.value(2).toString();
            e.grantedBy = q.value(3).toString();
            e.grantedAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODateWithMs);
            e.until = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
            book.exceptions.append(e);
        }
    };
    // Read with the workspace when it was opened: no round trip of their own.
    std::optional<BatchRows> prefetchedRules = m_store.takePrefetched(QString::fromLatin1(kRulesRead));
    std::optional<BatchRows> prefetchedExceptions = m_store.takePrefetched(QString::fromLatin1(kExceptionsRead));
    if (prefetchedRules && prefetchedExceptions) {
        rules(*prefetchedRules);
        exceptions(*prefetchedExceptions);
        return book;
    }
    const QSqlDatabase db = m_store.db();
    if (!tablesThere(db))
        return book;
    QSqlQuery q(db);
    q.setForwardOnly(true);
    if (!q.exec(QString::fromLatin1(kRulesRead)))
        return Error::storage(tr("The duty rules of the workspace cannot be read."), q.lastError().text());
    rules(q);
    if (!q.exec(QString::fromLatin1(kExceptionsRead)))
        return Error::storage(tr("The duty rules of the workspace cannot be read."), q.lastError().text());
    exceptions(q);
    return book;
}

Status DutyStore::write(const QString &summary, const QString &subject, const QJsonObject &change,
    const std::function<Status(const duties::Book &book)> &work)
{
    if (!tablesThere(m_store.db()))
        return Error::badInput(tr("The workspace's schema has no duty rules; open it with a newer Rolesheet."));
    return m_store.writeBeside(
        [&](SideWrite &side) -> Status {
            // The rules as the database holds them under the writers' lock.
            const Result<duties::Book> book = read();
            if (!book)
                return book.error();
            if (Status s = work(book.value()); !s)
                return s;
            side.summary = summary;
            side.subject = subject;
            side.change = change;
            return {};
        },
        { { "duty_rules", "duty_exceptions" }, nullptr, {} });
}

Status DutyStore::addRule(const duties::Rule &rule)
{
    const Workspace &ws = m_store.workspace();
    const QJsonObject change { { QStringLiteral("kind"), QStringLiteral("add-duty-rule") },
        { QStringLiteral("name"), rule.name.trimmed() }, { QStringLiteral("left"), duties::sideText(ws, rule.left) },
        { QStringLiteral("right"), duties::sideText(ws, rule.right) },
        { QStringLiteral("scope"), duties::scopeKey(rule.scope) },
        { QStringLiteral("severity"), duties::severityKey(rule.severity) } };
    return write(tr("Added duty rule %1").arg(rule.name.trimmed()), QStringLiteral("duty:") + rule.name.trimmed(),
        change, [&](const duties::Book &book) -> Status {
            if (Status s = duties::checkRule(ws, book, rule); !s)
                return s;
            QSqlQuery q(m_store.db());
            if (!run(q,
                    "INSERT INTO duty_rules (name, left_cells, left_all, right_cells, right_all, scope, severity,"
                    " rationale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    { rule.name.trimmed(), storedCells(rule.left.cells), rule.left.all ? 1 : 0,
                        storedCells(rule.right.cells), rule.right.all ? 1 : 0, duties::scopeKey(rule.scope),
                        duties::severityKey(rule.severity),
                        rule.rationale.isNull() ? QStringLiteral("") : rule.rationale }))
                return Error::storage(
                    tr("The duty rule could not be saved; nothing was changed."), q.lastError().text());
            return {};
        });
}

Status DutyStore::removeRule(const QString &name)
{
    const QJsonObject change { { QStringLiteral("kind"), QStringLiteral("remove-duty-rule") },
        { QStringLiteral("name"), name.trimmed() } };
    return write(tr("Removed duty rule %1").arg(name.trimmed()), QStringLiteral("duty:") + name.trimmed(), change,
        [&](const duties::Book &book) -> Status {
            const duties::Rule *rule = book.rule(name);
            if (!rule)
                return Error::notFound(tr("No duty rule named \"%1\".").arg(name.trimmed().left(60)));
            QSqlQuery q(m_store.db());
            if (!run(q, "DELETE FROM duty_exceptions WHERE rule = ?", { rule->name })
                || !run(q, "DELETE FROM duty_rules WHERE name = ?", { rule->name }))
                return Error::storage(
                    tr("The duty rule could not be removed; nothing was changed."), q.lastError().text());
            return {};
        });
}

Status DutyStore::addException(duties::Exception e)
{
    const Workspace &ws = m_store.workspace();
    e.grantedBy = m_store.actor();
    e.grantedAt = QDateTime::currentDateTimeUtc();
    const Member *member = ws.member(e.member);
    const QString who = member ? member->name : QString();
    const QJsonObject change { { QStringLiteral("kind"), QStringLiteral("grant-duty-exception") },
        { QStringLiteral("member"), who }, { QStringLiteral("rule"), e.rule }, { QStringLiteral("reason"), e.reason },
        { QStringLiteral("until"), dates::iso(e.until) } };
    return write(tr("Granted %1 an exception to duty rule %2").arg(who, e.rule),
        QStringLiteral("member:%1").arg(e.member), change, [&](const duties::Book &book) -> Status {
            if (Status s = duties::checkException(ws, book, e, e.grantedAt); !s)
                return s;
            QSqlQuery q(m_store.db());
            if (!run(q,
                    "INSERT INTO duty_exceptions (member_id, rule, reason, granted_by, granted_at, until)"
                    " VALUES (?, ?, ?, ?, ?, ?)",
                    { e.member, book.rule(e.rule)->name, e.reason, e.grantedBy, stamp(e.grantedAt), stamp(e.until) }))
                return Error::storage(
                    tr("The exception could not be saved; nothing was changed."), q.lastError().text());
            return {};
        });
}

Status DutyStore::overwrite(const duties::Book &book)
{
    if (!tablesThere(m_store.db()))
        return Error::badInput(tr("The workspace's schema has no duty rules; open it with a newer Rolesheet."));
    QSqlQuery q(m_store.db());
    bool ok = run(q, "DELETE FROM duty_exceptions", {}) && run(q, "DELETE FROM duty_rules", {});
    for (const duties::Rule &rule : book.rules) {
        ok = ok
            && run(q,
                "INSERT INTO duty_rules (name, left_cells, left_all, right_cells, right_all, scope, severity,"
                " rationale) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                { rule.name.trimmed(), storedCells(rule.left.cells), rule.left.all ? 1 : 0,
                    storedCells(rule.right.cells), rule.right.all ? 1 : 0, duties::scopeKey(rule.scope),
                    duties::severityKey(rule.severity),
                    rule.rationale.isNull() ? QStringLiteral("") : rule.rationale });
    }
    for (const duties::Exception &e : book.exceptions) {
        ok = ok
            && run(q,
                "INSERT INTO duty_exceptions (member_id, rule, reason, granted_by, granted_at, until)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                { e.member, e.rule, e.reason, e.grantedBy, stamp(e.grantedAt), stamp(e.until) });
    }
    if (!ok)
        return Error::storage(tr("The duty rules could not be saved; nothing was changed."), q.lastError().text());
    return {};
}

Status DutyStore::guard(Store &store, Warn warn)
{
    const Result<duties::Book> book = DutyStore(store).read();
    if (!book)
        return book.error();
    if (book.value().rules.isEmpty())
        return {};
    store.setGate([rules = book.value(), warn = std::move(warn)](
                      const Workspace &before, const Workspace &after, const QList<Touched> &touched) -> Status {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (Status s = duties::gate(before, after, touched, rules, now); !s)
            return s;
        if (warn)
            warn(duties::warnings(before, after, touched, rules, now));
        return {};
    });
    return {};
}

} // namespace rs
