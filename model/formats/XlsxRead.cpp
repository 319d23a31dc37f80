#include "XlsxRead.h"

#include "Csv.h"
#include "CsvImport.h"
#include "XlsxZip.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QXmlStreamReader>



namespace rs::formats {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr qint64 kRatioFrom = 1024 * 1024;
constexpr qsizetype kMaxCellChars = 32767;
constexpr qsizetype kMaxRows = 1048576;

Error refused(const QString &message)
{
    return Error::badInput(message);
}

Error zipBomb()
{
    return refused(QCoreApplication::translate(
        "rs::formats::Xlsx", "The workbook unpacks to far more than it holds: refused as a zip bomb."));
}

// One part of the workbook, unpacked a piece at a time into an XML reader, counted against the limits.
class Part
{
public:
    Part(unzFile zip, qint64 &total)
        : m_zip(zip)
        , m_total(total)
    {
    }
    ~Part()
    {
        if (m_open)
            unzCloseCurrentFile(m_zip);
    }
    Part(const Part &) = delete;
    Part &operator=(const Part &) = delete;

    // Opens the part `name`.
    Status open(const QString &name)
    {
        m_name = name;
        if (unzLocateFile(m_zip, name.toUtf8().constData(), 1) != UNZ_OK)
            return refused(QCoreApplication::translate(
                "rs::formats::Xlsx", "The workbook has no part %1: it is not a spreadsheet saved as xlsx.")
                               .arg(name));
        unz_file_info64 info {};
        if (unzGetCurrentFileInfo64(m_zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
            return broken();
        if (info.flag & 1)
            return refused(QCoreApplication::translate(
                "rs::formats::Xlsx", "The workbook is encrypted: save it again without a password."));
        if (info.uncompressed_size > quint64(kMaxXlsxPartBytes))
            return zipBomb();
        m_packed = qint64(qMin<ZPOS64_T>(info.compressed_size, ZPOS64_T(kMaxXlsxPartBytes)));
        if (unzOpenCurrentFile(m_zip) != UNZ_OK)
            return broken();
        m_open = true;
        return {};
    }

    // The next token of the part; reads on when the reader needs more. Invalid with `error` set at a problem.
    QXmlStreamReader::TokenType next(QXmlStreamReader &xml, std::optional<Error> &error)
    {
        while (true) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                error = refused(QCoreApplication::translate(
                    "rs::formats::Xlsx", "The part %1 declares a document type: no spreadsheet does.")
                                    .arg(m_name));
                return QXmlStreamReader::Invalid;
            }
            if (token != QXmlStreamReader::Invalid)
                return token;
            if (xml.error() != QXmlStreamReader::PrematureEndOfDocumentError || m_ended) {
                error
                    = refused(QCoreApplication::translate("rs::formats::Xlsx", "The part %1 is not well-formed XML: %2")
                                  .arg(m_name, xml.errorString()));
                return token;
            }
            m_piece.resize(kChunk);
            const int n = unzReadCurrentFile(m_zip, m_piece.data(), unsigned(kChunk));
            if (n < 0) {
                error = broken();
                return QXmlStreamReader::Invalid;
            }
            if (n == 0) {
                m_ended = true;
                m_open = false;
                if (unzCloseCurrentFile(m_zip) != UNZ_OK) { // a checksum that does not match
                    error = broken();
                    return QXmlStreamReader::Invalid;
                }
                continue;
            }
            m_read += n;
            m_total += n;
            if (m_read > kMaxXlsxPartBytes || m_total > kMaxXlsxTotalBytes
                || (m_read > kRatioFrom && m_read > kMaxXlsxRatio * qMax<qint64>(m_packed, 1))) {
                error = zipBomb();
                return QXmlStreamReader::Invalid;
            }
            m_piece.resize(n);
            xml.addData(m_piece);
        }
    }

private:
    Error broken() const
    {
        return refused(QCoreApplication::translate(
            "rs::formats::Xlsx", "The part %1 of the workbook cannot be unpacked: the file is damaged.")
                           .arg(m_name));
    }

    unzFile m_zip;
    qint64 &m_total;
    QString m_name;
    QByteArray m_piece;
    qint64 m_packed = 0;
    qint64 m_read = 0;
    bool m_open = false;
    bool m_ended = false;
};

// The local name of an attribute, whatever its prefix.
QStringView attribute(const QXmlStreamReader &xml, QLatin1StringView name, bool prefixed = false)
{
    for (const QXmlStreamAttribute &a : xml.attributes()) {
        if (a.name() == name && (!prefixed || !a.prefix().isEmpty() || !a.namespaceUri().isEmpty()))
            return a.value();
    }
    return {};
}

struct Workbook
{
    QString sheet; // the first worksheet's part
    QString sharedStrings; // its shared strings' part, when it has one
};

// Where a relationship's target lies: beside xl/workbook.xml, or from the package's root when it starts with "/".
std::optional<QString> targetPath(QStringView target)
{
    QString path = target.startsWith(u'/') ? target.mid(1).toString() : QStringLiteral("xl/") + target.toString();
    if (path.contains(QLatin1String("..")) || path.contains(u'\\') || path.isEmpty())
        return std::nullopt;
    return path;
}

Result<Workbook> readWorkbook(unzFile zip, qint64 &total)
{
    std::optional<Error> error;
    QString sheetId;
    {
        Part part(zip, total);
        if (Status s = part.open(QStringLiteral("xl/workbook.xml")); !s)
            return s.error();
        QXmlStreamReader xml;
        while (sheetId.isEmpty()) {
            const auto token = part.next(xml, error);
            if (error)
                return *error;
            if (token == QXmlStreamReader::EndDocument)
                break;
            if (token == QXmlStreamReader::StartElement && xml.name() == QLatin1String("sheet"))
                sheetId = attribute(xml, QLatin1String("id"), true).toString();
        }
    }
    if (sheetId.isEmpty())
        return refused(QCoreApplication::translate("rs::formats::Xlsx", "The workbook has no worksheet."));
    Workbook book;
    Part part(zip, total);
    if (Status s = part.open(QStringLiteral("xl/_rels/workbook.xml.rels")); !s)
        return s.error();
    QXmlStreamReader xml;
    while (true) {
        const auto token = part.next(xml, error);
        if (error)
            return *error;
        if (token == QXmlStreamReader::EndDocument)
            break;
        if (token != QXmlStreamReader::StartElement || xml.name() != QLatin1String("Relationship"))
            continue;
        const QStringView type = attribute(xml, QLatin1String("Type"));
        const std::optional<QString> target = targetPath(attribute(xml, QLatin1String("Target")));
        if (attribute(xml, QLatin1String("Id")) == sheetId && target)
            book.sheet = *target;
        else if (type.endsWith(QLatin1String("/sharedStrings")) && target)
            book.sharedStrings = *target;
    }
    if (book.sheet.isEmpty())
        return refused(
            QCoreApplication::translate("rs::formats::Xlsx", "The workbook names no part for its first worksheet."));
    return book;
}

// Shared strings, held as one UTF-8 text with where each starts: a few bytes a string whatever their number.
struct SharedStrings
{
    QByteArray text;
    QList<qint32> starts;
    qsizetype size() const { return starts.size(); }
    QByteArrayView at(qsizetype i) const
    {
        const qsizetype end = i + 1 < starts.size() ? starts.at(i + 1) : text.size();
        return QByteArrayView(text).sliced(starts.at(i), end - starts.at(i));
    }
};

Error cellTooLong(const QString &cell)
{
    return refused(QCoreApplication::translate(
        "rs::formats::Xlsx", "%1: The cell holds more than 32,767 characters, more than a spreadsheet cell holds.")
                       .arg(cell));
}

Status readSharedStrings(unzFile zip, const QString &name, qint64 &total, SharedStrings &strings)
{
    Part part(zip, total);
    if (Status s = part.open(name); !s)
        return s;
    QXmlStreamReader xml;
    std::optional<Error> error;
    int phonetic = 0; // inside <rPh>: a reading aid, not the cell's text
    bool inText = false;
    QString current;
    while (true) {
        const auto token = part.next(xml, error);
        if (error)
            return *error;
        if (token == QXmlStreamReader::EndDocument)
            return {};
        if (token == QXmlStreamReader::StartElement) {
            if (xml.name() == QLatin1String("si")) {
                if (strings.size() >= kMaxXlsxSharedStrings)
                    return refused(QCoreApplication::translate("rs::formats::Xlsx",
                        "The workbook holds more than %1 shared strings: no role sheet or matrix "
                        "needs that many.")
                                       .arg(kMaxXlsxSharedStrings));
                current.clear();
            } else if (xml.name() == QLatin1String("rPh")) {
                ++phonetic;
            } else if (xml.name() == QLatin1String("t")) {
                inText = phonetic == 0;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (xml.name() == QLatin1String("si")) {
                strings.starts.append(qint32(strings.text.size()));
                strings.text += current.toUtf8();
                if (strings.text.size() > kMaxCsvImportBytes)
                    return refused(QCoreApplication::translate("rs::formats::Xlsx",
                        "The workbook's shared strings hold more than 64 MiB of text: no role sheet "
                        "or matrix is that large."));
            } else if (xml.name() == QLatin1String("rPh")) {
                --phonetic;
            } else if (xml.name() == QLatin1String("t")) {
                inText = false;
            }
        } else if (token == QXmlStreamReader::Characters && inText) {
            current += xml.text();
            if (current.size() > kMaxCellChars)
                return cellTooLong(
                    QCoreApplication::translate("rs::formats::Xlsx", "Shared string %1").arg(strings.size()));
        }
    }
}

// A cell reference ("B7") as column (from 0) and row (from 1); nullopt when it is not one.
std::optional<std::pair<qsizetype, qsizetype>> parseReference(QStringView ref)
{
    qsizetype i = 0, column = 0, row = 0;
    while (i < ref.size() && ref.at(i) >= u'A' && ref.at(i) <= u'Z' && i < 4)
        column = column * 26 + (ref.at(i++).unicode() - u'A' + 1);
    if (i == 0 || i == ref.size())
        return std::nullopt;
    for (; i < ref.size(); ++i) {
        if (ref.at(i) < u'0' || ref.at(i) > u'9' || row > kMaxRows)
            return std::nullopt;
        row = row * 10 + (ref.at(i).unicode() - u'0');
    }
    return std::make_pair(column - 1, row);
}

// Writes the worksheet's rows as CSV records into `out`.
class SheetWriter
{
public:
    explicit SheetWriter(QByteArray &out)
        : m_out(out)
    {
    }

    // Starts row `row`: blank records for the rows skipped.
    Status startRow(qsizetype row)
    {
        if (row <= m_row)
            return refused(QCoreApplication::translate(
                "rs::formats::Xlsx", "Row %1 comes after row %2: the worksheet's rows are out of order.")
                               .arg(row)
                               .arg(m_row));
        if (row > kMaxRows)
            return refused(
                QCoreApplication::translate("rs::formats::Xlsx", "Row %1 is past a spreadsheet's last row, 1,048,576.")
                    .arg(row));
        endRow();
        while (m_row + 1 < row) {
            m_out += "\r\n";
            ++m_row;
        }
        m_row = row;
        m_column = 0;
        m_open = true;
        return checkSize();
    }

    Status cell(qsizetype column, const QByteArray &text)
    {
        if (column < m_column)
            return refused(QCoreApplication::translate("rs::formats::Xlsx", "%1: the row's cells are out of order.")
                               .arg(cellName(column, m_row)));
        if (column >= kMaxXlsxColumns)
            return refused(QCoreApplication::translate(
                "rs::formats::Xlsx", "%1: The sheet has more than 16,384 columns, more than a spreadsheet holds.")
                               .arg(cellName(column, m_row)));
        if (text.isEmpty())
            return {};
        pad(column);
        if (text.contains(',') || text.contains(';') || text.contains('"') || text.contains('\n')
            || text.contains('\r')) {
            m_out += '"';
            m_out += QByteArray(text).replace('"', "\"\"");
            m_out += '"';
        } else {
            m_out += text;
        }
        m_column = column + 1;
        return checkSize();
    }

    Status finish()
    {
        endRow();
        return checkSize();
    }

    qsizetype row() const { return m_row; }
    qsizetype nextColumn() const { return m_column; }

private:
    // Separators up to `column`: a cell of column c is the c-th field of its record.
    void pad(qsizetype column)
    {
        // A separator before every field but the first.
        m_out += QByteArray(m_column == 0 ? column : column - m_column + 1, ',');
        m_column = column;
    }

    void endRow()
    {
        if (!m_open)
            return;
        // Every row as wide as the first, as spreadsheets save CSV: an emptied cell is read as an empty field.
        if (m_width < 0)
            m_width = m_column;
        else if (m_column > 0 && m_column < m_width)
            m_out += QByteArray(m_width - m_column, ',');
        m_out += "\r\n";
        m_open = false;
    }

    Status checkSize() const
    {
        if (m_out.size() > kMaxCsvImportBytes)
            return refused(QCoreApplication::translate("rs::formats::Xlsx",
                "The worksheet holds more than a CSV file of 64 MiB would: no role sheet or matrix "
                "of a workspace is that large."));
        return {};
    }

    QByteArray &m_out;
    qsizetype m_row = 0;
    qsizetype m_column = 0;
    qsizetype m_width = -1;
    bool m_open = false;
};

Result<QByteArray> readSheet(unzFile zip, const QString &name, qint64 &total, const SharedStrings &strings)
{
    Part part(zip, total);
    if (Status s = part.open(name); !s)
        return s.error();
    QByteArray out;
    SheetWriter writer(out);
    QXmlStreamReader xml;
    std::optional<Error> error;
    // The cell under way.
    bool inCell = false, inValue = false, inInline = false;
    int phonetic = 0;
    qsizetype column = 0;
    QString type, value;
    const auto fail = [](const Status &s) { return s.error(); };
    while (true) {
        const auto token = part.next(xml, error);
        if (error)
            return *error;
        if (token == QXmlStreamReader::EndDocument)
            break;
        const QStringView tag = xml.name();
        if (token == QXmlStreamReader::StartElement) {
            if (tag == QLatin1String("row")) {
                const QStringView r = attribute(xml, QLatin1String("r"));
                bool ok = true;
                const qsizetype row = r.isEmpty() ? writer.row() + 1 : r.toLongLong(&ok);
                if (!ok || row < 1)
                    return refused(QCoreApplication::translate(
                        "rs::formats::Xlsx", "A row of the worksheet has no valid number: %1.")
                                       .arg(r.left(20)));
                if (Status s = writer.startRow(row); !s)
                    return fail(s);
            } else if (tag == QLatin1String("c")) {
                const QStringView r = attribute(xml, QLatin1String("r"));
                if (r.isEmpty()) {
                    column = writer.nextColumn();
                } else {
                    const auto ref = parseReference(r);
                    if (!ref || ref->second != writer.row())
                        return refused(
                            QCoreApplication::translate("rs::formats::Xlsx", "A cell of row %1 has no valid name: %2.")
                                .arg(writer.row())
                                .arg(r.left(20)));
                    column = ref->first;
                }
                if (column >= kMaxXlsxColumns)
                    return refused(QCoreApplication::translate("rs::formats::Xlsx",
                        "%1: The sheet has more than 16,384 columns, more than a spreadsheet holds.")
                                       .arg(cellName(column, writer.row())));
                inCell = true;
                type = attribute(xml, QLatin1String("t")).toString();
                value.clear();
            } else if (inCell && tag == QLatin1String("f")) {
                return refused(QCoreApplication::translate(
                    "rs::formats::Xlsx", "%1: The cell holds a formula; save the sheet with values only.")
                                   .arg(cellName(column, writer.row())));
            } else if (inCell && tag == QLatin1String("v")) {
                inValue = true;
            } else if (inCell && tag == QLatin1String("is")) {
                inInline = true;
            } else if (inInline && tag == QLatin1String("rPh")) {
                ++phonetic;
            } else if (inInline && tag == QLatin1String("t")) {
                inValue = phonetic == 0;
            }
        } else if (token == QXmlStreamReader::EndElement) {
            if (tag == QLatin1String("c") && inCell) {
                inCell = false;
                QByteArray text;
                if (type == QLatin1String("s")) {
                    bool ok = false;
                    const qlonglong index = value.trimmed().toLongLong(&ok);
                    if (!ok || index < 0 || index >= strings.size())
                        return refused(QCoreApplication::translate(
                            "rs::formats::Xlsx", "%1: The cell refers to shared string %2, but the workbook has %3.")
                                           .arg(cellName(column, writer.row()), value.trimmed().left(20))
                                           .arg(strings.size()));
                    text = strings.at(index).toByteArray();
                } else {
                    text = value.toUtf8();
                }
                if (Status s = writer.cell(column, text); !s)
                    return fail(s);
            } else if (tag == QLatin1String("v") || tag == QLatin1String("t")) {
                inValue = false;
            } else if (tag == QLatin1String("is")) {
                inInline = false;
            } else if (tag == QLatin1String("rPh")) {
                --phonetic;
            }
        } else if (token == QXmlStreamReader::Characters && inValue) {
            value += xml.text();
            if (value.size() > kMaxCellChars)
                return cellTooLong(cellName(column, writer.row()));
        }
    }
    if (Status s = writer.finish(); !s)
        return fail(s);
    return out;
}

} // namespace

bool isZip(const QByteArray &bytes)
{
    return bytes.startsWith("PK\x03\x04") || bytes.startsWith("PK\x05\x06");
}

Result<QByteArray> csvFromXlsx(const QByteArray &bytes)
{
    if (!isZip(bytes))
        return refused(QCoreApplication::translate(
            "rs::formats::Xlsx", "The file is not an xlsx workbook: it is not a zip file."));
    ZipSource source { bytes, 0 };
    zlib_filefunc64_def io = source.io();
    Zip zip { unzOpen2_64("", &io) };
    if (!zip.file)
        return refused(QCoreApplication::translate(
            "rs::formats::Xlsx", "The file is not an xlsx workbook: its zip directory cannot be read."));
    qint64 total = 0;
    const Result<Workbook> book = readWorkbook(zip.file, total);
    if (!book)
        return book.error();
    SharedStrings strings;
    if (!book.value().sharedStrings.isEmpty()) {
        if (Status s = readSharedStrings(zip.file, book.value().sharedStrings, total, strings); !s)
            return s.error();
    }
    return readSheet(zip.file, book.value().sheet, total, strings);
}

Result<QByteArray> readSheetFile(const QString &path)
{
    Result<QByteArray> bytes = readCsvFile(path);
    if (!bytes)
        return bytes;
    if (!isZip(bytes.value()) && !path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return bytes;
    Result<QByteArray> csv = csvFromXlsx(bytes.value());
    if (!csv)
        return Error { csv.error().code, QStringLiteral("%1: %2").arg(QFileInfo(path).fileName(), csv.error().message),
            {} };
    return csv;
}

} // namespace rs::formats
