#include "ReviewEvidence.h"

#include "Csv.h"
#include "ReviewEvidenceText.h"

#include <QCoreApplication>
#include <QFileDevice>

#include <algorithm>

namespace rs::formats {

using evidence::reviewerNames;
using evidence::stamp;

namespace {

// Under the context lupdate files these calls in: the namespace they are made in.
QString tr(const char *text)
{
    return QCoreApplication::translate("rs::formats", text);
}

QString scopeKey(const review::Scope &scope)
{
    return scope.kind == review::Scope::Kind::Studio ? scope.key()
                                                     : QStringLiteral("%1:%2").arg(scope.key(), scope.targetName);
}

} // namespace

QList<QStringList> reviewRows(const ReviewEvidence &e)
{
    const Campaign &c = e.campaign;
    QList<QStringList> out;
    out.append(QStringList { QStringLiteral("workspace"), QStringLiteral("campaign"), QStringLiteral("scope"),
        QStringLiteral("due"), QStringLiteral("reviewers"), QStringLiteral("delta_of"), QStringLiteral("started_at"),
        QStringLiteral("started_by"), QStringLiteral("started_version"), QStringLiteral("closed_at"),
        QStringLiteral("closed_by"), QStringLiteral("applied_version"), QStringLiteral("items"),
        QStringLiteral("items_sha256"), QStringLiteral("evidence_sha256") });
    out.append(QStringList { e.workspace, c.name, scopeKey(c.scope), c.due.toString(Qt::ISODate), reviewerNames(c),
        c.followsName, stamp(c.startedAt), c.startedBy, QString::number(c.startedVersion), stamp(c.closedAt),
        c.closedBy, c.isClosed() ? QString::number(c.appliedVersion) : QString(), QString::number(c.itemCount),
        c.itemsHash, c.evidenceHash });
    out.append(QStringList());
    out.append(QStringList { QStringLiteral("item"), QStringLiteral("member"), QStringLiteral("production"),
        QStringLiteral("role"), QStringLiteral("access"), QStringLiteral("reach"), QStringLiteral("starts"),
        QStringLiteral("ends"), QStringLiteral("grants"), QStringLiteral("decision"), QStringLiteral("end_date"),
        QStringLiteral("comment"), QStringLiteral("decided_by"), QStringLiteral("actor"), QStringLiteral("decided_at"),
        QStringLiteral("outcome"), QStringLiteral("decisions") });
    for (const CampaignItem &ci : e.items) {
        const review::Item &i = ci.item;
        // Each level's feature count; what a role grants feature by feature is in the workspace's role sheets.
        int counts[4] = { 0, 0, 0, 0 };
        for (const review::FeatureGrant &g : i.grants) {
            for (int l = 0; l < 4; ++l)
                counts[l] += g.levels.has(kAllLevels[l]) ? 1 : 0;
        }
        const QString grants = QStringLiteral("features=%1 view=%2 add=%3 edit=%4 delete=%5")
                                   .arg(i.grants.size())
                                   .arg(counts[0])
                                   .arg(counts[1])
                                   .arg(counts[2])
                                   .arg(counts[3]);
        out.append(QStringList { QString::number(i.number), i.memberName, i.productionName, i.roleName, i.kindKey(),
            i.kind == review::Item::Kind::Seat ? QString()
                                               : (i.reachesAll ? QStringLiteral("all") : QStringLiteral("invited")),
            i.starts, i.ends, grants, review::Decision::kindKey(ci.decision.kind),
            ci.decision.endDate.toString(Qt::ISODate), ci.decision.comment, ci.decision.decidedBy, ci.decision.actor,
            stamp(ci.decision.at), ci.decision.outcome, QString::number(ci.history.size()) });
    }
    // Each section only when there is something in it: evidence of campaigns without them keeps its bytes.
    const review::DutyEvidence &d = e.duties;
    const auto section = [&out](const QStringList &header, const QList<QStringList> &rows) {
        if (rows.isEmpty())
            return;
        out.append(QStringList());
        out.append(header);
        out += rows;
    };
    section({ QStringLiteral("duty_conflict_member"), QStringLiteral("rule"), QStringLiteral("severity"),
                QStringLiteral("one_side_through"), QStringLiteral("other_side_through"), QStringLiteral("exception") },
        d.conflicts);
    section({ QStringLiteral("duty_exception_member"), QStringLiteral("rule"), QStringLiteral("reason"),
                QStringLiteral("granted_by"), QStringLiteral("granted_at"), QStringLiteral("until"),
                QStringLiteral("state") },
        d.exceptions);
    section({ QStringLiteral("break_glass_request"), QStringLiteral("changes"), QStringLiteral("by"),
                QStringLiteral("at"), QStringLiteral("reason") },
        d.breakGlass);
    return out;
}

QByteArray reviewCsv(const ReviewEvidence &e)
{
    QString out = QChar(0xFEFF);
    for (const QStringList &row : reviewRows(e))
        out += csvRecord(row);
    return out.toUtf8();
}

Status verifyItemsHash(const ReviewEvidence &e)
{
    QList<review::Item> items;
    for (const CampaignItem &ci : e.items)
        items.append(ci.item);
    if (review::itemsHash(items) != e.campaign.itemsHash)
        return Error::rule(tr("The stored items of access review %1 no longer hash to %2, the SHA-256 recorded when "
                              "it started: they were changed.")
                               .arg(QStringLiteral("“%1”").arg(e.campaign.name), e.campaign.itemsHash));
    return {};
}

namespace {

// The number (from 1) of the first line of `got` that differs from `want`'s, found in place: a file of a million
// short lines costs no list of them.
qsizetype firstDifferentLine(QByteArrayView want, QByteArrayView got)
{
    const auto lineEnd = [](QByteArrayView text, qsizetype from) {
        return qsizetype(std::find(text.begin() + from, text.end(), '\n') - text.begin());
    };
    qsizetype line = 1, w = 0, g = 0;
    while (true) {
        const qsizetype wEnd = lineEnd(want, w), gEnd = lineEnd(got, g);
        if (want.sliced(w, wEnd - w) != got.sliced(g, gEnd - g))
            return line;
        ++line;
        if (wEnd == want.size() || gEnd == got.size())
            return line;
        w = wEnd + 1;
        g = gEnd + 1;
    }
}

// Compared without the byte order mark: a spreadsheet may save the file again with or without one.
Status compareReviewCsv(const ReviewEvidence &e, QByteArrayView expected, QByteArrayView csv)
{
    expected = withoutBom(expected);
    csv = withoutBom(csv);
    if (csv == expected)
        return {};
    return Error::rule(tr("The file does not match access review %1: line %2 differs from the stored campaign.")
                           .arg(QStringLiteral("“%1”").arg(e.campaign.name))
                           .arg(firstDifferentLine(expected, csv)));
}

} // namespace

Status verifyReviewCsv(const ReviewEvidence &e, const QByteArray &csv)
{
    if (Status s = verifyItemsHash(e); !s)
        return s;
    return compareReviewCsv(e, reviewCsv(e), csv);
}

Status verifyReviewCsvFile(const ReviewEvidence &e, QIODevice &file)
{
    if (Status s = verifyItemsHash(e); !s)
        return s;
    const QByteArray expected = reviewCsv(e);
    // One byte past what the campaign exports tells a longer file, and the line where it first differs is within
    // it: a file of any size costs no more than the export itself.
    const QByteArray head = file.read(expected.size() + 1);
    if (const auto *f = qobject_cast<const QFileDevice *>(&file); f && f->error() != QFileDevice::NoError)
        return Error::storage(tr("The file cannot be read: %1.").arg(file.errorString()));
    return compareReviewCsv(e, expected, head);
}

} // namespace rs::formats
