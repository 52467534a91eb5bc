#pragma once

#include <QObject>

class QSocketNotifier;

namespace diptych {

// A desktop session that ends (logout, shutdown) or a `kill` sends SIGTERM; a terminal sends
// SIGINT or SIGHUP. Left to their default, each ends the process on the spot: the session is
// not saved and a note typed in the last half second (AnnotationModel's deferred write) is
// lost. This turns them into an orderly quit through the event loop, as File › Quit does.
// A signal handler may only do async-signal-safe work, so it writes one byte to a socket
// pair and a QSocketNotifier hears it on the UI thread (the pattern of Qt's "Calling Qt
// Functions From Unix Signal Handlers"). One per process.
class QuitOnSignal : public QObject
{
    Q_OBJECT
public:
    explicit QuitOnSignal(QObject *parent = nullptr);
    ~QuitOnSignal() override;

    // False when the socket pair or a handler could not be set up (the defaults stay).
    bool install();

Q_SIGNALS:
    // Emitted on the UI thread; the program closes its window and leaves the event loop.
    void quitRequested(int signal);

private:
    static void handle(int signal);
    void onReadable();

    QSocketNotifier *m_notifier = nullptr;
};

} // namespace diptych
