#pragma once

#include <QLabel>
#include <QString>

namespace diptych {

// A one-line label that ends a text too long for its width with "…" instead of cutting it
// mid-letter, and keeps the whole text for copying and as its tooltip while it is elided.
// It never asks for more width than a few characters, so a long title cannot widen a pane.
class ElidedLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ElidedLabel(QWidget *parent = nullptr);

    void setFullText(const QString &text);
    QString fullText() const { return m_fullText; }
    bool isElided() const { return text() != m_fullText; }

    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void elide();

    QString m_fullText;
    QString m_toolTip;
};

} // namespace diptych
