#include "model/Analysis.h"

namespace diptych {

QString kindName(DocumentKind kind)
{
    switch (kind) {
    case DocumentKind::Agenda: return QStringLiteral("agenda");
    case DocumentKind::Verslag: return QStringLiteral("verslag");
    case DocumentKind::Other: break;
    }
    return QStringLiteral("other");
}

DocumentKind kindFromName(const QString &name)
{
    for (DocumentKind kind : {DocumentKind::Agenda, DocumentKind::Verslag}) {
        if (kindName(kind) == name)
            return kind;
    }
    return DocumentKind::Other;
}

QString docTypeName(DocumentType type)
{
    switch (type) {
    case DocumentType::Brief: return QStringLiteral("brief");
    case DocumentType::Aanhangsel: return QStringLiteral("aanhangsel");
    case DocumentType::Motie: return QStringLiteral("motie");
    case DocumentType::VerslagCommissie: return QStringLiteral("verslag-commissie");
    case DocumentType::Other: break;
    }
    return QStringLiteral("other");
}

DocumentType docTypeFromName(const QString &name)
{
    for (DocumentType type :
         {DocumentType::Brief, DocumentType::Aanhangsel, DocumentType::Motie, DocumentType::VerslagCommissie}) {
        if (docTypeName(type) == name)
            return type;
    }
    return DocumentType::Other;
}

QString meetingTypeName(MeetingType type)
{
    switch (type) {
    case MeetingType::Fmm: return QStringLiteral("FMM");
    case MeetingType::InformalFmm: return QStringLiteral("iFMM");
    case MeetingType::Rbz: return QStringLiteral("RBZ");
    case MeetingType::Raz: return QStringLiteral("RAZ");
    case MeetingType::NavoTop: return QStringLiteral("NAVO-top");
    case MeetingType::Dmm: return QStringLiteral("DMM");
    case MeetingType::None: break;
    }
    return {};
}

MeetingType meetingTypeFromName(const QString &name)
{
    for (MeetingType type : {MeetingType::Fmm, MeetingType::InformalFmm, MeetingType::Rbz, MeetingType::Raz,
                             MeetingType::NavoTop, MeetingType::Dmm}) {
        if (meetingTypeName(type) == name)
            return type;
    }
    return MeetingType::None;
}

bool isForeignMinistersMeeting(MeetingType type)
{
    return type == MeetingType::Fmm || type == MeetingType::InformalFmm;
}

QString referenceKindName(ReferenceKind kind)
{
    switch (kind) {
    case ReferenceKind::Kamerstuk: break;
    case ReferenceKind::Motie: return QStringLiteral("motie");
    case ReferenceKind::Aanhangsel: return QStringLiteral("aanhangsel");
    case ReferenceKind::Handelingen: return QStringLiteral("handelingen");
    case ReferenceKind::Dossier: return QStringLiteral("dossier");
    case ReferenceKind::Staatsblad: return QStringLiteral("staatsblad");
    case ReferenceKind::Staatscourant: return QStringLiteral("staatscourant");
    case ReferenceKind::Tractatenblad: return QStringLiteral("tractatenblad");
    }
    return QStringLiteral("kamerstuk");
}

QString mentionKindName(MentionKind kind)
{
    switch (kind) {
    case MentionKind::Summit: return QStringLiteral("summit");
    case MentionKind::Council: return QStringLiteral("council");
    case MentionKind::Fmm: return QStringLiteral("fmm");
    case MentionKind::Meeting: break;
    }
    return QStringLiteral("meeting");
}

QString formatName(SourceFormat format)
{
    return format == SourceFormat::Pdf ? QStringLiteral("pdf") : QStringLiteral("text");
}

SourceFormat formatFromName(const QString &name)
{
    return name == formatName(SourceFormat::Pdf) ? SourceFormat::Pdf : SourceFormat::Text;
}

} // namespace diptych
