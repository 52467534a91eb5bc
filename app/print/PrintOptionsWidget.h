#pragma once

#include "print/PrintOptions.h"

#include <QWidget>

class QCheckBox;
class QComboBox;

namespace diptych {

// The choices of an annotated copy: notes in the margin or an appendix, with or without
// annotations, only annotated pages, greyscale-readable highlights. A tab of the print
// dialog, a strip under the print preview, and the body of the export dialog.
class PrintOptionsWidget : public QWidget
{
    Q_OBJECT
public:
    explicit PrintOptionsWidget(QWidget *parent = nullptr);

    PrintOptions options() const;
    void setOptions(const PrintOptions &options);

Q_SIGNALS:
    void changed();

private:
    QComboBox *m_notes;
    QCheckBox *m_annotations;
    QCheckBox *m_onlyAnnotated;
    QCheckBox *m_greyscale;
};

} // namespace diptych
