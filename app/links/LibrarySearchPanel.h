#pragma once

#include "library/LibraryIndex.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QModelIndex;
class QTimer;
class QTreeView;

namespace diptych {

class LibrarySearcher;
class SearchResultsModel;

// Searches every letter of the library (Ctrl+Shift+F): a query field, results grouped by
// meeting with the matches in bold. Typing searches a moment after the last key, off the UI
// thread; Enter opens the best result, activating a result opens it at the first match.
class LibrarySearchPanel : public QWidget
{
    Q_OBJECT
public:
    static constexpr int kDebounceMs = 250;

    explicit LibrarySearchPanel(const QString &databasePath, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QTreeView *view() const { return m_view; }
    SearchResultsModel *model() const { return m_model; }
    // Puts the cursor in the query field with the old query selected.
    void activateField();
    // Searches the current query again shortly, unless the user is typing (the index grew).
    void refreshSoon();
    // Searches the current query again (the index changed).
    void refresh();
    bool isSearching() const { return m_searching; }
    void activate(const QModelIndex &index);

Q_SIGNALS:
    void openRequested(const QString &path, int textOffset);
    void searched(int hits);

private:
    void onFinished(const QString &query, const QVector<SearchHit> &hits, const QString &error);

    LibrarySearcher *m_searcher;
    SearchResultsModel *m_model;
    QLineEdit *m_field;
    QLabel *m_status;
    QTreeView *m_view;
    QTimer *m_debounce;
    bool m_searching = false;
};

} // namespace diptych
