#pragma once

#include "Export.h"

#include <QObject>

#include <atomic>
#include <functional>
#include <optional>

class QThread;

namespace rs::formats {

// Export All on a thread of its own, so that the window keeps painting meanwhile: writes exportAll()'s files from a
// copy of the workspace, says how far it got, and stops between two files when cancelled, so that every file it
// leaves is whole and no temporary file stays. Destroying it cancels the export and waits for the file under way.
class ExportJob : public QObject
{
    Q_OBJECT
public:
    // Called on the export's thread before each file, with how many are written and how many there are in all.
    using Hook = std::function<void(int done, int total)>;

    ExportJob(Workspace workspace, SheetFormat format, const QString &dir, const QDate &date, Overwrite overwrite,
        QObject *parent = nullptr);
    // The duty rules the sheets name the roles' part in; set before start().
    void setDuties(duties::Book duties) { m_duties = std::move(duties); }
    ~ExportJob() override;

    // For tests; set before start().
    void setBeforeFile(Hook hook) { m_hook = std::move(hook); }
    // Starts writing; finished() tells how it went.
    void start();
    // Stops before the next file; finished() follows.
    void cancel() { m_cancel = true; }
    bool isCancelled() const { return m_cancel; }
    bool isRunning() const;
    // How many files the export writes in all.
    int total() const { return m_total; }

Q_SIGNALS:
    // `done` of `total` files are written; the next one is under way.
    void progressed(int done, int total);
    // The paths written, or why the export stopped; a cancelled export lists the files it wrote before it stopped.
    void finished(const rs::Result<QStringList> &written);

private:
    duties::Book m_duties;
    Workspace m_workspace;
    SheetFormat m_format;
    QString m_dir;
    QDate m_date;
    Overwrite m_overwrite;
    int m_total;
    Hook m_hook;
    std::atomic<bool> m_cancel { false };
    QThread *m_thread = nullptr;
    std::optional<Result<QStringList>> m_written; // set on the export's thread, read once it has finished
};

} // namespace rs::formats
