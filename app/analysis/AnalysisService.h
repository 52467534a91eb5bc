#pragma once

#include "model/Analysis.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>

namespace diptych {

using AnalysisPtr = std::shared_ptr<const Analysis>;

// Analyses files off the UI thread (QtConcurrent) and keeps the results, so a document
// opened twice (a tab and a comparison) is analysed once. Results arrive as signals.
class AnalysisService : public QObject
{
    Q_OBJECT
public:
    explicit AnalysisService(QObject *parent = nullptr);
    ~AnalysisService() override;

    AnalysisPtr cached(const QString &path) const;
    // Starts an analysis unless one runs; a cached result is delivered on the next event loop turn.
    void request(const QString &path);
    // Forgets a cached result so the next request analyses the file again.
    void invalidate(const QString &path);
    int pendingCount() const { return m_running.size(); }

Q_SIGNALS:
    void ready(const QString &path, diptych::AnalysisPtr analysis);
    void failed(const QString &path, const QString &error);
    // count == 0: idle. current is one of the files being analysed.
    void pendingChanged(int count, const QString &current);

private:
    void start(const QString &path);

    QHash<QString, AnalysisPtr> m_cache;
    QSet<QString> m_running;
};

} // namespace diptych
