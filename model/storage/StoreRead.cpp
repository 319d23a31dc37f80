// The reading half of Store: the workspace read whole, table by table in one transaction, or on PostgreSQL in one
// message with every table's rows (StoreBatch.h), and checked against the rules.
#include "Store.h"

#include "DutyStore.h"

#include "PgSession.h"
#include "Rows.h"
#include "StoreBatch.h"
#include "StoreFiles.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace rs {

QList<const char *> Store::readStatements()
{
    return { rows::meta::kSelect, rows::meta::kSelectVersion, rows::sections().select(), rows::features().select(),
        rows::roles().select(), rows::grants().select(), rows::members().select(), rows::productions().select(),
        "SELECT COUNT(*) FROM seats", rows::seats().select(), rows::roleLinks().select() };
}

template <typename Query, typename Fetch> Store::Parsed Store::parseRows(Fetch &&fetch, Loaded &loaded)
{
    Workspace &ws = loaded.workspace;
    WorkspaceBuilder b(ws);
    auto remember = [&](Kind kind, Id id, qint64 revision) { loaded.revisions.insert({ int(kind), id }, revision); };
    Query *q = fetch(0);
    if (!q)
        return Parsed::Failed;
    while (q->next()) {
        if (q->value(0).toString() == QLatin1String(rows::meta::kName))
            b.setName(q->value(1).toString());
        else if (q->value(0).toString() == QLatin1String(rows::meta::kIdentity))
            loaded.identity = q->value(1).toString();
        else if (q->value(0).toString() == QLatin1String(rows::meta::kTimeZone))
            b.setTimeZone(q->value(1).toString().toLatin1());
        else if (q->value(0).toString() == QLatin1String(rows::meta::kApprovalPolicy)) {
            Result<ApprovalPolicy> policy = ApprovalPolicy::fromJson(q->value(1).toString().toUtf8());
            if (!policy)
                return Parsed::Damaged;
            b.setApprovalPolicy(policy.value());
        } else
            b.setNextId(q->value(1).toLongLong());
    }
    if (!(q = fetch(1)))
        return Parsed::Failed;
    loaded.version = q->next() ? q->value(0).toLongLong() : 0;
    if (!(q = fetch(2)))
        return Parsed::Failed;
    while (q->next())
        b.addSection(rows::sections().read(*q).section);
    if (!(q = fetch(3)))
        return Parsed::Failed;
    while (q->next()) {
        const rows::FeatureRow row = rows::features().read(*q);
        b.addFeature(row.feature);
        remember(Kind::Feature, row.feature.id, row.revision);
    }
    if (!(q = fetch(4)))
        return Parsed::Failed;
    while (q->next()) {
        const rows::RoleRow row = rows::roles().read(*q);
        if (!row.valid())
            return Parsed::Damaged;
        remember(Kind::Role, row.role.id, row.revision);
        b.addRole(row.role);
    }
    if (!(q = fetch(5)))
        return Parsed::Failed;
    Role *current = nullptr;
    while (q->next()) {
        const rows::GrantRow row = rows::grants().read(*q);
        if (!current || current->id != row.role)
            current = b.role(row.role);
        if (!current)
            return Parsed::Damaged;
        current->grants.insert(row.feature, row.levels);
    }
    if (!(q = fetch(6)))
        return Parsed::Failed;
    while (q->next()) {
        const rows::MemberRow row = rows::members().read(*q);
        b.addMember(row.member);
        remember(Kind::Member, row.member.id, row.revision);
    }
    if (!(q = fetch(7)))
        return Parsed::Failed;
    while (q->next()) {
        const rows::ProductionRow row = rows::productions().read(*q);
        b.addProduction(row.production);
        remember(Kind::Production, row.production.id, row.revision);
    }
    if (!(q = fetch(8)) || !q->next())
        return Parsed::Failed;
    // A count from the server sizes nothing until it is checked: a damaged or hostile server could claim any number.
    const qint64 seatCount = q->value(0).toLongLong();
    if (seatCount < 0)
        return Parsed::Damaged;
    b.reserveSeats(std::min<qint64>(seatCount, 1 << 20));
    if (!(q = fetch(9)))
        return Parsed::Failed;
    while (q->next()) {
        const rows::SeatRow row = rows::seats().read(*q);
        b.addSeat(row.key, row.role);
        b.setSeatTerm(row.key, row.term);
    }
    if (!(q = fetch(10)))
        return Parsed::Failed;
    while (q->next()) {
        const rows::RoleLinkRow row = rows::roleLinks().read(*q);
        Role *role = b.role(row.role);
        if (!role)
            return Parsed::Damaged;
        role->version = row.version;
        role->link = row.link;
    }
    b.finish();
    return Parsed::Whole;
}

bool Store::prefetchWorkspace()
{
    StoreBatch batch(db());
    if (!batch.usable())
        return false;
    // The settings inside the transaction (its isolation is set first) outlast it once it commits.
    batch.add(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
    batch.add(pgsession::settings());
    batch.add(QStringLiteral("SELECT current_user, (SELECT MAX(version) FROM schema_migrations)"));
    const QList<const char *> statements = readStatements();
    for (const char *sql : statements)
        batch.add(QString::fromLatin1(sql));
    // What the open goes on to read besides the workspace: the duty rules its applies are checked against.
    const QStringList extra = DutyStore::readStatements();
    for (const QString &sql : extra)
        batch.add(sql);
    batch.add(QStringLiteral("COMMIT"));
    QList<BatchRows> results;
    QSqlError error;
    if (!batch.run(&results, &error)) {
        batch.rollbackIfOpen();
        return false;
    }
    // BEGIN, SET, SET, the user and schema, the reads, the others' reads, COMMIT.
    if (results.size() != statements.size() + extra.size() + 5 || !results[3].next()
        || results[3].value(1).toInt() != Schema::latestVersion())
        return false;
    Loaded loaded;
    if (parseRows<BatchRows>([&](int i) { return &results[i + 4]; }, loaded) != Parsed::Whole)
        return false;
    m_dbUser = results[3].value(0).toString();
    m_prefetched = std::move(loaded);
    for (qsizetype i = 0; i < extra.size(); ++i)
        m_prefetchedRows.insert(extra.at(i), results[4 + statements.size() + i]);
    return true;
}

std::optional<BatchRows> Store::takePrefetched(const QString &sql) const
{
    const auto it = m_prefetchedRows.constFind(sql);
    if (it == m_prefetchedRows.cend())
        return std::nullopt;
    BatchRows rows = it.value();
    m_prefetchedRows.erase(it);
    return rows;
}

Result<Store::Loaded> Store::read(bool inTransaction, bool allowBroken) const
{
    Store *self = const_cast<Store *>(this);
    const QString damaged
        = QCoreApplication::translate("rs::Store", "%1 is damaged or not a Rolesheet workspace.").arg(m_location);
    const auto failed = [&](const QSqlError &error) -> Error {
        if (!error.isValid())
            return Error::badInput(damaged); // the rows themselves make no sense
        return storefiles::sqlError(error, damaged, m_dialect == Dialect::SQLite ? m_location : QString());
    };
    Loaded loaded;
    const QList<const char *> statements = readStatements();
    StoreBatch batch(db());
    if (m_dialect == Dialect::PostgreSQL && batch.usable()) {
        // Every table in one message, in one snapshot of its own when not in the caller's transaction: a far server
        // costs one round trip for the whole workspace.
        if (!inTransaction)
            batch.add(QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ"));
        for (const char *sql : statements)
            batch.add(QString::fromLatin1(sql));
        if (!inTransaction)
            batch.add(QStringLiteral("COMMIT"));
        QList<BatchRows> results;
        QSqlError error;
        if (!batch.run(&results, &error)) {
            if (!inTransaction)
                batch.rollbackIfOpen();
            return failed(error);
        }
        const int first = inTransaction ? 0 : 1;
        const Parsed parsed = parseRows<BatchRows>(
            [&](int i) { return i + first < results.size() ? &results[i + first] : nullptr; }, loaded);
        if (parsed != Parsed::Whole)
            return failed(QSqlError());
    } else {
        std::optional<Transaction> tx; // a read-only transaction of its own, when not in the caller's
        if (!inTransaction) {
            if (Status s = self->begin(tx, Transaction::Mode::Read); !s)
                return s.error();
        }
        QSqlQuery q(db());
        q.setForwardOnly(true);
        const Parsed parsed = parseRows<QSqlQuery>(
            [&](int i) -> QSqlQuery * {
                if (i > 0 && q.lastError().isValid())
                    return nullptr;
                return q.exec(QString::fromLatin1(statements.at(i))) ? &q : nullptr;
            },
            loaded);
        const QSqlError error = q.lastError();
        q.finish();
        tx.reset(); // a read-only transaction: nothing to keep
        if (parsed != Parsed::Whole || error.isValid())
            return failed(parsed == Parsed::Damaged ? QSqlError() : error);
    }
    return verified(std::move(loaded), allowBroken);
}

Result<Store::Loaded> Store::verified(Loaded loaded, bool allowBroken) const
{
    Workspace &ws = loaded.workspace;
    if (Status s = ws.verify(); !s) {
        if (!allowBroken)
            return Error::rule(QCoreApplication::translate("rs::Store",
                "%1 breaks a rule and cannot be changed: %2 Save its data with \"rolesheet-cli export-workspace -o "
                "FILE.json\".")
                                   .arg(m_location, s.error().message));
        loaded.broken = s.error().message;
    }
    return loaded;
}

} // namespace rs
