#pragma once

#include "shell/Application.h"
#include "shell/MainWindow.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>

namespace diptych::test {

inline QString sample(const char *name) { return QStringLiteral(DIPTYCH_SAMPLES "/") + QString::fromLatin1(name); }

// The real application on a fresh account in a temporary folder: its own library
// database, samples folder and settings file.
class AppFixture : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("diptych.ini")), QSettings::IniFormat);
        startApp();
    }

    void TearDown() override { m_app.reset(); }

    void startApp(const CommandLine &commandLine = CommandLine())
    {
        m_app = std::make_unique<Application>(*m_settings, m_dir.filePath(QStringLiteral("library.sqlite")),
                                              m_dir.filePath(QStringLiteral("samples")));
        m_app->start(commandLine);
    }

    MainWindow *window() const { return m_app->window(); }

    bool settle(int timeoutMs = 30000)
    {
        return QTest::qWaitFor([this] { return window()->isSettled(); }, timeoutMs);
    }

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Application> m_app;
};

} // namespace diptych::test
