#include "XlsxWrite.h"

#include "Csv.h"
#include "CsvImport.h"

#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

#include <xlsxwriter.h>

#include <algorithm>

namespace rs::formats {

namespace {

constexpr qsizetype kMaxCellChars = 32767;
constexpr int kMinWidth = 6;
constexpr int kMaxWidth = 60;

// A worksheet's name as spreadsheets allow it: at most 31 characters, none of []:*?/\ and not empty.
QByteArray sheetName(const QString &name)
{
    QString safe;
    for (const QChar c : name) {
        if (safe.size() == 31)
            break;
        safe += QStringLiteral("[]:*?/\\").contains(c) || c.category() == QChar::Other_Control ? QChar(u' ') : c;
    }
    safe = safe.trimmed();
    if (safe.startsWith(u'\'') || safe.endsWith(u'\''))
        safe.replace(u'\'', u' ');
    return (safe.trimmed().isEmpty() ? QStringLiteral("Sheet") : safe.trimmed()).toUtf8();
}

// The width of the longest line of `text`, in characters.
int textWidth(const QString &text)
{
    qsizetype widest = 0, line = 0;
    for (const QChar c : text) {
        if (c == u'\n') {
            widest = std::max(widest, line);
            line = 0;
        } else {
            ++line;
        }
    }
    return int(std::min<qsizetype>(std::max(widest, line), kMaxWidth));
}

Error writeError(lxw_error error)
{
    return Error::storage(QCoreApplication::translate("rs::formats::Xlsx", "The workbook cannot be written: %1.")
                              .arg(QString::fromUtf8(lxw_strerror(error))));
}

// A libxlsxwriter workbook that is closed (and so freed) however the writing ends.
struct Book
{
    lxw_workbook *book = nullptr;
    ~Book()
    {
        if (book)
            workbook_close(book);
    }
    lxw_error close()
    {
        lxw_error error = workbook_close(book);
        book = nullptr;
        return error;
    }
};

} // namespace

QString cellMarkName(CellMark mark)
{
    switch (mark) {
    case CellMark::OwnerOnly:
        return QCoreApplication::translate("rs::formats::Xlsx", "Owner-only");
    case CellMark::Guarded:
        return QCoreApplication::translate("rs::formats::Xlsx", "Guarded");
    case CellMark::None:
        break;
    }
    return {};
}

QString cellMarkMeaning(CellMark mark)
{
    switch (mark) {
    case CellMark::OwnerOnly:
        return QCoreApplication::translate("rs::formats::Xlsx", "Only Admin & owner may hold this feature (billing).");
    case CellMark::Guarded:
        return QCoreApplication::translate(
            "rs::formats::Xlsx", "A guardrail of the role forbids every level of this feature.");
    case CellMark::None:
        break;
    }
    return {};
}

Result<QByteArray> xlsxWorkbook(const XlsxTable &table)
{
    QStringList cells;
    QList<CellMark> marks;
    // Measure first: the column widths come before the rows in the file.
    QList<int> widths;
    for (int r = 0; r < table.rowCount; ++r) {
        cells.clear();
        marks.clear();
        table.row(r, cells, marks);
        if (widths.size() < cells.size())
            widths.resize(cells.size(), kMinWidth);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (cells.at(c).size() > kMaxCellChars)
                return Error::badInput(QCoreApplication::translate("rs::formats::Xlsx",
                    "%1: The cell holds more than 32,767 characters, more than a spreadsheet "
                    "cell holds.")
                                           .arg(cellName(c, r + 1)));
            widths[c] = std::max(widths.at(c), textWidth(cells.at(c)));
        }
    }

    // libxlsxwriter writes to a file name: a folder of our own (0700) holds it and the library's temporary files.
    QTemporaryDir dir;
    if (!dir.isValid())
        return Error::storage(QCoreApplication::translate("rs::formats::Xlsx", "The workbook cannot be written: %1.")
                                  .arg(dir.errorString()));
    const QByteArray path = QFile::encodeName(dir.filePath(QStringLiteral("book.xlsx")));
    QByteArray tmp = QFile::encodeName(dir.path());
    lxw_workbook_options options {};
    options.constant_memory = LXW_TRUE; // rows go to the file as they are written
    options.tmpdir = tmp.data();
    options.use_zip64 = LXW_TRUE;
    Book book { workbook_new_opt(path.constData(), &options) };
    if (!book.book)
        return Error::storage(QCoreApplication::translate("rs::formats::Xlsx", "The workbook cannot be written: %1.")
                                  .arg(QCoreApplication::translate("rs::formats::Xlsx", "out of memory")));

    lxw_format *header = workbook_add_format(book.book);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *fills[3] = { nullptr, workbook_add_format(book.book), workbook_add_format(book.book) };
    format_set_bg_color(fills[int(CellMark::OwnerOnly)], 0xF8CBAD);
    format_set_bg_color(fills[int(CellMark::Guarded)], 0xDDEBF7);

    lxw_worksheet *sheet = workbook_add_worksheet(book.book, sheetName(table.sheetName).constData());
    if (!sheet)
        return Error::storage(QCoreApplication::translate("rs::formats::Xlsx", "The workbook cannot be written: %1.")
                                  .arg(table.sheetName));
    for (qsizetype c = 0; c < widths.size(); ++c)
        worksheet_set_column(sheet, lxw_col_t(c), lxw_col_t(c), widths.at(c) + 2, nullptr);
    worksheet_freeze_panes(sheet, lxw_row_t(table.frozenRows), lxw_col_t(table.frozenColumns));

    for (int r = 0; r < table.rowCount; ++r) {
        cells.clear();
        marks.clear();
        table.row(r, cells, marks);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            const CellMark mark = c < marks.size() ? marks.at(c) : CellMark::None;
            lxw_format *format = r == 0 ? header : fills[int(mark)];
            if (cells.at(c).isEmpty() && !format)
                continue;
            const QByteArray text = cells.at(c).toUtf8();
            if (lxw_error e = worksheet_write_string(sheet, lxw_row_t(r), lxw_col_t(c), text.constData(), format);
                e != LXW_NO_ERROR)
                return writeError(e);
        }
    }

    if (!table.legend.isEmpty()) {
        lxw_worksheet *legend = workbook_add_worksheet(
            book.book, sheetName(QCoreApplication::translate("rs::formats::Xlsx", "Legend")).constData());
        worksheet_set_column(legend, 0, 0, 14, nullptr);
        worksheet_set_column(legend, 1, 1, 80, nullptr);
        worksheet_write_string(
            legend, 0, 0, QCoreApplication::translate("rs::formats::Xlsx", "Mark").toUtf8().constData(), header);
        worksheet_write_string(
            legend, 0, 1, QCoreApplication::translate("rs::formats::Xlsx", "Meaning").toUtf8().constData(), header);
        lxw_row_t r = 1;
        for (const CellMark mark : table.legend) {
            const QString meaning = cellMarkMeaning(mark);
            worksheet_write_string(legend, r, 0, cellMarkName(mark).toUtf8().constData(), fills[int(mark)]);
            worksheet_write_string(legend, r, 1, meaning.toUtf8().constData(), nullptr);
            ++r;
        }
    }

    if (lxw_error e = book.close(); e != LXW_NO_ERROR)
        return writeError(e);
    QFile file(QFile::decodeName(path));
    if (!file.open(QIODevice::ReadOnly))
        return Error::storage(QCoreApplication::translate("rs::formats::Xlsx", "The workbook cannot be written: %1.")
                                  .arg(file.errorString()));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return Error::storage(QCoreApplication::translate("rs::formats::Xlsx", "The workbook cannot be written: %1.")
                                  .arg(file.errorString()));
    return bytes;
}

} // namespace rs::formats
