#pragma once

#include "compare/SectionAlignment.h"
#include "model/Analysis.h"

#include <QPointer>
#include <QWidget>

class QAction;
class QCheckBox;
class QLabel;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace diptych {

class DocumentPane;

// An agenda and a verslag side by side, with the section alignment above them: aligned
// pairs, what only the agenda has, what only the verslag has. Clicking a pair shows it in
// both; linked scrolling keeps aligned sections level while reading.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    CompareView(const QString &left, const QString &right, QWidget *parent = nullptr);

    DocumentPane *left() const { return m_left; }
    DocumentPane *right() const { return m_right; }
    DocumentPane *activePane() const { return m_active ? m_active.data() : m_left; }
    QTreeWidget *alignmentList() const { return m_list; }
    const SectionAlignment &alignment() const { return m_alignment; }
    bool isAligned() const { return m_aligned; }
    void showPair(int pairIndex);
    bool linkedScrolling() const;
    void setLinkedScrolling(bool on);
    QString title() const;
    // The window's File › Print handout… action (PrintActions::handoutAction), offered as a
    // button in this view's own bar; the button stays hidden until it has one.
    void setHandoutAction(QAction *action);
    QToolButton *handoutButton() const { return m_handout; }

Q_SIGNALS:
    void activePaneChanged(diptych::DocumentPane *pane);
    void aligned();

private:
    void align();
    void fillList();
    void showPairing(const Analysis &left, const Analysis &right);
    static QString letterOf(const Analysis &analysis);
    QTreeWidgetItem *addGroup(const QString &title, int count);
    void onItemClicked(QTreeWidgetItem *item);
    void follow(bool fromLeft, int section);
    void onFocusChanged(QWidget *old, QWidget *now);

    DocumentPane *m_left;
    DocumentPane *m_right;
    QPointer<DocumentPane> m_active;
    QTreeWidget *m_list;
    QLabel *m_summary;
    QLabel *m_pairing; // says so when the two letters are of different meetings
    QCheckBox *m_linked;
    QToolButton *m_handout;
    SectionAlignment m_alignment;
    bool m_aligned = false;
    bool m_following = false;
};

} // namespace diptych
