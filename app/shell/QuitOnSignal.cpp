#include "shell/QuitOnSignal.h"

#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace diptych {

namespace {

// [0] is written by the handler, [1] read on the UI thread.
int g_pipe[2] = {-1, -1};

constexpr int kSignals[] = {SIGTERM, SIGINT, SIGHUP};

} // namespace

QuitOnSignal::QuitOnSignal(QObject *parent) : QObject(parent) {}

QuitOnSignal::~QuitOnSignal()
{
    if (!m_notifier)
        return;
    for (int signal : kSignals)
        std::signal(signal, SIG_DFL);
    ::close(g_pipe[0]);
    ::close(g_pipe[1]);
    g_pipe[0] = g_pipe[1] = -1;
}

bool QuitOnSignal::install()
{
    if (m_notifier || g_pipe[0] >= 0)
        return false; // one per process: the handler has one pipe to write to
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_pipe) != 0)
        return false;
    m_notifier = new QSocketNotifier(g_pipe[1], QSocketNotifier::Read, this);
    connect(m_notifier, &QSocketNotifier::activated, this, &QuitOnSignal::onReadable);
    struct sigaction action = {};
    action.sa_handler = &QuitOnSignal::handle;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    bool all = true;
    for (int signal : kSignals)
        all = sigaction(signal, &action, nullptr) == 0 && all;
    return all;
}

void QuitOnSignal::handle(int signal)
{
    const char byte = char(signal);
    // Nothing to do if the write fails: a quit is already waiting to be read.
    [[maybe_unused]] const ssize_t written = ::write(g_pipe[0], &byte, 1);
}

void QuitOnSignal::onReadable()
{
    char byte = 0;
    if (::read(g_pipe[1], &byte, 1) == 1)
        Q_EMIT quitRequested(int(byte));
}

} // namespace diptych
