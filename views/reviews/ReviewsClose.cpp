// Closing a review (through the document's apply) and exporting its evidence (off the window's thread).
#include "ReviewsDialog.h"

#include "Prompts.h"
#include "ReviewDialog.h"
#include "commands/EditSession.h"
#include "document/Document.h"
#include "itemmodels/ReviewItemsModel.h"

#include <QProgressDialog>
#include <QPushButton>

namespace rs {

void ReviewsDialog::closeCampaign()
{
    if (!m_current || m_current->isClosed())
        return;
    if (m_bench.session->hasStagedChanges()) {
        report(Error::badInput(tr("Apply or discard the staged changes before closing an access review.")));
        return;
    }
    const QString name = m_current->name;
    m_bench.document->planReviewClose(this, name, [this, name](const Result<ClosePlan> &plan) {
        if (!plan) {
            report(plan.error());
            return;
        }
        if (!plan.value().changes.isEmpty()) {
            // The revokes go through the usual review: cell by cell, and who loses which access.
            EditSession staged;
            staged.load(m_bench.document->stored());
            if (Status s = staged.stageAll(tr("Close access review"), plan.value().changes); !s) {
                report(s.error());
                return;
            }
            ReviewDialog confirm(&staged, this);
            confirm.setWindowTitle(tr("Close Access Review %1").arg(name));
            if (Prompts::exec(&confirm) != ReviewDialog::ApplyResult)
                return;
        } else if (Prompts::question(this, tr("Close Access Review"),
                       tr("Every item of %1 is kept; close it?").arg(name), QMessageBox::Ok | QMessageBox::Cancel,
                       QMessageBox::Ok)
            != QMessageBox::Ok) {
            return;
        }
        // Written as an apply: the window hears applied() as for any change, and nothing is read again.
        const int notApplied = int(plan.value().changedItems.size());
        Document *document = m_bench.document;
        if (!document->closeReview(plan.value(), actingMember())) {
            report(document->lastOutcome().error());
            return;
        }
        auto *once = new QObject(this);
        connect(document, &Document::applied, once, [this, once, notApplied](const Status &status, int) {
            once->deleteLater();
            if (!status) {
                report(status.error());
                return;
            }
            if (notApplied > 0)
                m_bench.steps->showMessage(
                    tr("%n items were not applied because their access changed after the review started.", nullptr,
                        notApplied));
        });
    });
}

void ReviewsDialog::exportEvidence()
{
    if (!m_current || !m_current->isClosed())
        return;
    const QString path = Prompts::saveFileName(this, tr("Export Evidence"), m_current->name + QStringLiteral(".pdf"),
        tr("PDF (*.pdf);;CSV (*.csv);;Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    auto cancel = std::make_shared<std::atomic<bool>>(false);
    auto *bar = new QProgressDialog(tr("Writing the evidence of %1…").arg(m_current->name), tr("Cancel"), 0,
        std::max(1, int(m_model->items().size())), this);
    bar->setObjectName(QStringLiteral("exportProgress"));
    bar->setWindowTitle(tr("Export Evidence"));
    bar->setMinimumDuration(300);
    bar->setAutoClose(false);
    bar->setAutoReset(false);
    bar->setValue(0);
    connect(bar, &QProgressDialog::canceled, this, [cancel] { *cancel = true; });
    m_export->setEnabled(false);
    m_bench.document->exportReview(
        this, m_current->name, path, cancel,
        [bar](int done, int total) {
            bar->setMaximum(std::max(1, total));
            bar->setValue(std::min(done, std::max(1, total)));
        },
        [this, bar, cancel](const Status &written) {
            bar->deleteLater();
            m_export->setEnabled(m_current && m_current->isClosed());
            if (!written && !*cancel)
                report(written.error());
            Q_EMIT exported(written);
        });
}

} // namespace rs
