#pragma once

#include "compare/SectionAlignment.h"
#include "model/Analysis.h"
#include "print/TextPages.h"

#include <QCoreApplication>

class QPagedPaintDevice;

namespace diptych {

// A handout for a meeting: the aligned sections of an agenda and its verslag side by side
// in two columns (SectionAligner), a section that stands on one side only tinted and
// labelled, under a heading that names the meeting (type, dates, place). Laid out on A4.
class ComparisonHandout
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonHandout)

public:
    // Given the other way round (verslag first), the two are swapped: the agenda goes left.
    ComparisonHandout(const Analysis &agenda, const Analysis &verslag);

    int pageCount() const { return m_pages->pageCount(); }
    bool print(QPagedPaintDevice &device, QString *error = nullptr) const;
    bool writePdf(const QString &path, QString *error = nullptr) const;
    // "FMM, 3 april 2025 – 4 april 2025, Brussel"; empty when neither letter names a meeting.
    QString meetingHeading() const;

    static constexpr double kMargin = 40.0;
    static constexpr int kExcerptLength = 900;

private:
    struct Row {
        int agenda = -1;
        int verslag = -1;
    };

    QVector<Row> rows() const;
    std::unique_ptr<QTextDocument> build() const;

    const Analysis *m_agenda;
    const Analysis *m_verslag;
    SectionAlignment m_alignment;
    std::unique_ptr<TextPages> m_pages;
};

} // namespace diptych
