#include "CsvImport.h"

#include "Csv.h"
#include "Export.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QStringDecoder>

#include <algorithm>
#include <bit>
#include <optional>
#include <tuple>

namespace rs::formats {

namespace {

// Columns and rows beyond what the workspace could fill: blank columns and rows a spreadsheet adds, no more.
constexpr qsizetype kSpareColumns = 64;
constexpr qsizetype kSpareRows = 1000;

// The problems of one file, each a line starting with its cell, listed in the order of the sheet: row by row.
class Problems
{
public:
    // A problem of the file as a whole, listed first whatever the number of others.
    void addFirst(const QString &line) { m_first << line; }
    void add(qsizetype column, qsizetype row, const QString &message)
    {
        if (m_cells.size() < kMaxListedCsvProblems)
            m_cells.append({ row, column, cellName(column, row) + QLatin1String(": ") + message });
        ++m_count;
    }
    bool any() const { return m_count > 0 || !m_first.isEmpty(); }
    Error error() const
    {
        QList<Cell> cells = m_cells;
        std::stable_sort(cells.begin(), cells.end(),
            [](const Cell &a, const Cell &b) { return std::tie(a.row, a.column) < std::tie(b.row, b.column); });
        QStringList lines = m_first;
        for (const Cell &c : cells)
            lines << c.line;
        if (m_count > m_cells.size())
            lines << QCoreApplication::translate(
                "rs::formats::CsvImport", "… and %n more problems.", nullptr, int(m_count - m_cells.size()));
        return Error::badInput(lines.join(QLatin1Char('\n')));
    }

private:
    struct Cell
    {
        qsizetype row = 0;
        qsizetype column = 0;
        QString line;
    };
    QStringList m_first;
    QList<Cell> m_cells;
    qsizetype m_count = 0;
};

// A cell's text for a message: quoted, cut short, control characters shown as "?".
QString shown(const QString &text)
{
    QString result;
    for (const QChar c : text.left(40))
        result.append(c.category() == QChar::Other_Control || c.category() == QChar::Other_Format ? QChar(u'?') : c);
    if (text.size() > 40)
        result.append(QChar(u'…'));
    return QStringLiteral("“%1”").arg(result);
}

bool isFormulaStart(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@';
}

// The trimmed text of a cell, or nothing when the cell holds a NUL byte, is not UTF-8 or is a formula. The leading
// apostrophe csvField() puts before text that starts like a formula is taken off again.
std::optional<QString> cellText(const QByteArray &raw, qsizetype column, qsizetype row, Problems &problems)
{
    if (raw.contains('\0')) {
        problems.add(column, row, QCoreApplication::translate("rs::formats::CsvImport", "The cell holds a NUL byte."));
        return std::nullopt;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(raw);
    if (decoder.hasError()) {
        problems.add(column, row, QCoreApplication::translate("rs::formats::CsvImport", "The cell is not UTF-8 text."));
        return std::nullopt;
    }
    text = std::move(text).trimmed();
    if (!text.isEmpty() && isFormulaStart(text.front())) {
        problems.add(column, row,
            QCoreApplication::translate(
                "rs::formats::CsvImport", "%1 is a formula: formulas are not read; type the value itself.")
                .arg(shown(text)));
        return std::nullopt;
    }
    if (text.size() > 1 && text.front() == u'\'' && isFormulaStart(text.at(1)))
        text.remove(0, 1);
    return text;
}

bool isBlank(const QList<QByteArray> &fields)
{
    return std::all_of(fields.begin(), fields.end(), [](const QByteArray &f) { return f.trimmed().isEmpty(); });
}

// The level words of every language Rolesheet speaks, and the command line's keys; "none" words map to no level.
const QHash<QString, Levels> &levelWords()
{
    static const QHash<QString, Levels> words = [] {
        QHash<QString, Levels> w;
        const Level levels[] = { Level::View, Level::Add, Level::Edit, Level::Delete };
        const char *const names[][4] = {
            { "view", "add", "edit", "delete" }, // en
            { "ansehen", "hinzufügen", "bearbeiten", "löschen" }, // de
            { "ver", "añadir", "editar", "eliminar" }, // es
            { "voir", "ajouter", "modifier", "supprimer" }, // fr
            { "bekijken", "toevoegen", "bewerken", "verwijderen" }, // nl
        };
        for (const auto &language : names) {
            for (int i = 0; i < 4; ++i)
                w.insert(QString::fromUtf8(language[i]), levels[i]);
        }
        for (Level level : levels)
            w.insert(levelName(level).toLower(), level);
        for (const char *none : { "none", "keine", "ninguno", "aucun", "geen" })
            w.insert(QString::fromUtf8(none), Levels());
        w.insert(Levels().toText().toLower(), Levels());
        return w;
    }();
    return words;
}

// "View / Edit", "Ansehen / Bearbeiten", "view,edit", "None"; an empty cell holds no level. Read word by word in
// place: a cell of separators alone costs no list of empty words.
std::optional<Levels> parseLevels(QStringView text)
{
    if (text.isEmpty())
        return Levels();
    Levels levels;
    bool none = false;
    qsizetype words = 0, start = 0;
    for (qsizetype i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text.at(i) != u'/' && text.at(i) != u',')
            continue;
        const auto it = levelWords().constFind(text.sliced(start, i - start).trimmed().toString().toLower());
        start = i + 1;
        if (it == levelWords().constEnd())
            return std::nullopt;
        ++words;
        // "None" stands alone.
        none = none || it->isNone();
        if (none && words > 1)
            return std::nullopt;
        levels = levels.with(*it);
    }
    return levels;
}

// "yes" (or x, ja, sí, oui, true, 1) or empty (or no, nein, non, nee, false, 0) in a sheet's level column.
std::optional<bool> parseYes(const QString &text)
{
    static const QStringList yes = { QStringLiteral("yes"), QStringLiteral("y"), QStringLiteral("x"),
        QStringLiteral("true"), QStringLiteral("1"), QStringLiteral("ja"), QStringLiteral("sí"), QStringLiteral("si"),
        QStringLiteral("oui"), QStringLiteral("wahr"), QStringLiteral("vrai"), QStringLiteral("✓"),
        QStringLiteral("✔") };
    static const QStringList no = { QString(), QStringLiteral("no"), QStringLiteral("n"), QStringLiteral("false"),
        QStringLiteral("0"), QStringLiteral("nein"), QStringLiteral("non"), QStringLiteral("nee"),
        QStringLiteral("falsch"), QStringLiteral("faux") };
    const QString key = text.toLower();
    if (yes.contains(key))
        return true;
    if (no.contains(key))
        return false;
    return std::nullopt;
}

QString levelsHint()
{
    return QCoreApplication::translate(
        "rs::formats::CsvImport", "%1 is not a permission level: write None, or levels such as View / Edit.");
}

// A cell that differs from the workspace, with where it is; a few words, so that a file of many changed cells costs
// little more than the changes themselves.
struct Staged
{
    Id role = 0;
    Id feature = 0;
    Levels levels;
    qint32 column = 0; // within kMaxCsvRows and the columns a workspace could fill
    qint32 row = 0;
};

// Each change is applied to a copy of the workspace in turn, so that the rules see the changes before it.
QList<Change> stage(const Workspace &ws, const QList<Staged> &staged, Problems &problems)
{
    QList<Change> changes;
    if (staged.isEmpty())
        return changes;
    // Each change staged is a change to review, apply and audit: a file that changes more cells than anyone reviews
    // at once is refused before the changes are made, which also keeps the memory an import takes within bounds.
    if (staged.size() > kMaxCsvImportChanges) {
        problems.addFirst(QCoreApplication::translate("rs::formats::CsvImport",
            "The file changes %1 cells; one import changes at most %2: import it in parts, a few roles at a time.")
                              .arg(staged.size())
                              .arg(kMaxCsvImportChanges));
        return changes;
    }
    // Grown one by one, the list would hold its old and new buffers at once, half again as large as the changes.
    if (!problems.any())
        changes.reserve(staged.size());
    Workspace copy = ws;
    for (const Staged &s : staged) {
        Change change = Change::setGrant(s.role, s.feature, s.levels);
        if (const Result<Touched> r = copy.apply(change); !r)
            problems.add(s.column, s.row, r.error().message);
        else if (!problems.any())
            changes << Change::setGrant(s.role, s.feature, s.levels);
    }
    return changes;
}

Error tooLarge()
{
    return Error::badInput(QCoreApplication::translate("rs::formats::CsvImport",
        "The file is larger than 64 MiB: no role sheet or matrix of a workspace is that large."));
}

// Reports why the reader stopped early, if it did.
void reportStop(const CsvReader &reader, qsizetype columns, Problems &problems)
{
    if (reader.stop() == CsvReader::Stop::Unclosed)
        problems.addFirst(formats::cellName(reader.stopColumn(), reader.row()) + QLatin1String(": ")
            + QCoreApplication::translate(
                "rs::formats::CsvImport", "A quotation mark opens this cell and is never closed."));
    else if (reader.stop() == CsvReader::Stop::TooManyFields)
        problems.addFirst(QCoreApplication::translate("rs::formats::CsvImport",
            "Row %1 has more than %n columns, more than this workspace could fill.", nullptr, int(columns))
                              .arg(reader.row()));
    else if (reader.stop() == CsvReader::Stop::CellTooLong)
        problems.addFirst(formats::cellName(reader.stopColumn(), reader.row()) + QLatin1String(": ")
            + QCoreApplication::translate("rs::formats::CsvImport",
                "The cell holds more than %L1 characters, more than a spreadsheet cell holds; nothing after it was "
                "read.")
                  .arg(kMaxCsvCellChars));
    else if (reader.stop() == CsvReader::Stop::TooManyRows)
        problems.addFirst(QCoreApplication::translate("rs::formats::CsvImport",
            "The file has more than %L1 rows, more than a spreadsheet holds; nothing after them was read.")
                              .arg(kMaxCsvRows));
}

// The features by name, and a check that each row names one of them once.
class FeatureRows
{
public:
    explicit FeatureRows(const Workspace &ws)
    {
        m_byName.reserve(ws.features().size());
        for (const Feature &f : ws.features())
            m_byName.insert(f.name, &f);
    }
    const Feature *find(const QString &name, qsizetype column, qsizetype row, Problems &problems)
    {
        const Feature *f = m_byName.value(name);
        if (!f) {
            problems.add(column, row,
                QCoreApplication::translate("rs::formats::CsvImport", "The workspace has no feature %1.")
                    .arg(shown(name)));
            return nullptr;
        }
        const qsizetype before = m_rowOf.value(f->id, 0);
        if (before) {
            problems.add(column, row,
                QCoreApplication::translate("rs::formats::CsvImport", "%1 has a row already: row %2.")
                    .arg(shown(name), QString::number(before)));
            return nullptr;
        }
        m_rowOf.insert(f->id, row);
        return f;
    }
    qsizetype maxRows() const { return m_byName.size() + kSpareRows; }

private:
    QHash<QString, const Feature *> m_byName;
    QHash<Id, qsizetype> m_rowOf;
};

// A role column's header: the label the matrix writes (roleLabel()), or a template's label written in another
// language ("Editor [Vorlage]").
const Role *roleOfLabel(const Workspace &ws, const QHash<QString, const Role *> &labels, const QString &label)
{
    if (const auto it = labels.constFind(label); it != labels.constEnd())
        return *it;
    const qsizetype open = label.lastIndexOf(QLatin1String(" ["));
    if (open < 0 || !label.endsWith(QLatin1Char(']')))
        return nullptr;
    const QString name = label.left(open);
    const QString inner = label.mid(open + 2, label.size() - open - 3);
    if (const Production *p = ws.findProduction(inner)) {
        const Role *r = ws.findProductionRole(p->id, name);
        return r && r->production == p->id ? r : nullptr;
    }
    return ws.findTemplate(name);
}

} // namespace

Result<QList<Change>> stagedFromMatrixCsv(const Workspace &ws, const QByteArray &bytes)
{
    if (bytes.size() > kMaxCsvImportBytes)
        return tooLarge();
    const QList<const Role *> roles = rolesToExport(ws);
    QHash<QString, const Role *> labels;
    QSet<QString> ambiguous;
    for (const Role *r : roles) {
        const QString label = roleLabel(ws, *r);
        if (labels.contains(label))
            ambiguous.insert(label);
        labels.insert(label, r);
    }
    const qsizetype maxColumns = 5 + roles.size() + kSpareColumns;
    CsvReader reader(bytes, maxColumns);
    Problems problems;
    QList<QByteArray> fields;
    if (!reader.next(fields)) {
        reportStop(reader, maxColumns, problems);
        if (!problems.any())
            problems.addFirst(QCoreApplication::translate("rs::formats::CsvImport", "The file is empty."));
        return problems.error();
    }
    qsizetype featureColumn = -1;
    QList<const Role *> roleOf(fields.size(), nullptr);
    QHash<Id, qsizetype> columnOf;
    for (qsizetype c = 0; c < fields.size(); ++c) {
        const std::optional<QString> text = cellText(fields.at(c), c, 1, problems);
        if (!text || text->isEmpty())
            continue;
        const QString key = text->toLower();
        if (key == QLatin1String("section") || key == QLatin1String("scope") || key == QLatin1String("categories")
            || key == QLatin1String("owner-only"))
            continue;
        if (key == QLatin1String("feature")) {
            if (featureColumn >= 0)
                problems.add(
                    c, 1, QCoreApplication::translate("rs::formats::CsvImport", "A second Feature column: keep one."));
            else
                featureColumn = c;
            continue;
        }
        const Role *role = roleOfLabel(ws, labels, *text);
        if (!role) {
            problems.add(c, 1,
                QCoreApplication::translate("rs::formats::CsvImport", "The workspace has no role %1.")
                    .arg(shown(*text)));
        } else if (ambiguous.contains(*text)) {
            problems.add(c, 1,
                QCoreApplication::translate("rs::formats::CsvImport", "Several roles are called %1: rename one first.")
                    .arg(shown(*text)));
        } else if (columnOf.contains(role->id)) {
            problems.add(c, 1,
                QCoreApplication::translate("rs::formats::CsvImport", "%1 has a column already: column %2.")
                    .arg(shown(*text), cellName(columnOf.value(role->id), 1).chopped(1)));
        } else {
            roleOf[c] = role;
            columnOf.insert(role->id, c);
        }
    }
    if (featureColumn < 0)
        problems.addFirst(QCoreApplication::translate("rs::formats::CsvImport", "Row 1 has no column headed Feature."));

    // Most cells are as they were written: compare their bytes first and decode only the others.
    QByteArray written[16];
    for (unsigned bits = 0; bits < 16; ++bits)
        written[bits] = Levels::fromBits(bits).toText().toUtf8();
    FeatureRows features(ws);
    QList<Staged> staged;
    qsizetype rows = 0;
    while (featureColumn >= 0 && reader.next(fields)) {
        if (isBlank(fields))
            continue;
        if (++rows > features.maxRows()) {
            problems.addFirst(QCoreApplication::translate(
                "rs::formats::CsvImport", "Row %1: the file has more rows than this workspace has features (%2).")
                                  .arg(QString::number(reader.row()), QString::number(ws.features().size())));
            break;
        }
        const qsizetype row = reader.row();
        const Feature *feature = nullptr;
        if (featureColumn < fields.size()) {
            if (const auto name = cellText(fields.at(featureColumn), featureColumn, row, problems))
                feature = features.find(*name, featureColumn, row, problems);
        } else {
            problems.add(
                featureColumn, row, QCoreApplication::translate("rs::formats::CsvImport", "No feature named."));
        }
        for (qsizetype c = 0; c < fields.size(); ++c) {
            if (c == featureColumn)
                continue;
            const Role *role = roleOf.value(c, nullptr);
            const Levels now = role && feature ? ws.grant(*role, *feature) : Levels();
            if (role && feature && fields.at(c) == written[now.bits()])
                continue;
            const std::optional<QString> text = cellText(fields.at(c), c, row, problems);
            if (!text || !role || !feature)
                continue;
            const std::optional<Levels> levels = parseLevels(*text);
            if (!levels)
                problems.add(c, row, levelsHint().arg(shown(*text)));
            else if (*levels != now)
                staged << Staged { role->id, feature->id, *levels, qint32(c), qint32(row) };
        }
    }
    reportStop(reader, maxColumns, problems);
    QList<Change> changes = stage(ws, staged, problems);
    if (problems.any())
        return problems.error();
    return changes;
}

Result<QList<Change>> stagedFromSheetCsv(const Workspace &ws, const Role &role, const QByteArray &bytes)
{
    if (bytes.size() > kMaxCsvImportBytes)
        return tooLarge();
    constexpr qsizetype maxColumns = 8 + kSpareColumns;
    CsvReader reader(bytes, maxColumns);
    Problems problems;
    QList<QByteArray> fields;
    if (!reader.next(fields)) {
        reportStop(reader, maxColumns, problems);
        if (!problems.any())
            problems.addFirst(QCoreApplication::translate("rs::formats::CsvImport", "The file is empty."));
        return problems.error();
    }
    qsizetype featureColumn = -1, levelsColumn = -1;
    qsizetype flagColumn[4] = { -1, -1, -1, -1 };
    for (qsizetype c = 0; c < fields.size(); ++c) {
        const std::optional<QString> text = cellText(fields.at(c), c, 1, problems);
        if (!text)
            continue;
        const QString key = text->toLower();
        qsizetype *column = nullptr;
        if (key == QLatin1String("feature"))
            column = &featureColumn;
        else if (key == QLatin1String("levels"))
            column = &levelsColumn;
        else if (const auto it = levelWords().constFind(key); it != levelWords().constEnd() && !it->isNone())
            column = &flagColumn[std::countr_zero(unsigned(it->bits()))];
        if (!column)
            continue;
        if (*column >= 0)
            problems.add(c, 1,
                QCoreApplication::translate("rs::formats::CsvImport", "A second %1 column: keep one.")
                    .arg(shown(*text)));
        else
            *column = c;
    }
    const bool anyFlag = std::any_of(std::begin(flagColumn), std::end(flagColumn), [](qsizetype c) { return c >= 0; });
    if (featureColumn < 0)
        problems.addFirst(QCoreApplication::translate("rs::formats::CsvImport", "Row 1 has no column headed Feature."));
    if (levelsColumn < 0 && !anyFlag)
        problems.addFirst(QCoreApplication::translate(
            "rs::formats::CsvImport", "Row 1 has no column headed Levels, View, Add, Edit or Delete."));

    FeatureRows features(ws);
    QList<Staged> staged;
    qsizetype rows = 0;
    while (featureColumn >= 0 && reader.next(fields)) {
        if (isBlank(fields))
            continue;
        if (++rows > features.maxRows()) {
            problems.addFirst(QCoreApplication::translate(
                "rs::formats::CsvImport", "Row %1: the file has more rows than this workspace has features (%2).")
                                  .arg(QString::number(reader.row()), QString::number(ws.features().size())));
            break;
        }
        const qsizetype row = reader.row();
        QList<std::optional<QString>> texts;
        texts.reserve(fields.size());
        for (qsizetype c = 0; c < fields.size(); ++c)
            texts << cellText(fields.at(c), c, row, problems);
        const auto textAt = [&](qsizetype c) -> const std::optional<QString> & {
            static const std::optional<QString> none = QString();
            return c < texts.size() ? texts.at(c) : none;
        };
        const std::optional<QString> &name = textAt(featureColumn);
        const Feature *feature = name ? features.find(*name, featureColumn, row, problems) : nullptr;
        if (!feature)
            continue;
        const Levels now = ws.grant(role, *feature);
        std::optional<Levels> fromLevels;
        if (levelsColumn >= 0 && textAt(levelsColumn)) {
            fromLevels = parseLevels(*textAt(levelsColumn));
            if (!fromLevels) {
                problems.add(levelsColumn, row, levelsHint().arg(shown(*textAt(levelsColumn))));
                continue;
            }
        }
        Levels fromFlags = now;
        qsizetype changedFlag = -1;
        bool flagsRead = anyFlag;
        for (int i = 0; i < 4; ++i) {
            const qsizetype c = flagColumn[i];
            if (c < 0)
                continue;
            if (!textAt(c)) {
                flagsRead = false;
                continue;
            }
            const std::optional<bool> yes = parseYes(*textAt(c));
            if (!yes) {
                problems.add(c, row,
                    QCoreApplication::translate("rs::formats::CsvImport", "%1 is neither yes nor empty.")
                        .arg(shown(*textAt(c))));
                flagsRead = false;
                continue;
            }
            fromFlags = *yes ? fromFlags.with(kAllLevels[i]) : fromFlags.without(kAllLevels[i]);
            if (*yes != now.has(kAllLevels[i]) && changedFlag < 0)
                changedFlag = c;
        }
        const bool levelsChanged = fromLevels && *fromLevels != now;
        const bool flagsChanged = flagsRead && fromFlags != now;
        if (levelsChanged && flagsChanged && *fromLevels != fromFlags) {
            problems.add(levelsColumn, row,
                QCoreApplication::translate("rs::formats::CsvImport",
                    "The Levels cell says %1 but the View, Add, Edit and Delete cells say %2: change one of them.")
                    .arg(shown(fromLevels->toText()), shown(fromFlags.toText())));
        } else if (levelsChanged) {
            staged << Staged { role.id, feature->id, *fromLevels, qint32(levelsColumn), qint32(row) };
        } else if (flagsChanged) {
            staged << Staged { role.id, feature->id, fromFlags, qint32(changedFlag), qint32(row) };
        }
    }
    reportStop(reader, maxColumns, problems);
    QList<Change> changes = stage(ws, staged, problems);
    if (problems.any())
        return problems.error();
    return changes;
}

Result<QList<Change>> stagedFromSheetCsv(
    const Workspace &ws, const QString &role, Id production, const QByteArray &bytes)
{
    const Role *r = production ? ws.findProductionRole(production, role) : ws.findAccountRole(role);
    if (!r && !production)
        r = ws.findTemplate(role);
    if (!r && !production)
        r = ws.findProductionRole(0, role);
    if (!r)
        return Error::notFound(
            QCoreApplication::translate("rs::formats::CsvImport", "The workspace has no role %1.").arg(shown(role)));
    return stagedFromSheetCsv(ws, *r, bytes);
}

bool isRoleSheetCsv(const QByteArray &bytes)
{
    CsvReader reader(bytes, 8 + kSpareColumns);
    QList<QByteArray> fields;
    if (!reader.next(fields))
        return false;
    bool levels = false;
    for (qsizetype c = 0; c < fields.size(); ++c) {
        Problems ignored;
        const std::optional<QString> text = cellText(fields.at(c), c, 1, ignored);
        if (!text)
            continue;
        const QString key = text->toLower();
        if (key == QLatin1String("scope") || key == QLatin1String("owner-only"))
            return false;
        const auto it = levelWords().constFind(key);
        levels = levels || key == QLatin1String("levels") || (it != levelWords().constEnd() && !it->isNone());
    }
    return levels;
}

Result<QByteArray> readCsvFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::notFound(QCoreApplication::translate("rs::formats::CsvImport", "%1 cannot be read: %2.")
                                   .arg(shown(path), file.errorString()));
    if (file.size() > kMaxCsvImportBytes)
        return tooLarge();
    // Read in pieces into a buffer of the file's size: one read of the whole limit would reserve twice the limit
    // whatever the file's size. A pipe or a growing file tells no size: reading on to one byte past the limit tells.
    QByteArray data;
    data.reserve(file.isSequential() ? 0 : file.size() + 1);
    while (true) {
        const QByteArray piece = file.read(qMin<qint64>(1 << 20, kMaxCsvImportBytes + 1 - data.size()));
        if (piece.isEmpty())
            break;
        data += piece;
        if (data.size() > kMaxCsvImportBytes)
            return tooLarge();
    }
    if (file.error() != QFileDevice::NoError)
        return Error::storage(QCoreApplication::translate("rs::formats::CsvImport", "%1 cannot be read: %2.")
                                  .arg(shown(path), file.errorString()));
    return data;
}

} // namespace rs::formats
