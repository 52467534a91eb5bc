#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QListView;
class QModelIndex;

namespace diptych {

class LibraryLinks;
class ThreadModel;

// The thread dock: pick a topic (Oekraïne, defensie-uitgaven, …) and read what each meeting's
// letters said about it, oldest first. Activating a passage asks to open it in its letter.
class ThreadView : public QWidget
{
    Q_OBJECT
public:
    explicit ThreadView(LibraryLinks &links, QWidget *parent = nullptr);

    QComboBox *topicBox() const { return m_topics; }
    QListView *view() const { return m_view; }
    ThreadModel *model() const { return m_model; }
    // Shows this topic's thread; false when the library has none by that name.
    bool setTopic(const QString &topic);
    void activate(const QModelIndex &index);

Q_SIGNALS:
    void openRequested(const QString &path, int textOffset);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void reload();
    void showTopic(int row);

    LibraryLinks &m_links;
    ThreadModel *m_model;
    QComboBox *m_topics;
    QListView *m_view;
    QLabel *m_status;
};

} // namespace diptych
