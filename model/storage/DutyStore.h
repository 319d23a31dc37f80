#pragma once

#include "Store.h"
#include "domain/Duties.h"

namespace rs {

// The duty rules and exceptions kept in a workspace's database beside it, written through the workspace's store:
// each step in its own transaction, checked against what the database holds under the writers' lock, and recorded in
// the audit trail (the rows are in the digest, so rows written by hand show in `audit --verify`).
class DutyStore
{
public:
    explicit DutyStore(Store &store)
        : m_store(store)
    {
    }

    // The rules and exceptions stored. Cells of features removed since are left out.
    Result<duties::Book> read() const;
    // Switches a rule on: refused as duties::checkRule() refuses it.
    Status addRule(const duties::Rule &rule);
    // Removes a rule and the exceptions granted to it.
    Status removeRule(const QString &name);
    // Grants an exception, by the store's acting member (--as): refused as duties::checkException() refuses it.
    Status addException(duties::Exception exception);

    // Puts `book` in place of the rules and exceptions stored, inside a transaction the caller holds (an import: see
    // Store::replace's `alongside`). The book is checked by the caller against the workspace it goes with.
    Status overwrite(const duties::Book &book);

    // From now on every apply through the store is checked against the rules as stored now (duties::gate()); the
    // conflicts of warn rules an apply makes (duties::warnings()) are handed to `warn` when it lets the change pass.
    using Warn = std::function<void(const QStringList &lines)>;
    static Status guard(Store &store, Warn warn = {});
    // The statements read() runs, which an open on PostgreSQL sends with the workspace's (Store::takePrefetched()).
    static QStringList readStatements();

private:
    Status write(const QString &summary, const QString &subject, const QJsonObject &change,
        const std::function<Status(const duties::Book &book)> &work);

    Store &m_store;
};

} // namespace rs
