#pragma once
// The anchor a bulk step is measured beside: the same rows, of the same width, inserted into a plain table and read
// back with the SQLite C API alone (one prepared statement, one transaction, the store's journal and sync settings).
// Whatever a step costs beyond its anchor is the program's own.
#include <QString>
#include <QStringList>

namespace rs::bench {

struct Anchor
{
    qint64 rows = 0;
    qint64 bytes = 0; // the rows' values as SQLite stores them (text and blobs by length, numbers as 8)
    double insertSeconds = 0;
    double readSeconds = 0;
    double insertProcessorSeconds = 0; // the processor's time of the insert: on a busy machine the steadier figure
};

// The processor time this process has taken so far, in seconds.
double processorSeconds();

// Copies into memory the rows of `tables` in the SQLite file `source` (each filtered by `where`, which may be
// empty), then times inserting them into a fresh file `scratch` and reading them back. An error message on failure.
Anchor measureAnchor(
    const QString &source, const QStringList &tables, const QString &where, const QString &scratch, QString *error);

} // namespace rs::bench
