#pragma once

#include <QObject>

#include <functional>

namespace diptych {

// Hands the events of a view's viewport to a function first; the function returns true for
// an event it has handled. Lets the pane answer menus and tips without subclassing its views.
class ViewportEvents : public QObject
{
public:
    ViewportEvents(QObject *parent, std::function<bool(QEvent *)> handler)
        : QObject(parent), m_handler(std::move(handler))
    {
    }
    bool eventFilter(QObject *, QEvent *event) override { return m_handler(event); }

private:
    std::function<bool(QEvent *)> m_handler;
};

} // namespace diptych
