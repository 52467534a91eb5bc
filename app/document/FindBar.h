#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace diptych {

// Ctrl+F bar under a document: type to highlight every match (case and accents ignored),
// Enter / Shift+Enter for next / previous, Escape to close. It only asks; the document
// pane sends the requests to the view that shows (text or pages) and reports the count.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QString countText() const;
    void activate();
    void closeBar();
    void showCount(int current, int count);

Q_SIGNALS:
    void searchRequested(const QString &text);
    void nextRequested();
    void previousRequested();
    void closed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace diptych
