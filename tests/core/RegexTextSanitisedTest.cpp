#include "analysis/RegexText.h"

#include <gtest/gtest.h>

using namespace diptych;

// sanitised() looks for surrogates four characters at a time: one in any lane of a block
// or in the tail after the last block must be found, and a valid pair kept.
TEST(RegexTextSanitised, replacesALoneSurrogateAtEveryPositionAndKeepsPairs)
{
    for (int length = 1; length <= 9; ++length) {
        for (int at = 0; at < length; ++at) {
            for (const char16_t lone : {char16_t(0xD800), char16_t(0xDBFF), char16_t(0xDC00), char16_t(0xDFFF)}) {
                QString text(length, QLatin1Char('a'));
                text[at] = QChar(lone);
                QString expected(length, QLatin1Char('a'));
                expected[at] = QChar::ReplacementCharacter;
                EXPECT_EQ(RegexText::sanitised(text), expected) << length << ' ' << at;
            }
        }
    }
    const QString pair = QStringLiteral("ab") + QChar(0xD83D) + QChar(0xDE00) + QStringLiteral("cdef");
    EXPECT_EQ(RegexText::sanitised(pair), pair);
    // Characters next to the surrogate range are no surrogates.
    const QString near = QString(QChar(0xD7FF)) + QChar(0xE000) + QChar(0xF800) + QChar(0x5800) + QChar(0xD7FF);
    EXPECT_EQ(RegexText::sanitised(near), near);
}
