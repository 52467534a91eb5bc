#pragma once

#include "links/LinkSnapshot.h"

#include <QCoreApplication>

namespace diptych {

// How the link views name letters and meetings, in the user's language.
class LinkLabels
{
    Q_DECLARE_TR_FUNCTIONS(LinkLabels)
public:
    // "Verslag · FMM 28–29 november 2023, Brussel"; a letter without a meeting by its title.
    static QString document(const LinkSnapshot &snapshot, int document);
    // "FMM 28–29 november 2023, Brussel"; empty for a letter without a meeting.
    static QString meeting(const LinkSnapshot &snapshot, int document);
    static QString title(const Analysis &analysis, const QString &path);
    // "Report · Verslag van de …": kind and title.
    static QString kindAndTitle(const LinkSnapshot &snapshot, int document);
};

} // namespace diptych
