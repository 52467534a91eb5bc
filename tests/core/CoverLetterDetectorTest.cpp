// CoverLetterDetector alone: the aanbiedingsbrief in front of an agenda or verslag.
#include "analysis/CoverLetterDetector.h"
#include "analysis/BlockBuilder.h"
#include "source/TextSource.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

CoverLetterFacts coverOf(const char *text, QVector<Block> *blocksOut = nullptr)
{
    SourceDocument doc = TextSource::parse(QString::fromUtf8(text), QStringLiteral("t.txt"));
    QVector<Block> blocks = BlockBuilder::run(doc);
    const CoverLetterFacts facts = CoverLetterDetector::run(doc, blocks);
    if (blocksOut)
        *blocksOut = blocks;
    return facts;
}

} // namespace

TEST(CoverLetterDetector, aSalutationUpToTheSignatureIsTheCoverLetter)
{
    QVector<Block> blocks;
    const CoverLetterFacts facts = coverOf(
        "Geachte voorzitter,\n\nHierbij bied ik u de geannoteerde agenda aan voor de NAVO-bijeenkomst van ministers\n"
        "van Buitenlandse Zaken van 3 en 4 april 2024.\n\nDe minister van Buitenlandse Zaken,\n\nH.G.J. Bruins Slot\n\n"
        "Geannoteerde agenda NAVO Foreign Ministers Meeting 3-4 april 2024\n\nDe bijeenkomst vindt plaats in "
        "Brussel.\n",
        &blocks);
    ASSERT_TRUE(facts.present);
    EXPECT_EQ(facts.signatory, QStringLiteral("H.G.J. Bruins Slot"));
    ASSERT_GE(facts.lastBlock, 0);
    EXPECT_LT(facts.lastBlock, blocks.size() - 2); // the title and the text come after it
}

TEST(CoverLetterDetector, twoSignatoriesAreJoined)
{
    const CoverLetterFacts facts = coverOf(
        "Hierbij bied ik u, mede namens de minister van Defensie, het verslag aan van de NAVO-top.\n\n"
        "De minister van Buitenlandse Zaken,\n\nH.G.J. Bruins Slot\n\nDe minister van Defensie,\n\nK.H. Ollongren\n\n"
        "Verslag NAVO-top\n\nDe top vond plaats in Vilnius.\n");
    ASSERT_TRUE(facts.present);
    EXPECT_EQ(facts.signatory, QStringLiteral("H.G.J. Bruins Slot; K.H. Ollongren"));
}

TEST(CoverLetterDetector, aLetterThatOpensWithItsSubjectHasNoCoverLetter)
{
    EXPECT_FALSE(coverOf("Geannoteerde agenda NAVO Foreign Ministers Meeting 3-4 april 2024\n\n"
                         "De bijeenkomst vindt plaats in Brussel. De minister zal deelnemen.\n")
                     .present);
}
