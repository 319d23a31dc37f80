#pragma once

#include <QSemaphore>
#include <QString>
#include <QThread>

#include <array>
#include <atomic>

namespace rs::bench {

// A TCP proxy on loopback, on a thread of its own, that holds everything passing through it for `delayMs` before it
// passes it on, in each direction: a slow network between the editor and its server, on one machine.
class DelayProxy : public QThread
{
public:
    DelayProxy(QString upstreamHost, quint16 upstreamPort, int delayMs);
    ~DelayProxy() override;

    // Listens on a free loopback port; false when it cannot.
    bool listen();
    // The port it listens on, once listening.
    quint16 port() const { return m_port; }
    // The request/response turns carried so far, over every connection: a turn is the client sending, then the
    // server answering. A connection being set up counts its turns too (TLS, password exchange).
    int turns() const { return m_turns.load(); }
    // The turns of one connection, numbered from 0 in the order they were taken (-1 past the first eight).
    int turnsOf(int connection) const;
    // The connections the proxy has taken so far.
    int connections() const { return m_connections.load(); }

protected:
    void run() override;

private:
    const QString m_host;
    const quint16 m_upstreamPort;
    const int m_delayMs;
    quint16 m_port = 0;
    QSemaphore m_ready;
    std::atomic<int> m_turns { 0 };
    std::atomic<int> m_connections { 0 };
    std::array<std::atomic<int>, 8> m_turnsOf {};
};

} // namespace rs::bench
