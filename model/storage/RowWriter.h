#pragma once
// Rows of a workspace written from what a change touched: the statements one write runs, shared by Store's apply,
// batch and whole-workspace writes.
#include "PgSession.h"
#include "Rows.h"
#include "StatementCache.h"
#include "StoreBatch.h"
#include "domain/Result.h"
#include "domain/Workspace.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <algorithm>
#include <array>
#include <vector>

namespace rs::rows {

// Runs the cached statements of one write with bound values.
class Writer
{
public:
    explicit Writer(StatementCache &statements, StoreBatch *batch = nullptr)
        : m_statements(statements)
        , m_batch(batch)
    {
    }

    Status run(const char *sql, const QVariantList &values) { return run(sql, values.constData(), values.size()); }
    // The same with `count` values from `values` on.
    Status run(const char *sql, const QVariant *values, qsizetype count)
    {
        // Into the batch, when writing into one: sent with the others, in one round trip.
        if (m_batch) {
            m_batch->add(sql, QVariantList(values, values + count));
            return {};
        }
        QSqlError error;
        if (m_statements.runSqlite(sql, values, count, &error))
            return {};
        QSqlQuery *q = error.isValid() ? nullptr : m_statements.query(sql, &error);
        if (q) {
            for (int i = 0; i < count; ++i) {
                // A null QString binds as SQL NULL; text columns hold empty strings instead.
                const QVariant &v = values[i];
                const bool nullText = v.typeId() == QMetaType::QString && v.toString().isNull();
                q->bindValue(i, nullText ? QVariant(QStringLiteral("")) : v);
            }
            if (q->exec())
                return {};
            error = q->lastError();
        }
        return pgsession::storageError(
            QCoreApplication::translate("rs::Store", "The workspace could not be saved."), error);
    }

    // The same with numbers alone: through the C API on SQLite, each bound as an integer; as QVariants otherwise.
    Status run(const char *sql, const qint64 *values, qsizetype count)
    {
        QSqlError error;
        if (!m_batch && m_statements.runSqlite(sql, values, count, &error))
            return {};
        if (error.isValid())
            return pgsession::storageError(
                QCoreApplication::translate("rs::Store", "The workspace could not be saved."), error);
        QVariantList list;
        list.reserve(count);
        for (qsizetype i = 0; i < count; ++i)
            list.append(values[i]);
        return run(sql, list);
    }

    // Rows of one table, their values one row after another: inserted (`upsert`: or updated) many to a statement on
    // SQLite, kRowsAtOnce and then the rest by halves, so that at most one statement of each size is prepared; row by
    // row otherwise. The same rows are stored either way, in the same order; a statement step per row cost more than
    // the row itself.
    template <typename Row> Status rows(const Table<Row> &table, bool upsert, const QVariantList &values)
    {
        return rows(table, upsert, values.constData(), values.size());
    }
    // The same with `size` values from `values` on: QVariants, or numbers alone (run() takes both).
    template <typename Row, typename Value>
    Status rows(const Table<Row> &table, bool upsert, const Value *values, qsizetype size)
    {
        const qsizetype width = table.width();
        const qsizetype count = width ? size / width : 0;
        const bool many = !m_batch && m_statements.isSqlite();
        for (qsizetype at = 0; at < count;) {
            int shift = many ? kRowsAtOnceShift : 0;
            while ((qsizetype(1) << shift) > count - at)
                --shift;
            const char *sql = shift == 0 ? (upsert ? table.upsert() : table.insert())
                                         : (upsert ? table.sqliteUpsertRows(shift) : table.sqliteInsertRows(shift));
            const qsizetype n = qsizetype(1) << shift;
            if (Status s = run(sql, values + at * width, n * width); !s)
                return s;
            at += n;
        }
        return {};
    }

    Status section(const Section &s, int position)
    {
        return run(sections().upsert(), sections().values({ s, position }));
    }
    Status feature(const Feature &f, int position)
    {
        return run(features().upsert(), features().values({ f, position }));
    }
    Status role(const Role &r) { return run(roles().upsert(), roles().values({ r })); }
    Status grant(Id role, Id feature, Levels levels)
    {
        if (levels.isNone())
            return run(grants().remove(), { role, feature });
        return run(grants().upsert(), grants().values({ role, feature, levels }));
    }
    Status roleGrants(const Role &r)
    {
        if (Status s = run("DELETE FROM grants WHERE role_id = ?", { r.id }); !s)
            return s;
        // In the order of the table's key, as writeTouched() writes the roles; on SQLite bound as the numbers they
        // are (run() makes QVariants of them elsewhere): a QVariant for each of a large workspace's 3.8 million values
        // cost a fifth of writing its grants.
        Q_ASSERT(grants().width() == 3);
        const std::vector<qint64> values = grantNumbers(r);
        return rows(grants(), false, values.data(), qsizetype(values.size()));
    }
    // A role's link and version: its one row, or none when it has neither.
    Status roleLink(const Role &r)
    {
        const RoleLinkRow row { r.id, r.version, r.link };
        if (!row.needed())
            return run(roleLinks().remove(), { r.id });
        return run(roleLinks().upsert(), roleLinks().values(row));
    }
    Status touchRole(Id role) { return run("UPDATE roles SET revision = revision + 1 WHERE id = ?", { role }); }
    // is_owner is written with the account role it must agree with (schema 4 checks that it does).
    Status member(const Member &m, bool isOwner) { return run(members().upsert(), members().values({ m, isOwner })); }
    // The one row that names the owner; checked against members.is_owner when the transaction commits.
    Status owner(Id member)
    {
        return run("INSERT INTO workspace_owner (id, member_id) VALUES (1, ?) ON CONFLICT (id) DO UPDATE SET "
                   "member_id = excluded.member_id",
            { member });
    }
    Status production(const Production &p) { return run(productions().upsert(), productions().values({ p })); }
    Status seat(const SeatKey &key, Id role, const SeatTerm &term)
    {
        if (!role)
            return run(seats().remove(), { key.production, key.member });
        return run(seats().upsert(), seats().values({ key, role, term }));
    }
    Status name(const QString &name) { return run(meta::kUpsert, { QString::fromLatin1(meta::kName), name }); }
    Status timeZone(const QByteArray &id)
    {
        return run(meta::kUpsert, { QString::fromLatin1(meta::kTimeZone), QString::fromLatin1(id) });
    }

    // The default policy has no row, so that workspaces that never set one keep their rows (and digests) as they were.
    Status approvalPolicy(const ApprovalPolicy &policy)
    {
        if (policy.isDefault())
            return run(meta::kRemove, { QString::fromLatin1(meta::kApprovalPolicy) });
        return run(meta::kUpsert, { QString::fromLatin1(meta::kApprovalPolicy), QString::fromUtf8(policy.toJson()) });
    }

    const QSqlDatabase &database() const { return m_statements.database(); }
    StatementCache &statements() const { return m_statements; }

private:
    StatementCache &m_statements;
    StoreBatch *m_batch;
};

// Writes every row `t` touched, in its state in `ws`.
Status writeTouched(Writer &w, const Workspace &ws, const Touched &t);
// Sets every name a batch will write aside under a placeholder first (names are unique row by row).
Status setNamesAside(Writer &w, const QList<Touched> &touched);
// Demotes the owner a batch replaces before the batch writes its new owner (one owner flag at a time).
Status demoteReplacedOwner(Writer &w, const QSqlDatabase &db, const Workspace &ws, const QList<Touched> &touched);
// The same with the owner the database holds read already (0: none).
Status demoteReplacedOwner(Writer &w, Id previous, const Workspace &ws, const QList<Touched> &touched);

} // namespace rs::rows
