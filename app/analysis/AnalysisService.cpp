#include "analysis/AnalysisService.h"

#include "analysis/Analyzer.h"
#include "spelling/Speller.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace diptych {

namespace {

struct Outcome {
    AnalysisPtr analysis;
    QString error;
};

Outcome analyse(const QString &path)
{
    const Analyzer analyzer(Speller::shared());
    auto analysis = std::make_shared<Analysis>();
    Outcome out;
    if (analyzer.analyzeFile(path, *analysis, out.error))
        out.analysis = std::move(analysis);
    return out;
}

} // namespace

AnalysisService::AnalysisService(QObject *parent) : QObject(parent) {}

// Running analyses cannot be interrupted; their watchers die with us and drop the result.
AnalysisService::~AnalysisService() = default;

AnalysisPtr AnalysisService::cached(const QString &path) const { return m_cache.value(path); }

void AnalysisService::request(const QString &path)
{
    if (AnalysisPtr known = cached(path)) {
        QTimer::singleShot(0, this, [this, path, known] { Q_EMIT ready(path, known); });
        return;
    }
    if (!m_running.contains(path))
        start(path);
}

void AnalysisService::invalidate(const QString &path) { m_cache.remove(path); }

void AnalysisService::start(const QString &path)
{
    m_running.insert(path);
    Q_EMIT pendingChanged(m_running.size(), QFileInfo(path).fileName());
    auto *watcher = new QFutureWatcher<Outcome>(this);
    connect(watcher, &QFutureWatcher<Outcome>::finished, this, [this, watcher, path] {
        const Outcome out = watcher->result();
        watcher->deleteLater();
        m_running.remove(path);
        const QString next = m_running.isEmpty() ? QString() : QFileInfo(*m_running.begin()).fileName();
        Q_EMIT pendingChanged(m_running.size(), next);
        if (!out.analysis) {
            Q_EMIT failed(path, out.error);
            return;
        }
        m_cache.insert(path, out.analysis);
        Q_EMIT ready(path, out.analysis);
    });
    watcher->setFuture(QtConcurrent::run(analyse, path));
}

} // namespace diptych
