#pragma once

#include "spelling/SpellChecker.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace diptych {

// Base of the spelling tests: nl_NL must be installed, and the personal word list lives in
// a temporary folder of the test's own so no test reads or writes the user's list.
class SpellingTestBase : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_TRUE(SpellChecker::isAvailable(SpellChecker::Dutch)) << "nl_NL not installed";
    }

    QString personalListPath(const QString &relative = QStringLiteral("personal-words.txt")) const
    {
        return m_dir.filePath(relative);
    }

    QTemporaryDir m_dir;
};

} // namespace diptych
