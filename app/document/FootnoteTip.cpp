#include "document/FootnoteTip.h"

#include "model/Analysis.h"

#include <QHelpEvent>
#include <QToolTip>

namespace diptych {

QString footnoteTipText(const Analysis &analysis, int number)
{
    for (const Footnote &note : analysis.footnotes) {
        if (note.number == number)
            return QString::number(number) + QStringLiteral(". ") + note.text;
    }
    return QString();
}

void showWrappedToolTip(QHelpEvent *event, const QString &tip, QWidget *widget)
{
    if (tip.isEmpty()) {
        QToolTip::hideText();
        event->ignore();
        return;
    }
    // Rich text so long notes wrap instead of running off the screen.
    QToolTip::showText(event->globalPos(),
                       QStringLiteral("<p style='max-width:420px'>") + tip.toHtmlEscaped() + QStringLiteral("</p>"),
                       widget);
}

} // namespace diptych
