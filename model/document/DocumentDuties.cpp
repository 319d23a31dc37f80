#include "Document.h"

#include "StoreWorker.h"
#include "storage/DutyStore.h"

#include <QCoreApplication>

namespace rs {

Result<duties::Book> Document::dutyBook()
{
    return onStore<Result<duties::Book>>([](Store &store) { return DutyStore(store).read(); }, duties::Book());
}

Status Document::addDutyRule(const duties::Rule &rule)
{
    return onStore<Status>(
        [rule, worker = m_worker](Store &store) -> Status {
            if (Status added = DutyStore(store).addRule(rule); !added)
                return added;
            return DutyStore::guard(store, worker->dutyWarner());
        },
        Error::badInput(QCoreApplication::translate("rs::DutiesDialog", "No workspace is open.")));
}

} // namespace rs
