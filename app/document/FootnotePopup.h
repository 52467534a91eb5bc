#pragma once

#include <QFrame>
#include <QString>
#include <QTimer>

class QLabel;

namespace diptych {

class Library;
struct Analysis;

// The popup of a footnote call whose note cites Kamerstukken: the note, and under it each
// cited Kamerstuk with Open (the library has it) or Download and open (it can be fetched by
// its official id). Unlike a tooltip it stays while the pointer moves onto it, so its links
// can be clicked; it goes when the pointer has left both the call and the popup for a
// moment, or at a click, a key or the wheel in the letter. One per window, found by of().
class FootnotePopup : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kHideDelayMs = 400;

    FootnotePopup(Library &library, QWidget *window);

    // The popup of widget's window; nullptr when the window has none (no library).
    static FootnotePopup *of(QWidget *widget);
    // Shows note number of analysis at globalPos, over source (a viewport), when the note
    // cites a Kamerstuk to open or fetch; false otherwise (the caller shows a plain tooltip).
    bool showFor(const Analysis &analysis, int number, const QPoint &globalPos, QWidget *source);
    QLabel *label() const { return m_label; }

Q_SIGNALS:
    void openRequested(const QString &path);
    void downloadRequested(const QString &officialId);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QString html(const Analysis &analysis, int number) const;
    void follow(const QString &link);
    void watch(QWidget *source);

    Library &m_library;
    QLabel *m_label;
    QTimer m_hideTimer;
    QWidget *m_source = nullptr;
    QRect m_call; // around the call, in global coordinates: moving within it keeps the popup
};

} // namespace diptych
