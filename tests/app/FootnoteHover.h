#pragma once

#include "document/DocumentView.h"
#include "document/FootnotePopup.h"
#include "document/TextDocumentBuilder.h"
#include "model/Analysis.h"

#include <QApplication>
#include <QHelpEvent>
#include <QLabel>
#include <QTextCursor>
#include <QToolTip>

#include <gtest/gtest.h>

namespace diptych::test {

// Rests the pointer on the first call of note in the text view, as a reader does: the call
// scrolled into sight, a tooltip event at the middle of its first digit. False when the
// point found is not on the call.
inline bool hoverFootnoteCall(DocumentView *view, const Footnote &note)
{
    if (note.calls.isEmpty())
        return false;
    // The call number is inserted just before the reading-text offset of the call.
    const int callPosition = view->documentPosition(note.calls.first().at.start) - QString::number(note.number).size();
    QTextCursor cursor(view->document());
    cursor.setPosition(callPosition);
    view->setTextCursor(cursor);
    view->ensureCursorVisible();
    const QRect callStart = view->cursorRect(cursor);
    cursor.setPosition(callPosition + 1);
    const QRect after = view->cursorRect(cursor);
    const QPoint onCall((callStart.center().x() + after.center().x()) / 2, after.center().y());
    if (view->anchorAt(onCall) != TextDocumentBuilder::footnoteUrl(note.number))
        return false;
    QHelpEvent hover(QEvent::ToolTip, onCall, view->viewport()->mapToGlobal(onCall));
    QApplication::sendEvent(view->viewport(), &hover);
    return true;
}

// What the hover showed: the footnote popup's text when it is up, else the tooltip's.
inline QString shownTip(QWidget *window)
{
    FootnotePopup *popup = FootnotePopup::of(window);
    return popup && popup->isVisible() ? popup->label()->text() : QToolTip::text();
}

} // namespace diptych::test
