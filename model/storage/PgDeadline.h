#pragma once

#include "domain/Result.h"

#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

class QSqlDatabase;

namespace rs {

// A client-side deadline for work on a PostgreSQL connection. A server that stops answering (a stopped backend or
// machine) never sends the error its statement_timeout would, and on a path where the kernel still acknowledges TCP
// neither keepalives nor the TCP user time-out notice: libpq would wait in recv() for ever. While armed, a thread of
// its own watches the clock, and when the deadline passes it shuts the connection's socket down, so that the blocked
// call returns with a connection error. The server rolls back the open transaction when it sees the socket closed.
class PgDeadline
{
public:
    // The deadline: ROLESHEET_PG_CLIENT_TIMEOUT_MS when set, else the statement time-out and five seconds more.
    static std::chrono::milliseconds defaultLimit();

    explicit PgDeadline(std::chrono::milliseconds limit = defaultLimit());
    ~PgDeadline();
    PgDeadline(const PgDeadline &) = delete;
    PgDeadline &operator=(const PgDeadline &) = delete;

    std::chrono::milliseconds limit() const { return m_limit; }
    // The limit in whole seconds, rounded up, for messages.
    int limitSeconds() const;
    // What work cut short by the deadline failed with: one line.
    Error stalled() const;

    // Arms the deadline for the connection's socket for as long as it lives. An Armed inside another one of the same
    // deadline does nothing: the outer one keeps the clock. A connection that is not PostgreSQL's, or not open, is
    // not watched.
    class Armed
    {
    public:
        Armed(std::shared_ptr<PgDeadline> deadline, const QSqlDatabase &db);
        ~Armed();
        Armed(const Armed &) = delete;
        Armed &operator=(const Armed &) = delete;
        // Disarms now; whether the deadline fired (the socket is shut down, the connection is lost).
        bool disarm();

    private:
        std::shared_ptr<PgDeadline> m_deadline;
        bool m_owner = false;
        bool m_fired = false;
    };

private:
    bool arm(int socket);
    bool disarm();
    void watch();

    const std::chrono::milliseconds m_limit;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::thread m_thread; // started on the first arm
    bool m_stopping = false;
    bool m_armed = false;
    bool m_fired = false;
    int m_socket = -1;
    std::chrono::steady_clock::time_point m_due;
    bool m_timed = false; // the watcher waits until m_waitingUntil (else for an arm, or not at all)
    std::chrono::steady_clock::time_point m_waitingUntil;
};

// The socket of an open PostgreSQL connection (pg/PgDriver.h); -1 for any other connection.
int pgSocket(const QSqlDatabase &db);

} // namespace rs
