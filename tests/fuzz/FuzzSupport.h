#pragma once

// What every libFuzzer harness of tests/fuzz shares: one QCoreApplication, a scratch folder, and the check that stops
// the run when a property does not hold, so that libFuzzer keeps the input that broke it.
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <memory>

namespace fz {

// Stops the run on a broken property: libFuzzer reports the abort as a crash and saves the input.
[[noreturn]] inline void fail(const char *property)
{
    std::fprintf(stderr, "\n*** property violated: %s\n", property);
    std::fflush(stderr);
    std::abort();
}

#define FUZZ_CHECK(condition, property)                                                                                \
    do {                                                                                                               \
        if (!(condition))                                                                                              \
            ::fz::fail(property);                                                                                      \
    } while (false)

// A folder that lives as long as the run: under TMPDIR (a RAM disk in tests/fuzz/run-fuzzers.sh, so that the many
// small files the harnesses write cost no disk writes).
inline const QTemporaryDir &scratch()
{
    static QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/rolesheet-fuzz-XXXXXX"));
    if (!dir.isValid())
        fail("a scratch folder can be created");
    return dir;
}

// The application object Qt's file, SQL and translation machinery need; staged changes and settings go to the
// scratch folder, never to the user's own.
inline void start([[maybe_unused]] int *argc, [[maybe_unused]] char ***argv)
{
    static int count = 1;
    static char name[] = "rolesheet-fuzz";
    static char *args[] = { name, nullptr };
    qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("QT_LOGGING_RULES", "*.debug=false;*.warning=false");
    static QCoreApplication app(count, args);
    QCoreApplication::setApplicationName(QStringLiteral("rolesheet-fuzz"));
    qputenv("XDG_DATA_HOME", QFile::encodeName(scratch().filePath(QStringLiteral("data"))));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(scratch().filePath(QStringLiteral("config"))));
}

inline QByteArray bytes(const std::uint8_t *data, std::size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

inline QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

inline void writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size())
        fail("the harness can write its scratch file");
}

} // namespace fz
