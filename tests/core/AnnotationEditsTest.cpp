// What an annotation edit means, apart from any undo stack or command line: the rules both
// the desktop program's commands and diptych-cli call.
#include "annotations/AnnotationEdits.h"

#include <gtest/gtest.h>

using namespace diptych;

namespace {

const QDateTime kBefore = QDateTime(QDate(2024, 3, 1), QTime(9, 0), Qt::UTC);
const QDateTime kNow = QDateTime(QDate(2024, 3, 2), QTime(14, 30), Qt::UTC);

Annotation made(AnnotationKind kind)
{
    Annotation a = Annotation::create(kind, QStringLiteral("hash-1"));
    a.created = a.modified = kBefore;
    return a;
}

} // namespace

TEST(AnnotationEdits, recolouringStampsModifiedAndKeepsEverythingElse)
{
    Annotation a = made(AnnotationKind::Highlight);
    a.note = QStringLiteral("Let op");
    const Annotation after = AnnotationEdits::recoloured(a, Qt::green, kNow);
    EXPECT_EQ(after.color, QColor(Qt::green));
    EXPECT_EQ(after.modified, kNow);
    EXPECT_EQ(after.created, kBefore);
    EXPECT_EQ(after.note, a.note);
    EXPECT_EQ(after.kind, AnnotationKind::Highlight);
}

TEST(AnnotationEdits, aHighlightMayBecomeAnUnderlineButANoteKeepsItsKind)
{
    const Annotation highlight = made(AnnotationKind::Highlight);
    EXPECT_EQ(AnnotationEdits::recoloured(highlight, Qt::blue, AnnotationKind::Underline, kNow).kind,
              AnnotationKind::Underline);
    for (AnnotationKind note : {AnnotationKind::PageNote, AnnotationKind::HighlightNote}) {
        const Annotation after = AnnotationEdits::recoloured(made(note), Qt::red, AnnotationKind::StrikeOut, kNow);
        EXPECT_EQ(after.kind, note);
        EXPECT_EQ(after.color, QColor(Qt::red)) << "the colour still changes";
    }
}

TEST(AnnotationEdits, anotherKindTakesItsOwnColourAndANoteIsNotChangedAtAll)
{
    const Annotation underline =
        AnnotationEdits::withKind(made(AnnotationKind::Highlight), AnnotationKind::Underline, kNow);
    EXPECT_EQ(underline.kind, AnnotationKind::Underline);
    EXPECT_EQ(underline.color, Annotation::defaultColor(AnnotationKind::Underline));
    const Annotation note = made(AnnotationKind::PageNote);
    EXPECT_EQ(AnnotationEdits::withKind(note, AnnotationKind::Underline, kNow), note);
}

TEST(AnnotationEdits, anEditThatChangesNothingLeavesModifiedAlone)
{
    Annotation a = made(AnnotationKind::Highlight);
    a.note = QStringLiteral("zelfde");
    a.tags = {QStringLiteral("DIP")};
    EXPECT_EQ(AnnotationEdits::recoloured(a, a.color, kNow), a);
    EXPECT_EQ(AnnotationEdits::withNote(a, QStringLiteral("zelfde"), kNow), a);
    EXPECT_EQ(AnnotationEdits::withTags(a, {QStringLiteral(" DIP "), QStringLiteral("dip")}, kNow), a);
}

TEST(AnnotationEdits, aNoteIsKeptExactlyAsTyped)
{
    const QString typed = QStringLiteral("  Eerste regel\n\n  tweede  ");
    const Annotation after = AnnotationEdits::withNote(made(AnnotationKind::HighlightNote), typed, kNow);
    EXPECT_EQ(after.note, typed);
    EXPECT_EQ(after.modified, kNow);
}

TEST(AnnotationEdits, tagsAreSimplifiedAndKeptOnceCaseInsensitivelyFirstSpellingWins)
{
    EXPECT_EQ(AnnotationEdits::parseTags(QStringLiteral(" Oekraïne , DIP,, dip ,  burden  sharing, oekraïne")),
              (QStringList{QStringLiteral("Oekraïne"), QStringLiteral("DIP"), QStringLiteral("burden sharing")}));
    EXPECT_EQ(AnnotationEdits::normalisedTags({QStringLiteral("navo"), QStringLiteral("NAVO"), QString()}),
              QStringList{QStringLiteral("navo")});
    EXPECT_TRUE(AnnotationEdits::parseTags(QStringLiteral(" , ,")).isEmpty());
    const Annotation after = AnnotationEdits::withTags(made(AnnotationKind::Highlight),
                                                       {QStringLiteral(" a  b "), QStringLiteral("A B")}, kNow);
    EXPECT_EQ(after.tags, QStringList{QStringLiteral("a b")});
    EXPECT_EQ(after.modified, kNow);
}

TEST(AnnotationEdits, restoringARevisionTakesItsContentButStaysTheSameAnnotation)
{
    Annotation now = made(AnnotationKind::HighlightNote);
    now.note = QStringLiteral("Nu");
    now.team = QStringLiteral("directie");
    now.officialId = QStringLiteral("kst-28676-446");
    Annotation earlier = made(AnnotationKind::Underline);
    earlier.note = QStringLiteral("Eerder");
    earlier.tags = {QStringLiteral("NAVO")};
    earlier.quote.exact = QStringLiteral("de minister");
    earlier.position = TextPositionSelector{10, 21};
    earlier.sharing = AnnotationSharing::Private;
    earlier.documentHash = QStringLiteral("another-file");

    const Annotation after = AnnotationEdits::restored(now, earlier, kNow);
    EXPECT_EQ(after.id, now.id);
    EXPECT_EQ(after.kind, AnnotationKind::Underline);
    EXPECT_EQ(after.note, QStringLiteral("Eerder"));
    EXPECT_EQ(after.tags, earlier.tags);
    EXPECT_EQ(after.quote.exact, earlier.quote.exact);
    EXPECT_EQ(after.position.start, 10);
    EXPECT_EQ(after.documentHash, now.documentHash);
    EXPECT_EQ(after.sharing, AnnotationSharing::Team);
    EXPECT_EQ(after.team, now.team);
    EXPECT_EQ(after.officialId, now.officialId);
    EXPECT_EQ(after.modified, kNow);
    EXPECT_EQ(AnnotationEdits::restored(now, now, kNow), now); // nothing to restore: no edit
}

TEST(AnnotationEdits, aReplyAnswersTheAnnotationAsTypedAndABlankOneIsNoReply)
{
    const Annotation a = made(AnnotationKind::HighlightNote);
    const std::optional<AnnotationReply> r = AnnotationEdits::reply(a, QStringLiteral("Akkoord,\n  zie p. 4"), kNow);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->annotation, a.id);
    EXPECT_EQ(r->text, QStringLiteral("Akkoord,\n  zie p. 4"));
    EXPECT_EQ(r->created, kNow);
    EXPECT_EQ(r->modified, kNow);
    EXPECT_EQ(r->author, Annotation::defaultAuthor());
    EXPECT_FALSE(r->id.isEmpty());
    EXPECT_NE(AnnotationEdits::reply(a, QStringLiteral("ja"), kNow)->id, r->id) << "every reply its own id";
    EXPECT_FALSE(AnnotationEdits::reply(a, QStringLiteral(" \n\t"), kNow).has_value());
    EXPECT_FALSE(AnnotationEdits::reply(Annotation(), QStringLiteral("ja"), kNow).has_value());
}

TEST(AnnotationEdits, aReplysNewTextStampsModifiedAndBlankOrTheSameTextIsNoEdit)
{
    AnnotationReply r = *AnnotationEdits::reply(made(AnnotationKind::PageNote), QStringLiteral("Akkoord"), kBefore);
    const AnnotationReply after = AnnotationEdits::withText(r, QStringLiteral("Akkoord, zie p. 4"), kNow);
    EXPECT_EQ(after.text, QStringLiteral("Akkoord, zie p. 4"));
    EXPECT_EQ(after.modified, kNow);
    EXPECT_EQ(after.created, kBefore);
    EXPECT_EQ(after.id, r.id);
    EXPECT_EQ(AnnotationEdits::withText(r, QStringLiteral("Akkoord"), kNow), r);
    EXPECT_EQ(AnnotationEdits::withText(r, QStringLiteral("  "), kNow), r);
}
