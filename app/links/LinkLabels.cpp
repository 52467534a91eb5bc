#include "links/LinkLabels.h"

#include "library/LibraryModel.h"
#include "library/MeetingLabel.h"

#include <QFileInfo>

namespace diptych {

QString LinkLabels::title(const Analysis &analysis, const QString &path)
{
    return analysis.title.isEmpty() ? QFileInfo(path).completeBaseName() : analysis.title;
}

QString LinkLabels::meeting(const LinkSnapshot &snapshot, int document)
{
    const Meeting m = snapshot.meetingOf(document);
    return m.type == MeetingType::None || !m.start.isValid() ? QString() : meetingLabel(m);
}

QString LinkLabels::document(const LinkSnapshot &snapshot, int document)
{
    const Analysis &a = snapshot.analysis(document);
    const QString meeting = LinkLabels::meeting(snapshot, document);
    const QString what = meeting.isEmpty() ? title(a, snapshot.path(document)) : meeting;
    return LibraryModel::badge(a.kind, a.docType) + QStringLiteral(" · ") + what;
}

QString LinkLabels::kindAndTitle(const LinkSnapshot &snapshot, int document)
{
    const Analysis &a = snapshot.analysis(document);
    return LibraryModel::badge(a.kind, a.docType) + QStringLiteral(" · ") + title(a, snapshot.path(document));
}

} // namespace diptych
