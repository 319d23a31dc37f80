#pragma once

#include "Workbench.h"
#include "document/DocumentApprovals.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <optional>

class QWidget;

namespace rs {

class RequestView
{
    Q_DECLARE_TR_FUNCTIONS(RequestView)
public:
    // One approval request opened from the Approvals view: Review Changes' cells and member impact of its change
    // set on the workspace as stored, under the request's facts (who asked and why, the hash, the votes, the
    // window), with the steps its state allows. An applied request shows its changes as filed and who gained or lost
    // what as its audit record kept it (`applied`): its changes are in the workspace by now, so no diff shows them.
    // Returns the step chosen, or nothing when closed.
    static std::optional<ApprovalStep> open(const Workbench &bench, const approval::Request &request,
        approval::State state, const std::optional<QJsonArray> &applied, QWidget *parent);

    // The request's facts in lines: state and approvals, who asked and why, the hash, each vote, the window's end.
    static QStringList facts(const approval::Request &request, approval::State state, const Workspace &ws);
};

} // namespace rs
