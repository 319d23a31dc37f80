#include "ExportJob.h"

#include <QThread>

namespace rs::formats {

ExportJob::ExportJob(Workspace workspace, SheetFormat format, const QString &dir, const QDate &date,
    Overwrite overwrite, QObject *parent)
    : QObject(parent)
    , m_workspace(std::move(workspace))
    , m_format(format)
    , m_dir(dir)
    , m_date(date)
    , m_overwrite(overwrite)
    , m_total(int(rolesToExport(m_workspace).size()))
{
}

ExportJob::~ExportJob()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

bool ExportJob::isRunning() const
{
    return m_thread && !m_written;
}

void ExportJob::start()
{
    if (m_thread)
        return;
    m_thread = QThread::create([this]() {
        Result<QStringList> written = exportAll(
            m_workspace, m_format, m_dir, m_date, m_overwrite,
            [this](int done, int total) {
                if (m_hook)
                    m_hook(done, total);
                if (m_cancel)
                    return false;
                QMetaObject::invokeMethod(
                    this, [this, done, total]() { Q_EMIT progressed(done, total); }, Qt::QueuedConnection);
                return true;
            },
            m_duties);
        QMetaObject::invokeMethod(
            this,
            [this, written]() {
                m_thread->wait(); // the thread is done with every member once it has stopped
                m_written = written;
                Q_EMIT finished(*m_written);
            },
            Qt::QueuedConnection);
    });
    m_thread->setObjectName(QStringLiteral("exportAll"));
    m_thread->setParent(this);
    m_thread->start();
}

} // namespace rs::formats
