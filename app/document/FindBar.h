#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QToolButton;

namespace diptych {

class DocumentView;

// Ctrl+F bar under a document: type to highlight every match (case and accents ignored),
// Enter / Shift+Enter for next / previous, Escape to close.
class FindBar : public QWidget
{
    Q_OBJECT
public:
    explicit FindBar(QWidget *parent = nullptr);

    void setView(DocumentView *view);
    QLineEdit *field() const { return m_field; }
    QString countText() const;
    void activate();
    void closeBar();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateCount(int current, int count);

    QPointer<DocumentView> m_view;
    QLineEdit *m_field;
    QLabel *m_count;
    QToolButton *m_previous;
    QToolButton *m_next;
};

} // namespace diptych
