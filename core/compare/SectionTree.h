#pragma once

#include "model/Analysis.h"

#include <QString>
#include <QVector>

namespace diptych {

// The nesting of an analysis' sections and the text each one covers.
class SectionTree
{
public:
    explicit SectionTree(const Analysis &analysis);

    int size() const { return m_parent.size(); }
    // The enclosing level-1 section of a topic, -1 for sessions and topics before any session.
    int parent(int section) const { return m_parent.at(section); }
    // From the heading to the next section of the same or a higher level, so a session
    // includes its topics; empty when the heading has no place in the text.
    QString body(int section) const { return m_body.at(section); }
    // From the heading to the next heading of any level: the pieces that do not overlap.
    QString ownText(int section) const { return m_own.at(section); }

private:
    QVector<int> m_parent;
    QStringList m_body;
    QStringList m_own;
};

} // namespace diptych
