#pragma once

#include "library/ComparisonSuggestion.h"

#include <QWidget>

class QCommandLinkButton;
class QLabel;

namespace diptych {

class Library;

// What the window shows with no letter open: how to open one, and the comparisons the
// library allows, each one click away (the newest meeting with agenda and report, and
// the newest report against the agenda of the next meeting, labelled as across meetings).
// Follows the library as letters are added and analysed.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(Library &library, QWidget *parent = nullptr);

    // For tests: the offered comparisons, as buttons (hidden when not offered).
    QCommandLinkButton *sameMeetingButton() const { return m_same; }
    QCommandLinkButton *acrossMeetingsButton() const { return m_across; }

Q_SIGNALS:
    void compareRequested(const QString &agenda, const QString &report);

private:
    void refresh();
    void offer(QCommandLinkButton *button, const std::optional<SuggestedComparison> &suggestion);

    Library &m_library;
    QLabel *m_compareHint;
    QCommandLinkButton *m_same;
    QCommandLinkButton *m_across;
    std::optional<SuggestedComparison> m_sameSuggestion;
    std::optional<SuggestedComparison> m_acrossSuggestion;
};

} // namespace diptych
