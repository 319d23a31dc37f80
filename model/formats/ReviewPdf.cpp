// The evidence of an access review as a PDF: the campaign's facts, a summary, the items, what each role grants and
// a sign-off block, written page by page as lines of text (PdfText.h).
#include "PdfText.h"
#include "ReviewEvidence.h"
#include "ReviewEvidenceText.h"
#include "domain/Dates.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMap>
#include <QSet>

#include <algorithm>
#include <array>

namespace rs::formats {

using evidence::reviewerNames;
using evidence::stamp;

namespace {

using Face = PdfText::Face;

// Under the context lupdate files these calls in: the namespace they are made in.
QString tr(const char *text)
{
    return QCoreApplication::translate("rs::formats", text);
}

constexpr qreal kBody = 8;
constexpr qreal kTitle = 15;
constexpr qreal kMargin = 12 * 72 / 25.4; // 12 mm

// One line of a table, cut into its columns, and each cell's text as it wraps in its column.
struct Row
{
    QStringList cells;
    qreal height = 0;
    bool header = false;
    QList<QStringList> lines;
    qreal lineHeight = 0;
};

// The lines `text` wraps into at `width`: at spaces, and inside a word only when the word is wider than the
// column, so that nothing is cut off.
// Plain text, from the width of each character in one pass.
void wrapPlain(const QString &text, const QVarLengthArray<qreal, 256> &advance, qreal width, QStringList &lines)
{
    qsizetype start = 0;
    qsizetype space = -1;
    qreal used = 0;
    qreal beforeSpace = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == QLatin1Char(' ')) {
            space = i;
            beforeSpace = used;
            used += advance[i];
            continue;
        }
        used += advance[i];
        if (used <= width)
            continue;
        if (space > start) {
            lines.append(text.mid(start, space - start));
            used -= beforeSpace + advance[space];
            start = space + 1;
            space = -1;
            if (used <= width)
                continue;
        }
        // A word wider than the column is cut before the character that does not fit.
        if (i > start) {
            lines.append(text.mid(start, i - start));
            start = i;
            used = advance[i];
            space = -1;
        }
    }
    lines.append(text.mid(start));
}

QStringList wrapped(PdfText &pdf, const QString &text, Face face, qreal width)
{
    QStringList lines;
    QVarLengthArray<qreal, 256> advance;
    for (const QString &paragraph : text.split(QLatin1Char('\n'))) {
        if (pdf.advances(paragraph, face, kBody, advance)) {
            wrapPlain(paragraph, advance, width, lines);
            continue;
        }
        if (pdf.advance(paragraph, face, kBody) <= width) {
            lines.append(paragraph);
            continue;
        }
        const qreal space = pdf.advance(QStringLiteral(" "), face, kBody);
        QString current;
        qreal used = 0;
        bool first = true;
        for (const QString &word : paragraph.split(QLatin1Char(' '))) {
            const qreal w = pdf.advance(word, face, kBody);
            if (first || used + space + w <= width) {
                if (!first) {
                    current += QLatin1Char(' ');
                    used += space;
                }
                current += word;
                used += w;
                first = false;
                if (used <= width)
                    continue;
                // A first word wider than the column: cut below.
                current.chop(word.size());
                used -= w;
            } else {
                lines.append(current);
                current.clear();
                used = 0;
                if (w <= width) {
                    current = word;
                    used = w;
                    continue;
                }
            }
            // A word wider than the column is cut where it must be: as many characters as fit on each line.
            for (qsizetype i = 0; i < word.size(); ++i) {
                const qsizetype n = word.at(i).isHighSurrogate() && i + 1 < word.size() ? 2 : 1;
                const QString character = word.mid(i, n);
                const qreal cw = pdf.advance(character, face, kBody);
                if (!current.isEmpty() && used + cw > width) {
                    lines.append(current);
                    current.clear();
                    used = 0;
                }
                current += character;
                used += cw;
                i += n - 1;
            }
        }
        lines.append(current);
    }
    return lines;
}

// Lays the tables out on pages: rows that do not fit go on a new page under their table's header.
class Pages
{
public:
    explicit Pages(PdfText &pdf)
        : m_pdf(pdf)
        , m_width(pdf.width())
        , m_lineHeight(pdf.lineHeight(Face::Regular, kBody))
        , m_ascent(pdf.ascent(Face::Regular, kBody))
        , m_pad(m_lineHeight * 0.3)
        , m_usable(pdf.height() - m_lineHeight * 2)
    {
    }

    PdfText &pdf() { return m_pdf; }
    qreal width() const { return m_width; }
    qreal lineHeight() const { return m_lineHeight; }
    qreal ascent() const { return m_ascent; }
    qreal pad() const { return m_pad; }
    qreal usable() const { return m_usable; }
    qreal y = 0;

    void setColumns(const QList<qreal> &shares)
    {
        m_columns.clear();
        qreal x = 0;
        for (qreal s : shares) {
            m_columns.append({ x, m_width * s });
            x += m_width * s;
        }
    }

    void measure(Row &row)
    {
        const Face face = row.header ? Face::Bold : Face::Regular;
        qsizetype most = 1;
        row.lines.clear();
        row.lines.reserve(row.cells.size());
        for (int i = 0; i < row.cells.size(); ++i) {
            row.lines.append(wrapped(m_pdf, row.cells.at(i), face, m_columns.at(i).second - 2 * m_pad));
            most = std::max(most, row.lines.last().size());
        }
        row.lineHeight = m_lineHeight;
        row.height = qreal(most) * row.lineHeight + 2 * m_pad;
    }

    // Each line at its baseline, a rule under the row, the header shaded.
    void paint(const Row &row)
    {
        const Face face = row.header ? Face::Bold : Face::Regular;
        m_pdf.beginRow(y);
        if (row.header)
            m_pdf.fill(QRectF(0, y, m_width, row.height), QColor(0xe8, 0xe8, 0xe8));
        for (int i = 0; i < row.cells.size(); ++i)
            m_pdf.lines(
                m_columns.at(i).first + m_pad, y + m_pad + m_ascent, row.lines.at(i), face, kBody, row.lineHeight);
        m_pdf.line(0, y + row.height, m_width, y + row.height);
        m_pdf.endRow();
        y += row.height;
    }

    bool newPage()
    {
        footer();
        if (!m_pdf.newPage())
            return false;
        ++m_page;
        y = 0;
        return true;
    }

    // The page's footer: the title, the page's number and, written once the last page is known, their count.
    void footer()
    {
        const QString text
            = QCoreApplication::translate("rs::formats::Pages", "%1 — page %2 of").arg(m_title).arg(m_page)
            + QLatin1Char(' ');
        const qreal base = m_pdf.height() - m_lineHeight + m_ascent;
        m_pdf.text(0, base, text, Face::Regular, kBody);
        m_pdf.later(m_pdf.advance(text, Face::Regular, kBody), base);
    }
    int page() const { return m_page; }

    void setTitle(const QString &title) { m_title = title; }

    // A row at y. One taller than what is left of the page is split between its lines, so that every comment is
    // printed whole.
    bool place(Row row, const Row &tableHeader)
    {
        bool atTop = false;
        while (y + row.height > m_usable) {
            const qreal room = m_usable - y - 2 * m_pad;
            qsizetype fit = qsizetype(room / row.lineHeight);
            if (atTop)
                fit = std::max<qsizetype>(fit, 1);
            if (fit >= 1 && (atTop || row.height > m_usable - tableHeader.height))
                paint(takeLines(row, fit));
            if (!newPage())
                return false;
            paint(tableHeader);
            atTop = true;
        }
        paint(row);
        return true;
    }

    // A new page when fewer than `needed` points are left on this one.
    bool keep(qreal needed) { return y + needed <= m_usable || newPage(); }

private:
    // The first `count` lines of each cell of `row`, as a row of their own; `row` keeps the lines after them.
    Row takeLines(Row &row, qsizetype count) const
    {
        Row part = row;
        qsizetype first = 1;
        qsizetype rest = 1;
        for (qsizetype i = 0; i < row.lines.size(); ++i) {
            part.lines[i] = row.lines.at(i).mid(0, count);
            row.lines[i] = row.lines.at(i).mid(count);
            first = std::max(first, part.lines.at(i).size());
            rest = std::max(rest, row.lines.at(i).size());
        }
        part.height = qreal(first) * row.lineHeight + 2 * m_pad;
        row.height = qreal(rest) * row.lineHeight + 2 * m_pad;
        return part;
    }

    PdfText &m_pdf;
    qreal m_width;
    qreal m_lineHeight;
    qreal m_ascent;
    qreal m_pad;
    qreal m_usable;
    QList<std::pair<qreal, qreal>> m_columns; // left and width
    QString m_title;
    int m_page = 1;
};

// An item's first and last day in the workspace's zone, when its access is dated.
QString datesOf(const review::Item &i, const QTimeZone &zone)
{
    const auto day = [&zone](const QString &iso) {
        const Result<QDateTime> at = dates::parseIso(iso);
        return at ? dates::isoDate(at.value(), zone) : iso;
    };
    if (!i.starts.isEmpty() && !i.ends.isEmpty())
        return tr("from %1 to %2").arg(day(i.starts), day(i.ends));
    if (!i.starts.isEmpty())
        return tr("from %1").arg(day(i.starts));
    if (!i.ends.isEmpty())
        return tr("until %1").arg(day(i.ends));
    return QString();
}

// Who holds what, from when until when, and what was decided.
Row itemRow(const CampaignItem &ci, const QTimeZone &zone, QDateTime &lastAt, QString &lastAtText)
{
    const review::Item &i = ci.item;
    QString access = i.provenance();
    if (const QString dated = datesOf(i, zone); !dated.isEmpty())
        access += QLatin1Char('\n') + dated;
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
    // Decisions taken together share their time: formatted once.
    if (ci.decision.at.isValid()) {
        if (ci.decision.at != lastAt) {
            lastAt = ci.decision.at;
            lastAtText = lastAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        }
        by += QLatin1Char('\n') + lastAtText;
    }
    return Row { { QString::number(i.number), i.memberName, access, decision, by, ci.decision.comment }, 0, false, {},
        0 };
}

// The summary: the items by decision, by production and by who decided them.
bool summary(Pages &pages, const ReviewEvidence &e)
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
    pages.setColumns({ 0.40, 0.12, 0.12, 0.12, 0.12, 0.12 });
    Row summaryHeader { { tr("Summary"), tr("Items"), tr("Keep"), tr("Revoke"), tr("End on a date"), tr("Undecided") },
        0, true, {}, 0 };
    pages.measure(summaryHeader);
    pages.paint(summaryHeader);
    QList<Row> rows;
    rows.append({ counts(tr("All items"), total), 0, false, {}, 0 });
    for (auto it = byProduction.cbegin(); it != byProduction.cend(); ++it)
        rows.append({ counts(it.key().isEmpty() ? tr("Account roles") : tr("Production %1").arg(it.key()), it.value()),
            0, false, {}, 0 });
    for (Row &row : rows) {
        pages.measure(row);
        if (!pages.place(row, summaryHeader))
            return false;
    }
    Row reviewerHeader { { tr("Decided by"), tr("Decisions") }, 0, true, {}, 0 };
    pages.measure(reviewerHeader);
    pages.y += pages.pad() * 6;
    pages.paint(reviewerHeader);
    for (auto it = byReviewer.cbegin(); it != byReviewer.cend(); ++it) {
        Row row { { it.key(), QString::number(it.value()) }, 0, false, {}, 0 };
        pages.measure(row);
        if (!pages.place(row, reviewerHeader))
            return false;
    }
    pages.y += pages.pad() * 6;
    return true;
}

// What each role grants in full, once per distinct grant set, after the items, in columns of its own: the grants
// take most of the width. A row is made when it is printed, so that memory holds one.
bool grantDetail(Pages &pages, const ReviewEvidence &e)
{
    QList<const review::Item *> detail;
    QSet<QByteArray> seen; // the SHA-256 of each role's name and grants
    QSet<QPair<QString, const review::FeatureGrant *>> seenLists; // items of a role share their grants' list
    for (const CampaignItem &ci : e.items) {
        const QPair<QString, const review::FeatureGrant *> list { ci.item.roleName, ci.item.grants.constData() };
        if (seenLists.contains(list))
            continue;
        seenLists.insert(list);
        const QByteArray key = QCryptographicHash::hash(
            (ci.item.roleName + QLatin1Char('\n') + ci.item.grantsKey()).toUtf8(), QCryptographicHash::Sha256);
        if (seen.contains(key))
            continue;
        seen.insert(key);
        detail.append(&ci.item);
    }
    if (detail.isEmpty())
        return true;
    std::stable_sort(detail.begin(), detail.end(),
        [](const review::Item *a, const review::Item *b) { return a->roleName < b->roleName; });
    pages.setColumns({ 0.25, 0.12, 0.63 });
    const auto rowOf = [&pages](const review::Item &item) {
        Row row { { item.roleName, item.kindText(), item.grantsDetail() }, 0, false, {}, 0 };
        pages.measure(row);
        return row;
    };
    Row detailHeader { { tr("Role"), tr("Access"), tr("What it grants, feature by feature") }, 0, true, {}, 0 };
    pages.measure(detailHeader);
    pages.y += pages.pad() * 6;
    const Row first = rowOf(*detail.first());
    if (!pages.keep(detailHeader.height + std::min(first.height, first.lineHeight * 3 + 2 * pages.pad())))
        return false;
    pages.paint(detailHeader);
    for (const review::Item *item : std::as_const(detail)) {
        if (!pages.place(rowOf(*item), detailHeader))
            return false;
    }
    return true;
}

// What the campaign froze of separation of duties and break glass when it started: a table for each that has rows.
bool dutySections(Pages &pages, const ReviewEvidence &e)
{
    // Named with their context, so that the catalogs find them under it.
    const auto ev = [](const char *text) { return QCoreApplication::translate("rs::formats::ReviewEvidence", text); };
    const auto table = [&pages](const QStringList &head, const QList<qreal> &shares, const QList<QStringList> &rows) {
        if (rows.isEmpty())
            return true;
        pages.setColumns(shares);
        Row header { head, 0, true, {}, 0 };
        pages.measure(header);
        pages.y += pages.pad() * 6;
        if (!pages.keep(header.height * 3))
            return false;
        pages.paint(header);
        for (const QStringList &cells : rows) {
            Row row { cells, 0, false, {}, 0 };
            pages.measure(row);
            if (!pages.place(std::move(row), header))
                return false;
        }
        return true;
    };
    const review::DutyEvidence &d = e.duties;
    QList<QStringList> exceptions;
    for (QStringList row : d.exceptions) {
        row[6] = review::exceptionStateName(row.at(6));
        exceptions.append(row);
    }
    return table({ ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Duty conflict of")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Rule")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Severity")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "One side through")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Other side through")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Exception")) },
               { 0.13, 0.15, 0.07, 0.24, 0.24, 0.17 }, d.conflicts)
        && table({ ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Duty exception for")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Rule")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Reason")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Granted by")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Granted")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Until")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "State")) },
            { 0.13, 0.15, 0.22, 0.12, 0.13, 0.13, 0.12 }, exceptions)
        && table({ ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Break glass, request")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Changes")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "By")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "At")),
                     ev(QT_TRANSLATE_NOOP("rs::formats::ReviewEvidence", "Reason")) },
            { 0.12, 0.40, 0.12, 0.14, 0.22 }, d.breakGlass);
}

// Three signers, each with name, signature and date lines; kept whole on one page.
bool signOff(Pages &pages)
{
    PdfText &pdf = pages.pdf();
    const qreal h = pages.lineHeight();
    const qreal line = h * 2.6;
    if (!pages.keep(pages.pad() * 6 + h * 3 + line * 3))
        return false;
    pages.y += pages.pad() * 6;
    pdf.text(0, pages.y + pdf.ascent(Face::Bold, kBody), tr("Sign-off"), Face::Bold, kBody);
    pages.y += h * 1.5;
    pdf.text(0, pages.y + pages.ascent(),
        tr("We confirm that the access listed above was reviewed and the decisions recorded are ours."), Face::Regular,
        kBody);
    pages.y += h * 1.5;
    const qreal third = pages.width() / 3;
    const QStringList labels = { tr("Name"), tr("Signature"), tr("Date") };
    for (int signer = 0; signer < 3; ++signer) {
        const qreal left = signer * third;
        const qreal right = left + third - pages.pad() * 8;
        for (int l = 0; l < labels.size(); ++l) {
            const qreal base = pages.y + line * (l + 1);
            pdf.line(left, base, right, base);
            pdf.text(left, base + pages.pad() * 0.5 + pages.ascent(), labels.at(l), Face::Regular, kBody);
        }
    }
    return true;
}

} // namespace

Status writeReviewPdf(const ReviewEvidence &e, QIODevice &out, const EvidenceProgress &progress)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::badInput(tr("Writing a PDF needs the graphical libraries to be started."));
    const Campaign &c = e.campaign;
    const QString title = tr("Access review %1").arg(c.name);
    PdfText pdf(out, true, QMarginsF(kMargin, kMargin, kMargin, kMargin), title);
    Pages pages(pdf);
    pages.setTitle(title);
    const auto cannotContinue = [] { return Error::storage(tr("A new page cannot be started.")); };
    // The first page's facts.
    QStringList facts = {
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
    if (c.delta)
        facts.append(tr("Delta review: only the access that changed since %1").arg(c.followsName));
    pdf.text(0, pdf.ascent(Face::Bold, kTitle), title, Face::Bold, kTitle);
    pages.y = pdf.lineHeight(Face::Bold, kTitle) * 1.3;
    for (const QString &fact : std::as_const(facts)) {
        for (const QString &line : wrapped(pdf, fact, Face::Regular, pages.width())) {
            pdf.text(0, pages.y + pages.ascent(), line, Face::Regular, kBody);
            pages.y += pages.lineHeight();
        }
    }
    pages.y += pages.pad() * 3;
    if (!summary(pages, e))
        return cannotContinue();
    // Columns: item, member, access, decision, decided by and when, comment.
    pages.setColumns({ 0.05, 0.17, 0.27, 0.13, 0.17, 0.21 });
    Row header { { tr("#"), tr("Member"), tr("Access"), tr("Decision"), tr("Decided by"), tr("Comment") }, 0, true, {},
        0 };
    pages.measure(header);
    if (!pages.keep(header.height * 3))
        return cannotContinue();
    pages.paint(header);
    QDateTime lastAt;
    QString lastAtText;
    const int total = int(e.items.size());
    int written = 0;
    for (const CampaignItem &ci : e.items) {
        if (progress && written % 512 == 0 && !progress(written, total))
            return Error::badInput(tr("The evidence was not written."));
        ++written;
        Row row = itemRow(ci, e.zone, lastAt, lastAtText);
        pages.measure(row);
        if (!pages.place(std::move(row), header))
            return cannotContinue();
    }
    if (!grantDetail(pages, e) || !dutySections(pages, e) || !signOff(pages))
        return cannotContinue();
    pages.footer();
    pdf.setLater(QString::number(pages.page()), Face::Regular, kBody);
    if (!pdf.finish())
        return Error::storage(tr("The document cannot be finished."));
    if (progress)
        progress(total, total);
    return {};
}

Status saveReviewPdf(
    const ReviewEvidence &e, const QString &path, Overwrite overwrite, const EvidenceProgress &progress)
{
    return writeFileSafely(path, overwrite, [&](QIODevice &out) { return writeReviewPdf(e, out, progress); });
}

} // namespace rs::formats
