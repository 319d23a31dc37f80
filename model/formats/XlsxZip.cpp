#include "XlsxZip.h"

#include <QtGlobal>

#include <cstring>

namespace rs::formats {

namespace {

voidpf ZCALLBACK openSource(voidpf opaque, const void *, int mode)
{
    return (mode & ZLIB_FILEFUNC_MODE_WRITE) ? nullptr : opaque;
}

uLong ZCALLBACK readSource(voidpf, voidpf stream, void *buffer, uLong size)
{
    auto *source = static_cast<ZipSource *>(stream);
    const ZPOS64_T left = source->at < ZPOS64_T(source->data.size()) ? source->data.size() - source->at : 0;
    const uLong n = uLong(qMin<ZPOS64_T>(size, left));
    if (n > 0)
        std::memcpy(buffer, source->data.constData() + source->at, n);
    source->at += n;
    return n;
}

uLong ZCALLBACK writeSource(voidpf, voidpf, const void *, uLong)
{
    return 0;
}

ZPOS64_T ZCALLBACK tellSource(voidpf, voidpf stream)
{
    return static_cast<ZipSource *>(stream)->at;
}

long ZCALLBACK seekSource(voidpf, voidpf stream, ZPOS64_T offset, int origin)
{
    auto *source = static_cast<ZipSource *>(stream);
    const ZPOS64_T size = ZPOS64_T(source->data.size());
    ZPOS64_T base = 0;
    if (origin == ZLIB_FILEFUNC_SEEK_CUR)
        base = source->at;
    else if (origin == ZLIB_FILEFUNC_SEEK_END)
        base = size;
    else if (origin != ZLIB_FILEFUNC_SEEK_SET)
        return -1;
    if (offset > size || base + offset > size)
        return -1;
    source->at = base + offset;
    return 0;
}

int ZCALLBACK closeSource(voidpf, voidpf)
{
    return 0;
}

int ZCALLBACK errorSource(voidpf, voidpf)
{
    return 0;
}

} // namespace

zlib_filefunc64_def ZipSource::io()
{
    return { &openSource, &readSource, &writeSource, &tellSource, &seekSource, &closeSource, &errorSource, this };
}

} // namespace rs::formats
