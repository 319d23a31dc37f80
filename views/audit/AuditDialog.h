#pragma once

#include "document/Document.h"
#include "domain/Workspace.h"

#include <functional>

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace rs {

class AuditFilterModel;
class AuditModel;
class Document;

// The audit trail of the open workspace: every applied change, who made it and what it altered, filtered by role,
// member and date range as one types, and exported as CSV.
class AuditDialog : public QDialog
{
    Q_OBJECT
public:
    // Where the trail is read from: the open document (its worker thread) or a source of the caller's own. `read` and
    // `verify` are handed what to call with the answer, at once or later on this thread while `context` lives.
    struct Source
    {
        template <typename T> using Answer = std::function<void(const Result<T> &)>;
        std::function<void(QObject *context, Answer<QList<AuditEntry>> done)> read;
        std::function<void(QObject *context, Answer<AuditChain> done)> verify;
        std::function<const Workspace &()> workspace; // read when the filters change: a reload may replace it
    };
    AuditDialog(Document &document, QWidget *parent = nullptr);
    AuditDialog(Source source, QWidget *parent = nullptr);

    AuditModel *model() const { return m_model; }
    AuditFilterModel *filter() const { return m_filter; }
    QTableView *table() const { return m_table; }
    QLineEdit *roleEdit() const { return m_role; }
    QLineEdit *memberEdit() const { return m_member; }
    QLineEdit *fromEdit() const { return m_from; }
    QLineEdit *toEdit() const { return m_to; }
    QPushButton *exportButton() const { return m_export; }
    QPushButton *refreshButton() const { return m_refresh; }
    // Enabled on a whole-workspace import that kept the workspace it replaced; closes the dialog with that record
    // as revertRequest(), which the caller carries out once the dialog no longer reads the store.
    QPushButton *revertButton() const { return m_revert; }
    const std::optional<AuditEntry> &revertRequest() const { return m_revertRequest; }
    QLabel *summary() const { return m_summary; }
    // Whether the trail's hash chain is whole, checked when the dialog opens and on Refresh.
    QLabel *chainState() const { return m_chain; }

    // Reads the trail again, with the changes applied since (here or by another editor), keeping the filters. The
    // dialog says it is reading until the answer arrives; trailRead() follows.
    void reload();
    // Whether the trail or its chain check is still awaited.
    bool isReading() const { return m_trailAwaited || m_chainAwaited; }
    // Writes the rows shown, in their order, as CSV; asks for the file name.
    void exportCsv();

Q_SIGNALS:
    // The trail and its chain check have arrived (or failed, which the dialog says).
    void trailRead();

private:
    void trailArrived(const Result<QList<AuditEntry>> &entries);
    void chainArrived(const Result<AuditChain> &chain);
    void answered();
    void completeMembers();
    void applyFilters();
    void updateSummary();
    void updateRevert();

    Source m_source;
    AuditModel *m_model;
    AuditFilterModel *m_filter;
    QTableView *m_table;
    QLineEdit *m_role;
    QLineEdit *m_member;
    QLineEdit *m_from;
    QLineEdit *m_to;
    QPushButton *m_export;
    QPushButton *m_refresh;
    QPushButton *m_revert;
    std::optional<AuditEntry> m_revertRequest;
    QLabel *m_summary;
    QLabel *m_chain;
    bool m_trailAwaited = false;
    bool m_chainAwaited = false;
    quint64 m_request = 0; // the reading whose answers count; earlier ones are dropped
};

} // namespace rs
