#include "ReviewEvidence.h"

#include "Csv.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileDevice>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QMap>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QSet>
#include <QTextLayout>

#include <algorithm>
#include <array>

namespace rs::formats {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::formats::ReviewEvidence", text);
}

QString stamp(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QString scopeKey(const review::Scope &scope)
{
    return scope.kind == review::Scope::Kind::Studio ? scope.key()
                                                     : QStringLiteral("%1:%2").arg(scope.key(), scope.targetName);
}

QString reviewerNames(const Campaign &c)
{
    QStringList names;
    for (const Reviewer &r : c.reviewers)
        names.append(r.name);
    return names.join(QStringLiteral("; "));
}

// One line of a table, cut into its columns, and each cell's text as it wraps in its column.
struct Row
{
    QStringList cells;
    qreal height = 0;
    bool header = false;
    QList<QStringList> lines;
    qreal lineHeight = 0;
};

// The lines `text` wraps into at `width`: at word boundaries, and inside a word only when the word is wider than the
// column, so that nothing is cut off.
QStringList wrapped(const QString &text, const QFont &font, QPaintDevice *device, qreal width)
{
    QStringList lines;
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        QTextLayout layout(paragraph, font, device);
        layout.setTextOption(option);
        layout.beginLayout();
        const qsizetype before = lines.size();
        for (QTextLine line = layout.createLine(); line.isValid(); line = layout.createLine()) {
            line.setLineWidth(width);
            lines.append(paragraph.mid(line.textStart(), line.textLength()));
        }
        layout.endLayout();
        if (lines.size() == before)
            lines.append(QString());
    }
    return lines;
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

Result<QByteArray> reviewPdf(const ReviewEvidence &e)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::badInput(tr("Writing a PDF needs the graphical libraries to be started."));
    const Campaign &c = e.campaign;
    QByteArray data;
    QBuffer buffer(&data);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(200);
    const QString title = tr("Access review %1").arg(c.name);
    writer.setTitle(title);
    writer.setCreator(QStringLiteral("Rolesheet"));
    writer.setPageLayout(QPageLayout(
        QPageSize(QPageSize::A4), QPageLayout::Landscape, QMarginsF(12, 12, 12, 12), QPageLayout::Millimeter));
    QPainter p;
    if (!p.begin(&writer))
        return Error::storage(tr("The document cannot be painted."));
    QFont body;
    body.setPointSizeF(8);
    QFont bold = body;
    bold.setBold(true);
    QFont big = bold;
    big.setPointSizeF(15);
    const qreal width = writer.width();
    const qreal height = writer.height();
    const QFontMetricsF fm(body, &writer);
    const qreal pad = fm.height() * 0.3;
    const qreal footer = fm.height() * 2;
    // Columns: item, member, access, grants, decision, decided by and when, comment.
    const QList<qreal> share = { 0.05, 0.17, 0.27, 0.13, 0.17, 0.21 };
    QList<QRectF> columns;
    const auto setColumns = [&](const QList<qreal> &shares) {
        columns.clear();
        qreal x = 0;
        for (qreal s : shares) {
            columns.append(QRectF(x, 0, width * s, 0));
            x += width * s;
        }
    };
    setColumns(share);
    // Most cells hold one short line: a cell of n characters is surely narrower than n of the font's widest glyphs,
    // so only cells that might not fit are measured, and only those that do not fit are laid out to wrap. A large
    // review's 100,000 rows cost no layout each.
    const qreal widest = QFontMetricsF(bold, &writer).maxWidth();
    const auto measure = [&](Row &row) {
        const QFont &font = row.header ? bold : body;
        const QFontMetricsF m(font, &writer);
        qsizetype most = 1;
        row.lines.clear();
        row.lines.reserve(row.cells.size());
        for (int i = 0; i < row.cells.size(); ++i) {
            const QString &cell = row.cells.at(i);
            const qreal inner = columns.at(i).width() - 2 * pad;
            const bool oneLine = !cell.contains(QLatin1Char('\n'));
            if (oneLine && (qreal(cell.size()) * widest < inner || m.horizontalAdvance(cell) < inner))
                row.lines.append(QStringList { cell });
            else
                row.lines.append(wrapped(cell, font, &writer, inner));
            most = std::max(most, row.lines.last().size());
        }
        row.lineHeight = m.height();
        row.height = qreal(most) * row.lineHeight + 2 * pad;
    };
    // Text, not boxes: each line drawn at its baseline, a rule under the row, the header shaded. A row costs a draw
    // per line of text and one line.
    const qreal ascent = fm.ascent();
    const auto paintRow = [&](const Row &row, qreal y) {
        p.setFont(row.header ? bold : body);
        if (row.header)
            p.fillRect(QRectF(0, y, width, row.height), QColor(0xe8, 0xe8, 0xe8));
        for (int i = 0; i < row.cells.size(); ++i) {
            const QStringList &lines = row.lines.at(i);
            for (int l = 0; l < lines.size(); ++l) {
                if (!lines.at(l).isEmpty())
                    p.drawText(QPointF(columns.at(i).x() + pad, y + pad + l * row.lineHeight + ascent), lines.at(l));
            }
        }
        p.drawLine(QPointF(0, y + row.height), QPointF(width, y + row.height));
    };
    // The first `count` lines of each cell of `row`, as a row of their own; `row` keeps the lines after them.
    const auto takeLines = [&](Row &row, qsizetype count) {
        Row part = row;
        qsizetype first = 1;
        qsizetype rest = 1;
        for (qsizetype i = 0; i < row.lines.size(); ++i) {
            part.lines[i] = row.lines.at(i).mid(0, count);
            row.lines[i] = row.lines.at(i).mid(count);
            first = std::max(first, part.lines.at(i).size());
            rest = std::max(rest, row.lines.at(i).size());
        }
        part.height = qreal(first) * row.lineHeight + 2 * pad;
        row.height = qreal(rest) * row.lineHeight + 2 * pad;
        return part;
    };
    // The items: who holds what, and what was decided. What each role grants, feature by feature, follows them once
    // per role, so that a row is a line of text.
    Row header { { tr("#"), tr("Member"), tr("Access"), tr("Decision"), tr("Decided by"), tr("Comment") }, 0, true, {},
        0 };
    measure(header);
    // Decisions taken together share their time: formatted once.
    QDateTime lastAt;
    QString lastAtText;
    const auto itemRow = [&](const CampaignItem &ci) {
        const review::Item &i = ci.item;
        QString decision = ci.decision.text();
        if (ci.decision.outcome == QLatin1String("changed"))
            decision += QLatin1Char('\n') + tr("not applied: the access changed after the review started");
        else if (ci.decision.outcome == QLatin1String("applied"))
            decision += QLatin1Char('\n') + tr("applied");
        if (ci.history.size() > 1)
            decision += QLatin1Char('\n')
                + QCoreApplication::translate(
                    "rs::formats::ReviewEvidence", "the last of %n decisions", nullptr, int(ci.history.size()));
        QString by = ci.decision.decidedBy;
        if (!ci.decision.actor.isEmpty() && ci.decision.actor != ci.decision.decidedBy)
            by += QStringLiteral(" (%1)").arg(ci.decision.actor);
        if (ci.decision.at.isValid()) {
            if (ci.decision.at != lastAt) {
                lastAt = ci.decision.at;
                lastAtText = lastAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
            }
            by += QLatin1Char('\n') + lastAtText;
        }
        Row row { { QString::number(i.number), i.memberName, i.provenance(), decision, by, ci.decision.comment }, 0,
            false, {}, 0 };
        measure(row);
        return row;
    };
    // The first page's facts.
    const QStringList facts = {
        tr("Workspace: %1").arg(e.workspace),
        tr("Scope: %1").arg(c.scope.describe()),
        tr("Due: %1").arg(c.due.isValid() ? c.due.toString(Qt::ISODate) : tr("none")),
        tr("Reviewers: %1").arg(c.reviewers.isEmpty() ? tr("none") : reviewerNames(c)),
        tr("Started: %1 by %2, at workspace version %3").arg(stamp(c.startedAt), c.startedBy).arg(c.startedVersion),
        c.isClosed() ? tr("Closed: %1 by %2; changes applied at workspace version %3")
                           .arg(stamp(c.closedAt), c.closedBy)
                           .arg(c.appliedVersion)
                     : tr("Still open"),
        tr("SHA-256 of the %1 frozen items: %2").arg(c.itemCount).arg(c.itemsHash),
        tr("SHA-256 of the evidence (items, every decision, reviewers, outcomes and the close): %1")
            .arg(c.evidenceHash.isEmpty() ? tr("not recorded") : c.evidenceHash),
    };
    QStringList allFacts = facts;
    if (c.delta)
        allFacts.append(tr("Delta review: only the access that changed since %1").arg(c.followsName));
    int page = 0;
    const auto footerText = [&] {
        p.setFont(body);
        p.drawText(QRectF(0, height - fm.height(), width, fm.height()), Qt::AlignRight | Qt::AlignVCenter,
            tr("%1 — page %2").arg(title).arg(page));
    };
    const auto newPage = [&]() -> bool {
        if (page > 0) {
            footerText();
            if (!writer.newPage())
                return false;
        }
        ++page;
        return true;
    };
    newPage();
    qreal y = 0;
    p.setFont(big);
    const QFontMetricsF bigMetrics(big, &writer);
    p.drawText(QRectF(0, y, width, bigMetrics.height()), Qt::AlignLeft | Qt::AlignTop, title);
    y += bigMetrics.height() * 1.3;
    p.setFont(body);
    for (const QString &f : allFacts) {
        const QRectF r = fm.boundingRect(QRectF(0, 0, width, 1e9), Qt::TextWordWrap, f);
        p.drawText(QRectF(0, y, width, r.height()), Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop, f);
        y += r.height();
    }
    y += pad * 3;
    const qreal usable = height - footer;
    // Paints a row of a table at y. A row that does not fit goes on a new page under the table's header; one taller
    // than a page is split between its lines, so that every comment is printed whole.
    const auto place = [&](Row row, const Row &tableHeader) -> bool {
        bool atTop = false;
        while (y + row.height > usable) {
            const qreal room = usable - y - 2 * pad;
            qsizetype fit = qsizetype(room / row.lineHeight);
            if (atTop)
                fit = std::max<qsizetype>(fit, 1);
            if (fit >= 1 && (atTop || row.height > usable - tableHeader.height)) {
                const Row part = takeLines(row, fit);
                paintRow(part, y);
            }
            if (!newPage())
                return false;
            y = 0;
            paintRow(tableHeader, y);
            y += tableHeader.height;
            atTop = true;
        }
        paintRow(row, y);
        y += row.height;
        return true;
    };
    // The summary first: the items by decision, by production and by who decided them.
    {
        const auto slot = [](review::Decision::Kind kind) {
            switch (kind) {
            case review::Decision::Kind::Keep:
                return 0;
            case review::Decision::Kind::Revoke:
                return 1;
            case review::Decision::Kind::EndOn:
                return 2;
            case review::Decision::Kind::None:
                break;
            }
            return 3;
        };
        std::array<int, 4> total {};
        QMap<QString, std::array<int, 4>> byProduction;
        QMap<QString, int> byReviewer;
        for (const CampaignItem &ci : e.items) {
            const int k = slot(ci.decision.kind);
            ++total[size_t(k)];
            ++byProduction[ci.item.productionName][size_t(k)];
            if (k != 3)
                ++byReviewer[ci.decision.decidedBy];
        }
        const auto counts = [](const QString &name, const std::array<int, 4> &c) {
            return QStringList { name, QString::number(c[0] + c[1] + c[2] + c[3]), QString::number(c[0]),
                QString::number(c[1]), QString::number(c[2]), QString::number(c[3]) };
        };
        // Its own columns: a name, then counts.
        setColumns({ 0.40, 0.12, 0.12, 0.12, 0.12, 0.12 });
        Row summaryHeader { { tr("Summary"), tr("Items"), tr("Keep"), tr("Revoke"), tr("End on a date"),
                                tr("Undecided") },
            0, true, {}, 0 };
        measure(summaryHeader);
        paintRow(summaryHeader, y);
        y += summaryHeader.height;
        QList<Row> summary;
        summary.append({ counts(tr("All items"), total), 0, false, {}, 0 });
        for (auto it = byProduction.cbegin(); it != byProduction.cend(); ++it)
            summary.append(
                { counts(it.key().isEmpty() ? tr("Account roles") : tr("Production %1").arg(it.key()), it.value()), 0,
                    false, {}, 0 });
        Row reviewerHeader { { tr("Decided by"), tr("Decisions") }, 0, true, {}, 0 };
        measure(reviewerHeader);
        for (Row &row : summary) {
            measure(row);
            if (!place(row, summaryHeader)) {
                p.end();
                return Error::storage(tr("A new page cannot be started."));
            }
        }
        y += pad * 6;
        paintRow(reviewerHeader, y);
        y += reviewerHeader.height;
        for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it) {
            Row row { { it.key(), QString::number(it.value()) }, 0, false, {}, 0 };
            measure(row);
            if (!place(row, reviewerHeader)) {
                p.end();
                return Error::storage(tr("A new page cannot be started."));
            }
        }
        y += pad * 6;
        setColumns(share);
        if (y + header.height * 3 > usable) {
            if (!newPage()) {
                p.end();
                return Error::storage(tr("A new page cannot be started."));
            }
            y = 0;
        }
    }
    paintRow(header, y);
    y += header.height;
    for (const CampaignItem &ci : e.items) {
        if (!place(itemRow(ci), header)) {
            p.end();
            return Error::storage(tr("A new page cannot be started."));
        }
    }
    // What each role grants in full, once per distinct grant set, after the items.
    QList<Row> detail;
    QSet<QString> seen;
    QSet<QPair<QString, const review::FeatureGrant *>> seenLists; // items of a role share their grants' list
    for (const CampaignItem &ci : e.items) {
        const QPair<QString, const review::FeatureGrant *> list { ci.item.roleName, ci.item.grants.constData() };
        if (seenLists.contains(list))
            continue;
        seenLists.insert(list);
        const QString key = ci.item.roleName + QLatin1Char('\n') + ci.item.grantsKey();
        if (seen.contains(key))
            continue;
        seen.insert(key);
        Row row { { QString(), ci.item.roleName, ci.item.kindText(), ci.item.grantsDetail() }, 0, false, {}, 0 };
        measure(row);
        detail.append(std::move(row));
    }
    std::sort(detail.begin(), detail.end(), [](const Row &a, const Row &b) { return a.cells.at(1) < b.cells.at(1); });
    Row detailHeader { { QString(), tr("Role"), tr("Access"), tr("What it grants, feature by feature") }, 0, true, {},
        0 };
    measure(detailHeader);
    if (!detail.isEmpty()) {
        y += pad * 6;
        if (y + detailHeader.height + std::min(detail.first().height, detail.first().lineHeight * 3 + 2 * pad)
            > usable) {
            if (!newPage()) {
                p.end();
                return Error::storage(tr("A new page cannot be started."));
            }
            y = 0;
        }
        paintRow(detailHeader, y);
        y += detailHeader.height;
        for (const Row &row : detail) {
            if (!place(row, detailHeader)) {
                p.end();
                return Error::storage(tr("A new page cannot be started."));
            }
        }
    }
    // The sign-off block: three signers, each with name, signature and date lines; kept whole on one page.
    const qreal line = fm.height() * 2.6;
    const qreal block = fm.height() * 3 + line * 3;
    if (y + pad * 6 + block > usable) {
        if (!newPage()) {
            p.end();
            return Error::storage(tr("A new page cannot be started."));
        }
        y = 0;
    }
    y += pad * 6;
    p.setFont(bold);
    p.drawText(QRectF(0, y, width, fm.height() * 1.5), Qt::AlignLeft | Qt::AlignTop, tr("Sign-off"));
    y += fm.height() * 1.5;
    p.setFont(body);
    p.drawText(QRectF(0, y, width, fm.height() * 1.5), Qt::AlignLeft | Qt::AlignTop,
        tr("We confirm that the access listed above was reviewed and the decisions recorded are ours."));
    y += fm.height() * 1.5;
    const qreal third = width / 3;
    for (int signer = 0; signer < 3; ++signer) {
        const qreal left = signer * third;
        const qreal right = left + third - pad * 8;
        const QStringList labels = { tr("Name"), tr("Signature"), tr("Date") };
        for (int l = 0; l < labels.size(); ++l) {
            const qreal base = y + line * (l + 1);
            p.drawLine(QPointF(left, base), QPointF(right, base));
            p.drawText(QRectF(left, base + pad * 0.5, third, fm.height()), Qt::AlignLeft | Qt::AlignTop, labels.at(l));
        }
    }
    footerText();
    if (!p.end())
        return Error::storage(tr("The document cannot be finished."));
    return data;
}

} // namespace rs::formats
