#pragma once

#include <QString>

class QHelpEvent;
class QWidget;

namespace diptych {

struct Analysis;

// What hovering a footnote call shows, in the text view and on the PDF pages alike.
// "N. note text"; empty when the letter has no note N.
QString footnoteTipText(const Analysis &analysis, int number);
// Shows tip wrapped at a readable width where the help event is; hides any tooltip and
// ignores the event when tip is empty.
void showWrappedToolTip(QHelpEvent *event, const QString &tip, QWidget *widget);
// The tip of footnote call number: the window's FootnotePopup when the note cites a
// Kamerstuk to open or download, else the note as a wrapped tooltip (nothing for 0).
void showFootnoteTip(QHelpEvent *event, const Analysis *analysis, int number, QWidget *widget);
// An annotation's note the same way, with its line breaks kept.
void showNoteToolTip(QHelpEvent *event, const QString &note, QWidget *widget);

} // namespace diptych
