#pragma once

#include "SafeWrite.h"
#include "domain/ApprovalRequest.h"

#include <QIODevice>
#include <QJsonArray>

#include <optional>

namespace rs::formats {

// The evidence of one approval request: its facts, the changes (as filed and cell by cell), the members whose
// access they change, every approval and denial, and the hash the approvals are bound to.
struct RequestEvidence
{
    QString workspace;
    approval::Request request;
    approval::State state = approval::State::Pending;
    // For an applied request, who gained or lost what as its audit record froze it (ApprovalStore::appliedImpact()).
    std::optional<QJsonArray> appliedImpact;
};

// The changes in words, then each role's cells as they change ("Role — Feature: View → View, Edit"), on `ws`.
QStringList requestChangeLines(const Workspace &ws, const approval::Request &request);
// Who gains or loses what ("Dee — Payout Management: gains View / Edit (account-wide)"): as `frozen` holds it for an
// applied request whose record kept it, else worked out on `ws` for a request not applied yet; for one applied
// before records kept it, the members whose own access it changed, by name.
QStringList requestImpactLines(const Workspace &ws, const approval::Request &request, approval::State state,
    const std::optional<QJsonArray> &frozen);
// The lines of an impact as impactJson() (domain/AccessImpact.h) writes it.
QStringList requestImpactLines(const QJsonArray &impact);

// As an A4 PDF of text lines (PdfText.h), written page by page. Needs a QGuiApplication (fonts).
Status writeRequestPdf(const RequestEvidence &evidence, const Workspace &ws, QIODevice &out);
// The same into the file `path`, through writeFileSafely(): whole or not at all.
Status saveRequestPdf(const RequestEvidence &evidence, const Workspace &ws, const QString &path, Overwrite overwrite);

} // namespace rs::formats
