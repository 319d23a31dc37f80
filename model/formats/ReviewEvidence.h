#pragma once

#include "SafeWrite.h"
#include "review/Campaign.h"
#include "review/ReviewDuties.h"

#include <QByteArray>
#include <QIODevice>
#include <QTimeZone>

#include <functional>

namespace rs::formats {

// The evidence of a closed access review: the campaign, every item with its decision (and how many were made), the
// member who decided and when, the workspace version its changes were applied at, the SHA-256 of its frozen items
// and the evidence hash its close recorded (storage/ReviewSeal.h).
struct ReviewEvidence
{
    QString workspace;
    Campaign campaign;
    QList<CampaignItem> items;
    // The workspace's time zone: the PDF shows the items' first and last days in it.
    QTimeZone zone = QTimeZone::utc();
    // The duty conflicts, exceptions and break-glass changes the campaign froze when it started (may be empty).
    review::DutyEvidence duties;
};

// As CSV (UTF-8 with a byte order mark), with fixed English keys: a record of the campaign's facts, then one record per
// item, then, when the campaign froze any, a header and records for each of its duty conflicts, duty exceptions and
// break-glass changes. UTF-8, CRLF. The same campaign always gives the same bytes, which is what `review verify`
// compares.
QByteArray reviewCsv(const ReviewEvidence &evidence);
// Its rows: the campaign's header and facts, an empty row, the items' header and one row per item.
QList<QStringList> reviewRows(const ReviewEvidence &evidence);

// As an A4 landscape PDF: the campaign's facts, a summary (items by decision, production and reviewer), the items,
// what each role grants, and a sign-off block (name, signature and date lines). Written to `out` page by page, as
// lines of text (PdfText.h), so that memory holds a page whatever the review's size. Needs a QGuiApplication (fonts).
// `progress`, when given, is called now and then with the items written and how many there are; false stops the
// writing with an error.
using EvidenceProgress = std::function<bool(int done, int total)>;
Status writeReviewPdf(const ReviewEvidence &evidence, QIODevice &out, const EvidenceProgress &progress = {});
// The same into the file `path`, through writeFileSafely(): whole or not at all.
Status saveReviewPdf(
    const ReviewEvidence &evidence, const QString &path, Overwrite overwrite, const EvidenceProgress &progress = {});

// Whether `csv` is exactly what the stored campaign exports; else the first line that differs, in one sentence.
Status verifyReviewCsv(const ReviewEvidence &evidence, const QByteArray &csv);
// The same for an open file, read no further than one byte past the export's size, whatever the file's size.
Status verifyReviewCsvFile(const ReviewEvidence &evidence, QIODevice &file);

// Whether the stored items still hash to what the campaign recorded when it started.
Status verifyItemsHash(const ReviewEvidence &evidence);

} // namespace rs::formats
