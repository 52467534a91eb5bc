#pragma once

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QThread>
#include <QVector>

namespace diptych::test {

// tests/tools/official_server.py as a child process on 127.0.0.1 and a free port: the
// stand-in for KOOP's search and repository that the fetch tests talk to. The catalog
// (which dossiers hold which documents, and how each misbehaves) is written by the test;
// the records and metadata are the real formats of tests/data/official filled in.
class OfficialServer
{
public:
    OfficialServer() = default;
    ~OfficialServer() { stop(); }
    OfficialServer(const OfficialServer &) = delete;
    OfficialServer &operator=(const OfficialServer &) = delete;

    QString root() const { return m_root.path(); }
    QString file(const QString &name) const { return QDir(m_root.path()).filePath(name); }

    // The PDF served as id (copied into the server's folder) and what its metadata says.
    void addDocument(const QString &dossier, const QString &id, const QString &pdf, QJsonObject facts = {})
    {
        const QString name = id + QStringLiteral(".served.pdf");
        QFile::remove(file(name));
        QFile::copy(pdf, file(name));
        facts.insert(QStringLiteral("pdf"), name);
        m_documents.insert(id, facts);
        QJsonArray ids = m_dossiers.value(dossier).toArray();
        ids.append(id);
        m_dossiers.insert(dossier, ids);
    }
    void addEmptyDossier(const QString &dossier) { m_dossiers.insert(dossier, QJsonArray()); }
    // "malformed" or "fail-once".
    void setSearchBehaviour(const QString &dossier, const QString &behaviour) { m_search.insert(dossier, behaviour); }
    void setPageCap(int cap) { m_pageCap = cap; }

    // tls: HTTPS with a self-signed certificate, which a client must refuse.
    bool start(bool tls = false)
    {
        m_tls = tls;
        QJsonObject catalog{{QStringLiteral("page_cap"), m_pageCap},
                            {QStringLiteral("dossiers"), m_dossiers},
                            {QStringLiteral("sru"), m_search},
                            {QStringLiteral("documents"), m_documents}};
        QFile out(file(QStringLiteral("catalog.json")));
        if (!out.open(QIODevice::WriteOnly))
            return false;
        out.write(QJsonDocument(catalog).toJson());
        out.close();
        m_process.start(QStringLiteral(DIPTYCH_PYTHON),
                        {QStringLiteral(DIPTYCH_OFFICIAL_SERVER), root(), logPath(),
                         QStringLiteral(DIPTYCH_OFFICIAL_TEMPLATES), tls ? QStringLiteral("tls") : QString()});
        if (!m_process.waitForStarted(10000))
            return false;
        while (!m_process.canReadLine() && m_process.waitForReadyRead(10000)) {
        }
        m_port = m_process.readLine().trimmed().toInt();
        return m_port > 0;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.kill();
        m_process.waitForFinished(5000);
    }

    QString url() const
    {
        return QStringLiteral("%1://127.0.0.1:%2").arg(QLatin1String(m_tls ? "https" : "http")).arg(m_port);
    }
    QString logPath() const { return file(QStringLiteral("requests.log")); }

    // Every request so far, in order: time (s), path, status, user_agent.
    QVector<QJsonObject> requests() const
    {
        QVector<QJsonObject> out;
        QFile log(logPath());
        if (!log.open(QIODevice::ReadOnly))
            return out;
        for (const QByteArray &line : log.readAll().split('\n')) {
            if (!line.trimmed().isEmpty())
                out.append(QJsonDocument::fromJson(line).object());
        }
        return out;
    }
    QVector<QJsonObject> requestsTo(const QString &pathPart) const
    {
        QVector<QJsonObject> out;
        for (const QJsonObject &r : requests()) {
            if (r.value(QStringLiteral("path")).toString().contains(pathPart))
                out.append(r);
        }
        return out;
    }

private:
    QTemporaryDir m_root;
    QProcess m_process;
    int m_port = 0;
    bool m_tls = false;
    int m_pageCap = 2;
    QJsonObject m_dossiers;
    QJsonObject m_search;
    QJsonObject m_documents;
};

} // namespace diptych::test
