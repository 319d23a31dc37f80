// The evidence of an approval request as a PDF: its facts and hash, the changes as filed and cell by cell, who gains
// or loses which access, and every approval and denial, as lines of text (PdfText.h).
#include "RequestPdf.h"

#include "PdfText.h"
#include "commands/StagedDiff.h"
#include "domain/AccessImpact.h"
#include "domain/ApprovalGate.h"
#include "domain/DefaultWorkspace.h"

#include <QCoreApplication>
#include <QGuiApplication>

namespace rs::formats {

namespace {

using Face = PdfText::Face;

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::formats", text);
}

constexpr qreal kBody = 9;
constexpr qreal kHeading = 11;
constexpr qreal kTitle = 15;
constexpr qreal kMargin = 15 * 72 / 25.4; // 15 mm

QString stamp(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

QString featureName(const Workspace &a, const Workspace &b, Id id)
{
    const Feature *f = a.feature(id) ? a.feature(id) : b.feature(id);
    return f ? DefaultWorkspace::displayName(f->name) : QString();
}

// The workspace with the request's changes made on it, or nothing when they no longer fit it.
std::optional<Workspace> after(const Workspace &ws, const QList<Change> &changes)
{
    Workspace copy = ws;
    for (Change c : changes) {
        if (!copy.apply(c))
            return std::nullopt;
    }
    return copy;
}

// Text laid down the page, wrapped at spaces, a new page (with the footer) when the page is full.
class Flow
{
public:
    // `footer`: the text at each page's foot, %1 the title and %2 the page's number.
    Flow(PdfText &pdf, const QString &title, const QString &footer)
        : m_pdf(pdf)
        , m_title(title)
        , m_footer(footer)
    {
    }

    bool title()
    {
        m_pdf.text(0, m_pdf.ascent(Face::Bold, kTitle), m_title, Face::Bold, kTitle);
        m_y = m_pdf.lineHeight(Face::Bold, kTitle) * 1.4;
        return true;
    }

    bool heading(const QString &text)
    {
        const qreal h = m_pdf.lineHeight(Face::Bold, kHeading);
        // A heading keeps at least two lines below it on its page.
        if (!room(h * 1.5 + m_pdf.lineHeight(Face::Regular, kBody) * 2))
            return false;
        m_y += h * 0.5;
        m_pdf.text(0, m_y + m_pdf.ascent(Face::Bold, kHeading), text, Face::Bold, kHeading);
        m_y += h * 1.1;
        return true;
    }

    bool paragraph(const QString &text, qreal indent = 0, Face face = Face::Regular)
    {
        const qreal h = m_pdf.lineHeight(face, kBody);
        for (const QString &line : wrap(text, m_pdf.width() - indent, face)) {
            if (!room(h))
                return false;
            m_pdf.text(indent, m_y + m_pdf.ascent(face, kBody), line, face, kBody);
            m_y += h;
        }
        return true;
    }

    bool finish()
    {
        footer();
        return m_pdf.finish();
    }

private:
    bool room(qreal needed)
    {
        if (m_y + needed <= m_pdf.height() - m_pdf.lineHeight(Face::Regular, kBody) * 2)
            return true;
        footer();
        if (!m_pdf.newPage())
            return false;
        ++m_page;
        m_y = 0;
        return true;
    }

    void footer()
    {
        const QString text = m_footer.arg(m_title).arg(m_page);
        m_pdf.text(m_pdf.width() - m_pdf.advance(text, Face::Regular, kBody),
            m_pdf.height() - m_pdf.lineHeight(Face::Regular, kBody) + m_pdf.ascent(Face::Regular, kBody), text,
            Face::Regular, kBody);
    }

    // Words as they fit in `width`; a word wider than a line is cut where it must be.
    QStringList wrap(const QString &text, qreal width, Face face)
    {
        QStringList lines;
        const qreal space = m_pdf.advance(QStringLiteral(" "), face, kBody);
        QString current;
        qreal used = 0;
        for (QString word : text.split(QLatin1Char(' '))) {
            qreal w = m_pdf.advance(word, face, kBody);
            if (!current.isEmpty() && used + space + w > width) {
                lines.append(current);
                current.clear();
                used = 0;
            }
            while (w > width && word.size() > 1) {
                qsizetype n = word.size() - 1;
                while (n > 1 && m_pdf.advance(word.left(n), face, kBody) > width)
                    --n;
                lines.append(word.left(n));
                word = word.mid(n);
                w = m_pdf.advance(word, face, kBody);
            }
            if (!current.isEmpty()) {
                current += QLatin1Char(' ');
                used += space;
            }
            current += word;
            used += w;
        }
        lines.append(current);
        return lines;
    }

    PdfText &m_pdf;
    QString m_title;
    QString m_footer;
    qreal m_y = 0;
    int m_page = 1;
};

} // namespace

QStringList requestChangeLines(const Workspace &ws, const approval::Request &request)
{
    QStringList lines;
    Workspace walk = ws;
    for (Change c : request.current().changes) {
        lines.append(c.describe(walk));
        static_cast<void>(walk.apply(c).ok());
    }
    if (const std::optional<Workspace> working = after(ws, request.current().changes)) {
        const StagedDiff diff = diffStaged(ws, *working, request.current().changes);
        for (const RoleChange &rc : diff.roles) {
            for (const CellChange &cell : rc.cells)
                lines.append(tr("%1 — %2: %3 → %4")
                                 .arg(rc.label, featureName(*working, ws, cell.feature), cell.before.toText(),
                                     cell.after.toText()));
        }
    }
    return lines;
}

QStringList requestImpactLines(const QJsonArray &impact)
{
    QStringList lines;
    for (const KeptAccessChange &a : keptImpact(impact)) {
        QStringList parts;
        if (const Levels gained = a.after.without(a.before); !gained.isNone())
            parts.append(tr("gains %1").arg(gained.toText()));
        if (const Levels lost = a.before.without(a.after); !lost.isNone())
            parts.append(tr("loses %1").arg(lost.toText()));
        lines.append(tr("%1 — %2: %3 (%4)")
                         .arg(a.member, DefaultWorkspace::displayName(a.feature), parts.join(QStringLiteral(", ")),
                             a.productions.isEmpty() ? tr("account-wide") : a.productions.join(QStringLiteral(", "))));
    }
    return lines;
}

QStringList requestImpactLines(const Workspace &ws, const approval::Request &request, approval::State state,
    const std::optional<QJsonArray> &frozen)
{
    if (frozen)
        return requestImpactLines(*frozen);
    const QList<Change> &changes = request.current().changes;
    const std::optional<Workspace> working = state == approval::State::Applied ? std::nullopt : after(ws, changes);
    if (!working) {
        // Applied before its record kept the impact (or no longer fitting): the members whose own access the
        // changes alter, by name.
        QStringList lines;
        for (const Member &m : ws.members()) {
            if (approval::touchesAccessOf(ws, changes, m.id))
                lines.append(m.name);
        }
        return lines;
    }
    const AccessImpact impact = accessImpact(ws, *working, int(ws.members().size() + working->members().size()));
    return requestImpactLines(impactJson(ws, *working, impact.access));
}

Status writeRequestPdf(const RequestEvidence &e, const Workspace &ws, QIODevice &out)
{
    if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return Error::badInput(tr("Writing a PDF needs the graphical libraries to be started."));
    const approval::Request &r = e.request;
    const QString title = tr("Approval request %1").arg(r.id);
    PdfText pdf(out, false, QMarginsF(kMargin, kMargin, kMargin, kMargin), title);
    Flow flow(pdf, title, tr("%1 — page %2"));
    const QList<approval::Vote> counted = approval::counted(r, ws);
    QStringList facts = {
        tr("Workspace: %1").arg(e.workspace),
        tr("State: %1; %2 of %3 approvals")
            .arg(approval::stateName(e.state))
            .arg(counted.size())
            .arg(ws.approvalPolicy().approvals),
        tr("Requested by %1 at %2").arg(r.requesterName, stamp(r.filedAt)),
        tr("Reason: %1").arg(r.reason),
        tr("Made on workspace version %1 (revision %2)").arg(r.current().baseVersion).arg(r.current().number),
        tr("SHA-256 of the change set the approvals are bound to: %1").arg(r.current().hash),
    };
    if (r.breakGlass)
        facts.append(tr("Break glass: applied at once by the owner and listed for approval after the fact"));
    if (r.appliedAt.isValid())
        facts.append(tr("Applied by %1 at %2 as workspace version %3")
                         .arg(r.appliedBy, stamp(r.appliedAt))
                         .arg(r.appliedVersion));
    if (r.withdrawnAt.isValid())
        facts.append(tr("Withdrawn at %1").arg(stamp(r.withdrawnAt)));
    const auto failed = [] { return Error::storage(tr("A new page cannot be started.")); };
    flow.title();
    for (const QString &fact : std::as_const(facts)) {
        if (!flow.paragraph(fact))
            return failed();
    }
    const struct
    {
        QString heading;
        QStringList lines;
        QString none;
    } sections[] = {
        { tr("Changes"), requestChangeLines(ws, r), tr("none") },
        { tr("Member impact"), requestImpactLines(ws, r, e.state, e.appliedImpact),
            tr("Nobody gains or loses access.") },
    };
    for (const auto &section : sections) {
        if (!flow.heading(section.heading))
            return failed();
        for (const QString &line : section.lines.isEmpty() ? QStringList { section.none } : section.lines) {
            if (!flow.paragraph(line, 10))
                return failed();
        }
    }
    if (!flow.heading(tr("Approvals and denials")))
        return failed();
    if (r.votes.isEmpty() && !flow.paragraph(tr("none"), 10))
        return failed();
    for (const approval::Vote &v : r.votes) {
        bool counts = false;
        for (const approval::Vote &c : counted)
            counts = counts || c.seq == v.seq;
        QString line = (v.approve ? tr("Approved by %1 at %2") : tr("Denied by %1 at %2")).arg(v.name, stamp(v.at));
        if (v.approve)
            line += QLatin1Char(' ') + (counts ? tr("(counts)") : tr("(does not count)"));
        if (!v.login.isEmpty())
            line += QLatin1Char(' ') + tr("[login %1]").arg(v.login);
        if (!flow.paragraph(line, 10) || (!v.comment.isEmpty() && !flow.paragraph(v.comment, 24))
            || !flow.paragraph(tr("on SHA-256 %1").arg(v.hash), 24))
            return failed();
    }
    if (!flow.finish())
        return Error::storage(tr("The PDF could not be written."));
    return {};
}

Status saveRequestPdf(const RequestEvidence &e, const Workspace &ws, const QString &path, Overwrite overwrite)
{
    return writeFileSafely(path, overwrite, [&e, &ws](QIODevice &out) { return writeRequestPdf(e, ws, out); });
}

} // namespace rs::formats
