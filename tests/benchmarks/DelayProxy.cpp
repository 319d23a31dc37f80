#include "DelayProxy.h"

#include <QElapsedTimer>
#include <QHostAddress>
#include <QList>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

namespace rs::bench {

namespace {

// Which way the last bytes of one connection went: a turn ends when the server answers what the client sent.
struct Turns
{
    enum class Way { None, ToServer, ToClient };
    Way last = Way::None;
    std::atomic<int> *count;
    std::atomic<int> *ofConnection; // this connection's own count, or null past the first few
};

// One direction of one connection: what `from` sends reaches `to` `delayMs` later, in the order it was sent.
class Pipe : public QObject
{
public:
    Pipe(QTcpSocket *from, QTcpSocket *to, int delayMs, std::shared_ptr<Turns> turns, Turns::Way way, QObject *parent)
        : QObject(parent)
        , m_from(from)
        , m_to(to)
        , m_delayMs(delayMs)
        , m_turns(std::move(turns))
        , m_way(way)
    {
        m_clock.start();
        m_timer.setSingleShot(true);
        m_timer.setTimerType(Qt::PreciseTimer);
        connect(&m_timer, &QTimer::timeout, this, &Pipe::flush);
        connect(from, &QTcpSocket::readyRead, this, &Pipe::take);
        connect(from, &QTcpSocket::disconnected, this, [this]() {
            take();
            m_closing = true;
            flush();
        });
        connect(to, &QTcpSocket::connected, this, &Pipe::flush);
    }

private:
    struct Held
    {
        qint64 due;
        QByteArray data;
    };

    void take()
    {
        const QByteArray data = m_from->readAll();
        if (data.isEmpty())
            return;
        // Counted as the bytes arrive, in the order they arrive: both pipes of a connection live on this thread.
        if (m_way == Turns::Way::ToClient && m_turns->last == Turns::Way::ToServer) {
            m_turns->count->fetch_add(1);
            if (m_turns->ofConnection)
                m_turns->ofConnection->fetch_add(1);
        }
        m_turns->last = m_way;
        m_held.append({ m_clock.elapsed() + m_delayMs, data });
        schedule();
    }

    void flush()
    {
        if (m_to->state() != QAbstractSocket::ConnectedState)
            return; // the other end is still being reached: what is held waits for it
        while (!m_held.isEmpty() && m_held.constFirst().due <= m_clock.elapsed())
            m_to->write(m_held.takeFirst().data);
        if (m_held.isEmpty() && m_closing)
            m_to->disconnectFromHost();
        schedule();
    }

    void schedule()
    {
        if (m_held.isEmpty() || m_timer.isActive())
            return;
        m_timer.start(int(std::max<qint64>(0, m_held.constFirst().due - m_clock.elapsed())));
    }

    QTcpSocket *m_from;
    QTcpSocket *m_to;
    const int m_delayMs;
    std::shared_ptr<Turns> m_turns;
    const Turns::Way m_way;
    QElapsedTimer m_clock;
    QTimer m_timer;
    QList<Held> m_held;
    bool m_closing = false;
};

} // namespace

DelayProxy::DelayProxy(QString upstreamHost, quint16 upstreamPort, int delayMs)
    : m_host(std::move(upstreamHost))
    , m_upstreamPort(upstreamPort)
    , m_delayMs(delayMs)
{
}

DelayProxy::~DelayProxy()
{
    quit();
    wait();
}

int DelayProxy::turnsOf(int connection) const
{
    return connection >= 0 && connection < int(m_turnsOf.size()) ? m_turnsOf[size_t(connection)].load() : -1;
}

bool DelayProxy::listen()
{
    start();
    m_ready.acquire();
    return m_port != 0;
}

void DelayProxy::run()
{
    QTcpServer server;
    if (server.listen(QHostAddress::LocalHost, 0))
        m_port = server.serverPort();
    m_ready.release();
    if (!m_port)
        return;
    QObject::connect(&server, &QTcpServer::newConnection, &server, [this, &server]() {
        while (QTcpSocket *client = server.nextPendingConnection()) {
            auto *upstream = new QTcpSocket(client);
            // Small messages go out at once, as the two ends would send them without the proxy.
            client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            QObject::connect(upstream, &QTcpSocket::connected, upstream,
                [upstream]() { upstream->setSocketOption(QAbstractSocket::LowDelayOption, 1); });
            const int index = m_connections.fetch_add(1);
            std::atomic<int> *own = index < int(m_turnsOf.size()) ? &m_turnsOf[size_t(index)] : nullptr;
            auto turns = std::make_shared<Turns>(Turns { Turns::Way::None, &m_turns, own });
            new Pipe(client, upstream, m_delayMs, turns, Turns::Way::ToServer, client);
            new Pipe(upstream, client, m_delayMs, turns, Turns::Way::ToClient, client);
            // The pair goes once the server's side is closed: after the client's last bytes reached it, or when it
            // could not be reached at all.
            QObject::connect(upstream, &QTcpSocket::disconnected, client, &QObject::deleteLater);
            QObject::connect(upstream, &QTcpSocket::errorOccurred, client, [client, upstream]() {
                if (upstream->state() != QAbstractSocket::ConnectedState)
                    client->deleteLater();
            });
            upstream->connectToHost(m_host, m_upstreamPort);
        }
    });
    exec();
}

} // namespace rs::bench
