#include "PgDeadline.h"

#include "PgSession.h"
#include "pg/PgDriver.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <libpq-fe.h>
#include <sys/socket.h>

namespace rs {

std::chrono::milliseconds PgDeadline::defaultLimit()
{
    bool ok = false;
    const int value = qEnvironmentVariableIntValue("ROLESHEET_PG_CLIENT_TIMEOUT_MS", &ok);
    if (ok && value > 0)
        return std::chrono::milliseconds(value);
    return std::chrono::milliseconds(pgsession::statementTimeout() + 5000);
}

PgDeadline::PgDeadline(std::chrono::milliseconds limit)
    : m_limit(limit)
{
}

PgDeadline::~PgDeadline()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int PgDeadline::limitSeconds() const
{
    return int((m_limit.count() + 999) / 1000);
}

Error PgDeadline::stalled() const
{
    return Error::storage(QCoreApplication::translate("rs::Store",
        "The server stopped answering for %n second(s), so the connection was closed; nothing was changed.", nullptr,
        limitSeconds()));
}

bool PgDeadline::arm(int socket)
{
    std::lock_guard lock(m_mutex);
    if (m_armed)
        return false;
    m_armed = true;
    m_fired = false;
    m_socket = socket;
    m_due = std::chrono::steady_clock::now() + m_limit;
    if (!m_thread.joinable())
        m_thread = std::thread([this] { watch(); });
    // A watcher already waiting for an earlier time wakes then and waits on for this one: no thread is woken per
    // statement, which on a busy machine costs a wait for a core each time.
    if (!m_timed || m_waitingUntil > m_due)
        m_wake.notify_all();
    return true;
}

bool PgDeadline::disarm()
{
    // The watcher is not woken: when its wait ends it finds the deadline disarmed, or armed again for later.
    std::lock_guard lock(m_mutex);
    m_armed = false;
    m_socket = -1;
    return m_fired;
}

void PgDeadline::watch()
{
    std::unique_lock lock(m_mutex);
    while (!m_stopping) {
        if (!m_armed) {
            m_wake.wait(lock);
            continue;
        }
        m_timed = true;
        m_waitingUntil = m_due;
        m_wake.wait_until(lock, m_waitingUntil);
        m_timed = false;
        if (m_armed && !m_fired && std::chrono::steady_clock::now() >= m_due) {
            // Under the lock: the work cannot disarm, and so cannot let the connection close the socket, meanwhile.
            ::shutdown(m_socket, SHUT_RDWR);
            m_fired = true;
            m_armed = false;
        }
    }
}

PgDeadline::Armed::Armed(std::shared_ptr<PgDeadline> deadline, const QSqlDatabase &db)
    : m_deadline(std::move(deadline))
{
    const int socket = m_deadline ? pgSocket(db) : -1;
    m_owner = socket >= 0 && m_deadline->arm(socket);
}

PgDeadline::Armed::~Armed()
{
    disarm();
}

bool PgDeadline::Armed::disarm()
{
    if (m_owner) {
        m_fired = m_deadline->disarm();
        m_owner = false;
    }
    return m_fired;
}

int pgSocket(const QSqlDatabase &db)
{
    PGconn *connection = pg::Driver::connectionOf(db);
    return connection ? PQsocket(connection) : -1;
}

} // namespace rs
