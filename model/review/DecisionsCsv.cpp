#include "DecisionsCsv.h"

#include "domain/Quoted.h"
#include "formats/Csv.h"
#include "formats/CsvImport.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringDecoder>

namespace rs::review {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("rs::review", text);
}

// Problems by cell, in the order of the sheet, as the matrix import lists them.
class Problems
{
public:
    void add(qsizetype column, qsizetype row, const QString &message)
    {
        if (m_lines.size() < formats::kMaxListedCsvProblems)
            m_lines.append(formats::cellName(column, row) + QLatin1String(": ") + message);
        ++m_count;
    }
    void addLine(const QString &line)
    {
        m_lines.append(line);
        ++m_count;
    }
    bool any() const { return m_count > 0; }
    Error error() const
    {
        QStringList lines = m_lines;
        if (m_count > m_lines.size()) {
            const int more = int(m_count - m_lines.size());
            lines.append(QCoreApplication::translate("rs::review", "… and %n more problems.", nullptr, more));
        }
        return Error::badInput(lines.join(QLatin1Char('\n')));
    }

private:
    QStringList m_lines;
    qsizetype m_count = 0;
};

// A cell's text: UTF-8, trimmed; the apostrophe the export puts before text that starts like a formula taken off.
std::optional<QString> cellText(const QList<QByteArray> &fields, qsizetype column, qsizetype row, Problems &problems)
{
    if (column < 0 || column >= fields.size())
        return QString();
    const QByteArray &raw = fields.at(column);
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(raw);
    if (decoder.hasError() || raw.contains('\0')) {
        problems.add(column, row, tr("The cell is not UTF-8 text."));
        return std::nullopt;
    }
    text = std::move(text).trimmed();
    if (text.size() > 1 && text.front() == u'\'')
        text.remove(0, 1);
    return text;
}

bool isBlank(const QList<QByteArray> &fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const QByteArray &f) { return f.trimmed().isEmpty(); });
}

QString shown(const QString &text)
{
    return quoted(text.size() > 40 ? text.left(40) + QChar(u'…') : text);
}

} // namespace

Result<QList<ItemDecision>> decisionsFromCsv(const DecisionSheet &sheet, const QByteArray &bytes)
{
    formats::CsvReader reader(bytes, 64);
    Problems problems;
    QList<QByteArray> fields;
    // The campaign's facts: a header naming "campaign", then its values.
    qsizetype campaignColumn = -1;
    bool campaignSeen = false;
    QHash<QString, qsizetype> columns;
    QList<ItemDecision> decisions;
    QSet<int> seen;
    const QDate today = QDate::currentDate();
    while (reader.next(fields)) {
        const qsizetype row = reader.row();
        if (isBlank(fields))
            continue;
        if (columns.isEmpty()) {
            QStringList heads;
            for (const QByteArray &f : std::as_const(fields))
                heads.append(QString::fromUtf8(f).trimmed().toLower());
            if (heads.contains(QLatin1String("item")) && heads.contains(QLatin1String("decision"))) {
                for (qsizetype c = 0; c < heads.size(); ++c)
                    columns.insert(heads.at(c), c);
                for (const char *needed : { "member", "production", "role", "end_date", "comment" }) {
                    if (!columns.contains(QLatin1String(needed)))
                        problems.add(heads.size(), row,
                            tr("The items' header has no %1 column.").arg(quoted(QLatin1String(needed))));
                }
                if (problems.any())
                    break;
                continue;
            }
            if (campaignColumn < 0) {
                campaignColumn = heads.indexOf(QLatin1String("campaign"));
                continue;
            }
            if (!campaignSeen) {
                campaignSeen = true;
                const std::optional<QString> name = cellText(fields, campaignColumn, row, problems);
                if (name && *name != sheet.campaign)
                    problems.add(campaignColumn, row,
                        tr("The file is the sheet of access review %1, not of %2.")
                            .arg(shown(*name), quoted(sheet.campaign)));
            }
            continue;
        }
        // The sections after the items (duty conflicts, exceptions, break glass: ReviewEvidence.h) hold no decisions.
        if (const QByteArray first = fields.value(0).trimmed().toLower();
            first == "duty_conflict_member" || first == "duty_exception_member" || first == "break_glass_request")
            break;
        const auto cell
            = [&](const char *name) { return cellText(fields, columns.value(QLatin1String(name)), row, problems); };
        const qsizetype itemColumn = columns.value(QStringLiteral("item"));
        const std::optional<QString> number = cell("item");
        if (!number)
            continue;
        bool ok = false;
        const int item = number->toInt(&ok);
        const auto found = ok ? sheet.items.constFind(item) : sheet.items.cend();
        if (found == sheet.items.cend()) {
            problems.add(itemColumn, row,
                tr("%1 is not an item of access review %2.").arg(shown(*number), quoted(sheet.campaign)));
            continue;
        }
        const Item &frozen = found->first;
        // The row must be the item as this campaign froze it: a row of another campaign's sheet names other access.
        const std::optional<QString> member = cell("member");
        const std::optional<QString> production = cell("production");
        const std::optional<QString> role = cell("role");
        if (!member || !production || !role)
            continue;
        if (*member != frozen.memberName.trimmed() || *production != frozen.productionName.trimmed()
            || *role != frozen.roleName.trimmed()) {
            const char *differs = *member != frozen.memberName.trimmed() ? "member"
                : *production != frozen.productionName.trimmed()         ? "production"
                                                                         : "role";
            problems.add(columns.value(QLatin1String(differs)), row,
                tr("Item %1 of access review %2 is %3 as %4, not this row's: the row is of another campaign.")
                    .arg(item)
                    .arg(quoted(sheet.campaign), quoted(frozen.memberName), frozen.provenance()));
            continue;
        }
        if (seen.contains(item)) {
            problems.add(itemColumn, row, tr("Item %1 is on an earlier row already.").arg(item));
            continue;
        }
        seen.insert(item);
        const std::optional<QString> word = cell("decision");
        const std::optional<QString> endDate = cell("end_date");
        const std::optional<QString> comment = cell("comment");
        if (!word || !endDate || !comment)
            continue;
        if (word->isEmpty() || word->compare(QLatin1String("undecided"), Qt::CaseInsensitive) == 0)
            continue;
        const qsizetype decisionColumn = columns.value(QStringLiteral("decision"));
        const std::optional<Decision::Kind> kind = Decision::parseKind(*word);
        if (!kind) {
            problems.add(decisionColumn, row, tr("%1 is not a decision: write keep, revoke or end.").arg(shown(*word)));
            continue;
        }
        Decision d;
        d.kind = *kind;
        d.comment = *comment;
        if (d.kind == Decision::Kind::EndOn) {
            d.endDate = QDate::fromString(*endDate, Qt::ISODate);
            if (!d.endDate.isValid()) {
                problems.add(columns.value(QStringLiteral("end_date")), row,
                    tr("End needs its date here, written as YYYY-MM-DD."));
                continue;
            }
        }
        const Decision &now = found->second;
        if (now.kind == d.kind && (d.kind != Decision::Kind::EndOn || now.endDate == d.endDate)
            && now.comment == d.comment)
            continue; // as it was: nothing to record
        if (Status s = checkDecision(d, today); !s) {
            problems.add(d.kind == Decision::Kind::EndOn && !d.endDate.isNull() && d.endDate < today
                    ? columns.value(QStringLiteral("end_date"))
                    : columns.value(QStringLiteral("comment")),
                row, s.error().message);
            continue;
        }
        decisions.append({ item, d });
    }
    if (reader.stop() != formats::CsvReader::Stop::End)
        problems.addLine(
            tr("The file cannot be read to its end: row %1 breaks the limits of a CSV sheet.").arg(reader.row()));
    else if (columns.isEmpty() && !problems.any())
        problems.addLine(tr("The file has no items' header (item, member, …, decision): it is not an access "
                            "review's sheet."));
    if (!campaignSeen && !columns.isEmpty() && !problems.any())
        problems.addLine(tr("The file does not name its access review: its first rows are missing."));
    if (problems.any())
        return problems.error();
    return decisions;
}

} // namespace rs::review
