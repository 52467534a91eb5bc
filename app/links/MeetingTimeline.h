#pragma once

#include "links/LinkSnapshot.h"

#include <QWidget>

namespace diptych {

// The meetings of the library on one line in time order, FMM and iFMM alike: a card per
// meeting with its dates and place and whether the library holds its agenda and its
// verslag. Clicking a card selects it, clicking "Agenda"/"Report" on it (or double-clicking,
// or Enter) opens that letter. Left/Right move between meetings.
class MeetingTimeline : public QWidget
{
    Q_OBJECT
public:
    struct Card {
        Meeting meeting;
        QString agenda; // paths, empty when the library lacks the letter
        QString verslag;
    };

    explicit MeetingTimeline(QWidget *parent = nullptr);

    void setSnapshot(const LinkSnapshotPtr &snapshot);
    const QVector<Card> &cards() const { return m_cards; }
    int current() const { return m_current; }
    void setCurrent(int card);
    // Selects the meeting of this letter (nothing when it has none).
    void setCurrentDocument(const QString &path);
    // The card's rectangle and its two document chips, in widget coordinates.
    QRect cardRect(int card) const;
    QRect chipRect(int card, bool verslag) const;
    // Opens the verslag of a card, or its agenda when the library has no verslag.
    void openCard(int card);

    QSize sizeHint() const override;

Q_SIGNALS:
    void openRequested(const QString &path, int textOffset);
    void currentChanged(int card);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    int cardAt(const QPoint &pos) const;
    void paintCard(QPainter &p, int card) const;
    void paintChip(QPainter &p, const QRect &r, const QString &label, bool present) const;

    QVector<Card> m_cards;
    int m_current = -1;
};

} // namespace diptych
