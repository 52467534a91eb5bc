#include "print/PrintOptionsWidget.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>

namespace diptych {

PrintOptionsWidget::PrintOptionsWidget(QWidget *parent)
    : QWidget(parent), m_notes(new QComboBox(this)), m_annotations(new QCheckBox(tr("Print annotations"), this)),
      m_onlyAnnotated(new QCheckBox(tr("Only pages with annotations"), this)),
      m_greyscale(new QCheckBox(tr("Highlights readable in greyscale"), this))
{
    setWindowTitle(tr("Annotations"));
    m_notes->addItem(tr("In the margin"), int(NotePlacement::Margin));
    m_notes->addItem(tr("In an appendix"), int(NotePlacement::Appendix));
    auto *form = new QFormLayout(this);
    form->addRow(m_annotations);
    form->addRow(tr("Notes:"), m_notes);
    form->addRow(m_onlyAnnotated);
    form->addRow(m_greyscale);
    setOptions(PrintOptions());
    connect(m_annotations, &QCheckBox::toggled, m_notes, &QWidget::setEnabled);
    connect(m_annotations, &QCheckBox::toggled, m_greyscale, &QWidget::setEnabled);
    for (QCheckBox *box : {m_annotations, m_onlyAnnotated, m_greyscale})
        connect(box, &QCheckBox::toggled, this, &PrintOptionsWidget::changed);
    connect(m_notes, &QComboBox::currentIndexChanged, this, &PrintOptionsWidget::changed);
}

PrintOptions PrintOptionsWidget::options() const
{
    PrintOptions o;
    o.annotations = m_annotations->isChecked();
    o.notes = NotePlacement(m_notes->currentData().toInt());
    o.onlyAnnotatedPages = m_onlyAnnotated->isChecked();
    o.greyscale = m_greyscale->isChecked();
    return o;
}

void PrintOptionsWidget::setOptions(const PrintOptions &options)
{
    m_annotations->setChecked(options.annotations);
    m_notes->setCurrentIndex(m_notes->findData(int(options.notes)));
    m_onlyAnnotated->setChecked(options.onlyAnnotatedPages);
    m_greyscale->setChecked(options.greyscale);
}

} // namespace diptych
