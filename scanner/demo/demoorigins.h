#pragma once

#include "core/mode.h"
#include "core/result.h"
#include "demo/httpmessage.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QString>

#include <memory>
#include <vector>

namespace sslrec {

class MiniHttpServer;

/// One origin of the demo site and the verdict a correct scan reaches for it.
struct DemoOrigin
{
    QString hostname;      ///< e.g. "shop.demo.sslrec.test"
    QHostAddress address;  ///< loopback address it is served on (null before start())
    bool servesHttp;       ///< an HTTP server listens on httpPort()
    bool servesHttps;      ///< an HTTPS server listens on httpsPort(); if false the port is closed
    Mode expectedMode;     ///< what sslrec should recommend
    QString behaviour;     ///< one line: how the origin is set up and why that mode
};

/// The offline demo: a small fictitious company site under demo.sslrec.test,
/// served in-process on loopback so `sslrec-cli scan --demo` and the GUI's
/// "Scan the demo site" work without a network. Each origin shows another
/// outcome (see origins()). Every origin has its own loopback address
/// (127.77.0.x, or another 127.x if that cannot be bound); all share one HTTP
/// and one HTTPS port, chosen free at start(). Pages are Qt resources under
/// :/demo/site, the PKI under :/demo/pki (resources/demo/pki/README.md).
///
/// To scan it: pin every hostname with resolvePins(), use httpPort() and
/// httpsPort() instead of 80/443, and trust caPem() in addition to the usual
/// roots. Links in the pages carry no port. Runs in the creating thread's
/// event loop and never blocks.
class DemoOrigins : public QObject
{
    Q_OBJECT

public:
    explicit DemoOrigins(QObject *parent = nullptr);
    ~DemoOrigins() override;

    /// Binds every origin's servers. Fails with a message for the user when
    /// the resources are unreadable or no addresses/ports can be bound.
    Status start();
    /// Closes every server and connection. start() may be called again.
    void stop();
    bool isRunning() const { return m_running; }

    /// "demo.sslrec.test": the domain to scan.
    QString domain() const;
    /// hostname -> loopback address, for every origin (empty before start()).
    QHash<QString, QHostAddress> resolvePins() const;
    /// The HTTP port shared by every origin (0 before start()).
    quint16 httpPort() const { return m_httpPort; }
    /// The HTTPS port shared by every origin (0 before start()).
    quint16 httpsPort() const { return m_httpsPort; }
    /// The demo root CA, PEM: the one extra trust anchor a demo scan needs.
    QByteArray caPem() const;
    /// Every origin with its expected verdict, apex first (addresses set after start()).
    QList<DemoOrigin> origins() const;

signals:
    /// A response went out from any demo origin (for logs and tests).
    void requestServed(const sslrec::HttpRequest &request, int status);

private:
    struct Site;
    struct Slot;

    Status tryStart();
    Status bindOrigin(Slot &slot, const QHostAddress &address);

    std::vector<std::unique_ptr<Slot>> m_slots;
    quint16 m_httpPort = 0;
    quint16 m_httpsPort = 0;
    bool m_running = false;
};

} // namespace sslrec
