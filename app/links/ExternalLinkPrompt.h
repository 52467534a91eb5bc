#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace diptych {

// A Kamerstuk the library does not hold: asks whether to open its page on
// officielebekendmakingen.nl and opens the browser only when the user says so.
class ExternalLinkPrompt
{
    Q_DECLARE_TR_FUNCTIONS(ExternalLinkPrompt)
public:
    static void offer(QWidget *parent, const QString &what, const QString &url);
};

} // namespace diptych
