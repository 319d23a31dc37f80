#pragma once

// Builds xlsx workbooks part by part, and takes written ones apart, for the tests and the fuzz harness of the xlsx
// reader: the zip is minizip's (as the model's), the rest is text.
#include <QByteArray>
#include <QList>
#include <QString>

#include <unzip.h>
#include <zip.h>

#include <cstring>
#include <utility>

namespace fmt {

using Parts = QList<std::pair<QString, QByteArray>>;

// A zip file in memory, as minizip reads and writes files.
struct MemoryFile
{
    QByteArray data;
    ZPOS64_T at = 0;

    zlib_filefunc64_def io()
    {
        zlib_filefunc64_def def {};
        def.zopen64_file = [](voidpf opaque, const void *, int) -> voidpf { return opaque; };
        def.zread_file = [](voidpf, voidpf stream, void *buffer, uLong size) -> uLong {
            auto *f = static_cast<MemoryFile *>(stream);
            const ZPOS64_T left = f->at < ZPOS64_T(f->data.size()) ? f->data.size() - f->at : 0;
            const uLong n = uLong(qMin<ZPOS64_T>(size, left));
            std::memcpy(buffer, f->data.constData() + f->at, n);
            f->at += n;
            return n;
        };
        def.zwrite_file = [](voidpf, voidpf stream, const void *buffer, uLong size) -> uLong {
            auto *f = static_cast<MemoryFile *>(stream);
            if (f->at + size > ZPOS64_T(f->data.size()))
                f->data.resize(qsizetype(f->at + size));
            std::memcpy(f->data.data() + f->at, buffer, size);
            f->at += size;
            return size;
        };
        def.ztell64_file = [](voidpf, voidpf stream) -> ZPOS64_T { return static_cast<MemoryFile *>(stream)->at; };
        def.zseek64_file = [](voidpf, voidpf stream, ZPOS64_T offset, int origin) -> long {
            auto *f = static_cast<MemoryFile *>(stream);
            const ZPOS64_T base = origin == ZLIB_FILEFUNC_SEEK_CUR ? f->at
                : origin == ZLIB_FILEFUNC_SEEK_END                 ? ZPOS64_T(f->data.size())
                                                                   : 0;
            if (base + offset > ZPOS64_T(f->data.size()))
                return -1;
            f->at = base + offset;
            return 0;
        };
        def.zclose_file = [](voidpf, voidpf) -> int { return 0; };
        def.zerror_file = [](voidpf, voidpf) -> int { return 0; };
        def.opaque = this;
        return def;
    }
};

// A zip of `parts`, each deflated at `level` (0 stores it).
inline QByteArray zipOf(const Parts &parts, int level = 6)
{
    MemoryFile file;
    zlib_filefunc64_def io = file.io();
    zipFile zip = zipOpen2_64("", APPEND_STATUS_CREATE, nullptr, &io);
    if (!zip)
        return {};
    for (const auto &[name, data] : parts) {
        zip_fileinfo info {};
        if (zipOpenNewFileInZip64(zip, name.toUtf8().constData(), &info, nullptr, 0, nullptr, 0, nullptr,
                level == 0 ? 0 : Z_DEFLATED, level, data.size() > 0x7fffffff ? 1 : 0)
            != ZIP_OK)
            return {};
        // In pieces: minizip takes an unsigned length a call.
        for (qsizetype at = 0; at < data.size(); at += 1 << 20)
            zipWriteInFileInZip(zip, data.constData() + at, unsigned(qMin<qsizetype>(1 << 20, data.size() - at)));
        zipCloseFileInZip(zip);
    }
    zipClose(zip, nullptr);
    return file.data;
}

// One part of a zip, or a null array when it has none.
inline QByteArray partOf(const QByteArray &zipBytes, const QString &name)
{
    MemoryFile file { zipBytes, 0 };
    zlib_filefunc64_def io = file.io();
    unzFile zip = unzOpen2_64("", &io);
    if (!zip)
        return {};
    QByteArray data;
    if (unzLocateFile(zip, name.toUtf8().constData(), 1) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[65536];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            data.append(buffer, n);
        unzCloseCurrentFile(zip);
        if (data.isNull())
            data = QByteArray("");
    }
    unzClose(zip);
    return data;
}

inline QByteArray workbookXml()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
           "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
           "<sheet name=\"Matrix\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
}

inline QByteArray workbookRels()
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           "<Relationship Id=\"rId1\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
           "Target=\"worksheets/sheet1.xml\"/>"
           "<Relationship Id=\"rId2\" "
           "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" "
           "Target=\"sharedStrings.xml\"/></Relationships>";
}

inline QByteArray sheetXml(const QByteArray &sheetData)
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
           "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
        + sheetData + "</sheetData></worksheet>";
}

inline QByteArray sharedStringsXml(const QList<QByteArray> &strings)
{
    QByteArray xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                     "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">";
    for (const QByteArray &s : strings)
        xml += "<si><t>" + s + "</t></si>";
    return xml + "</sst>";
}

// A workbook whose first worksheet holds `sheetData` (the rows, as XML) and whose shared strings are `strings`.
inline QByteArray workbook(const QByteArray &sheetData, const QList<QByteArray> &strings = {}, int level = 6)
{
    return zipOf({ { QStringLiteral("xl/workbook.xml"), workbookXml() },
                     { QStringLiteral("xl/_rels/workbook.xml.rels"), workbookRels() },
                     { QStringLiteral("xl/sharedStrings.xml"), sharedStringsXml(strings) },
                     { QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(sheetData) } },
        level);
}

} // namespace fmt
