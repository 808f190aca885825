#pragma once

#include <QObject>

class QSocketNotifier;

namespace sslrec::cli {

/// Turns SIGINT and SIGTERM into a Qt signal (self-pipe), so a scan stops
/// through the event loop and still writes what it has.
class SignalWatcher : public QObject
{
    Q_OBJECT

public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    void interrupted();

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sslrec::cli
