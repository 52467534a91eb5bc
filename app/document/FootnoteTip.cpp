#include "document/FootnoteTip.h"

#include "document/FootnotePopup.h"
#include "model/Analysis.h"

#include <QHelpEvent>
#include <QToolTip>

namespace diptych {

namespace {

// Rich text so long notes wrap instead of running off the screen.
QString wrapped(const QString &html)
{
    return QStringLiteral("<p style='max-width:420px'>") + html + QStringLiteral("</p>");
}

} // namespace

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
    QToolTip::showText(event->globalPos(), wrapped(tip.toHtmlEscaped()), widget);
}

void showFootnoteTip(QHelpEvent *event, const Analysis *analysis, int number, QWidget *widget)
{
    if (analysis && number > 0) {
        FootnotePopup *popup = FootnotePopup::of(widget);
        if (popup && popup->showFor(*analysis, number, event->globalPos(), widget)) {
            QToolTip::hideText();
            return;
        }
    }
    showWrappedToolTip(event, analysis && number > 0 ? footnoteTipText(*analysis, number) : QString(), widget);
}

void showNoteToolTip(QHelpEvent *event, const QString &note, QWidget *widget)
{
    QToolTip::showText(event->globalPos(),
                       wrapped(note.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>"))), widget);
}

} // namespace diptych
