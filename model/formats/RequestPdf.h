#pragma once

#include "SafeWrite.h"
#include "domain/ApprovalRequest.h"

#include <QIODevice>

namespace rs::formats {

// The evidence of one approval request: its facts, the changes (as filed and cell by cell), the members whose
// access they change, every approval and denial, and the hash the approvals are bound to.
struct RequestEvidence
{
    QString workspace;
    approval::Request request;
    approval::State state = approval::State::Pending;
};

// The changes in words, then each role's cells as they change ("Role — Feature: View → View, Edit"), on `ws`.
QStringList requestChangeLines(const Workspace &ws, const approval::Request &request);
// Who gains or loses what ("Dee — Payout Management: gains view, edit (account-wide)"), worked out on `ws` for a
// request not applied yet; for an applied one, the members whose own access it changed.
QStringList requestImpactLines(const Workspace &ws, const approval::Request &request, approval::State state);

// As an A4 PDF of text lines (PdfText.h), written page by page. Needs a QGuiApplication (fonts).
Status writeRequestPdf(const RequestEvidence &evidence, const Workspace &ws, QIODevice &out);
// The same into the file `path`, through writeFileSafely(): whole or not at all.
Status saveRequestPdf(const RequestEvidence &evidence, const Workspace &ws, const QString &path, Overwrite overwrite);

} // namespace rs::formats
