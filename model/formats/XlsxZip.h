#pragma once

#include <QByteArrayView>

#include <unzip.h>

namespace rs::formats {

// A zip held in memory as minizip reads a file: in place, never copied, read-only.
struct ZipSource
{
    QByteArrayView data;
    ZPOS64_T at = 0;

    // The functions unzOpen2_64() reads this source through.
    zlib_filefunc64_def io();
};

// An open zip, closed however the reading ends.
struct Zip
{
    unzFile file = nullptr;
    Zip(unzFile opened)
        : file(opened)
    {
    }
    ~Zip()
    {
        if (file)
            unzClose(file);
    }
    Zip(const Zip &) = delete;
    Zip &operator=(const Zip &) = delete;
};

} // namespace rs::formats
