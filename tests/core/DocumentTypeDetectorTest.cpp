#include "AnalysisFixture.h"

#include "analysis/DocumentTypeDetector.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

DocumentType typeOfText(const char *text, QStringList headings = {}, bool cover = false)
{
    DocumentTypeEvidence e;
    e.text = QString::fromUtf8(text);
    e.headings = headings;
    e.coverLetter = cover;
    return DocumentTypeDetector::run(e);
}

DocumentType typeOfHead(QStringList head)
{
    DocumentTypeEvidence e;
    e.headLines = head;
    e.text = QStringLiteral("De ministers spraken over Oekraïne.");
    return DocumentTypeDetector::run(e);
}

} // namespace

TEST(DocumentTypeDetector, theHeadBlockSaysWhatTheDocumentIs)
{
    EXPECT_EQ(typeOfHead({QStringLiteral("Vergaderjaar 2023–2024"), QStringLiteral("Aanhangsel van de Handelingen")}),
              DocumentType::Aanhangsel);
    EXPECT_EQ(typeOfHead({QStringLiteral("Nr. 3121"), QStringLiteral("MOTIE VAN HET LID CEDER")}), DocumentType::Motie);
    EXPECT_EQ(typeOfHead({QStringLiteral("GEWIJZIGDE MOTIE VAN DE LEDEN PATERNOTTE EN PIRI")}), DocumentType::Motie);
    EXPECT_EQ(typeOfHead({QStringLiteral("Nr. 446 BRIEF VAN DE MINISTER VAN BUITENLANDSE ZAKEN")}),
              DocumentType::Brief);
    EXPECT_EQ(typeOfHead({QStringLiteral("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG")}), DocumentType::VerslagCommissie);
    EXPECT_EQ(typeOfHead({}), DocumentType::Other);
}

TEST(DocumentTypeDetector, anAanhangselIdIsKamervragen)
{
    DocumentTypeEvidence e;
    e.selfId = QStringLiteral("ah-tk-20232024-1314");
    EXPECT_EQ(DocumentTypeDetector::run(e), DocumentType::Aanhangsel);
}

TEST(DocumentTypeDetector, withoutAHeadBlockTheTextsOwnFormDecides)
{
    EXPECT_EQ(typeOfText("Vragen van het lid Dassen (Volt) aan de Minister van Buitenlandse Zaken over de NAVO-top "
                         "(ingezonden 3 mei 2024).\n\nVraag 1\n\nKent u het bericht?"),
              DocumentType::Aanhangsel);
    EXPECT_EQ(typeOfText("Kent u het bericht?\n\nJa.", {QStringLiteral("Vraag 1"), QStringLiteral("Antwoord 1")}),
              DocumentType::Aanhangsel);
    EXPECT_EQ(typeOfText("De Kamer,\n\ngehoord de beraadslaging,\n\nverzoekt de regering …"), DocumentType::Motie);
    EXPECT_EQ(typeOfText("De vaste commissie voor Buitenlandse Zaken heeft een aantal vragen en opmerkingen "
                         "voorgelegd. Zij heeft daarover schriftelijk overleg gevoerd."),
              DocumentType::Other); // not one line: "heeft … overleg" across sentences is no committee report
    EXPECT_EQ(typeOfText("De vaste commissie voor Buitenlandse Zaken heeft op 3 april 2024 overleg gevoerd met de "
                         "minister over de NAVO-top."),
              DocumentType::VerslagCommissie);
    EXPECT_EQ(typeOfText("Geachte voorzitter,\n\nHierbij bied ik u de geannoteerde agenda aan."), DocumentType::Brief);
    EXPECT_EQ(typeOfText("Op 3 april kwamen de ministers bijeen.", {}, /*cover=*/true), DocumentType::Brief);
    EXPECT_EQ(typeOfText("Op 3 april kwamen de ministers bijeen."), DocumentType::Other);
}

// An answer that looks ahead ("zal", "naar verwachting") is still no agenda.
TEST(DocumentTypeDetector, kamervragenAreNeverAnAgendaWhateverTheirTense)
{
    const Analysis a = test::analyzeText(QStringLiteral(
        "Vragen van het lid Dassen (Volt) aan de Minister van Buitenlandse Zaken over de NAVO-top (ingezonden 3 mei "
        "2024).\n\nVraag 1\n\nZal de minister op de NAVO-top pleiten voor meer steun?\n\nAntwoord 1\n\nDe minister zal "
        "naar verwachting deelnemen. De top vindt plaats in Washington. Het kabinet zal pleiten voor steun. Naar "
        "verwachting zullen de bondgenoten spreken over Oekraïne.\n"));
    EXPECT_EQ(a.docType, DocumentType::Aanhangsel);
    EXPECT_EQ(a.kind, DocumentKind::Other);
    EXPECT_EQ(a.meeting.type, MeetingType::None);
}
