#include "annotations/EditTagsCommand.h"

#include "annotations/AnnotationModel.h"

#include <QCoreApplication>

namespace diptych {

EditTagsCommand::EditTagsCommand(AnnotationModel *model, const QString &id, const QStringList &tags,
                                 QUndoCommand *parent)
    : QUndoCommand(QCoreApplication::translate("EditTagsCommand", "Edit tags"), parent), m_model(model), m_id(id),
      m_newTags(normalised(tags)), m_newModified(Annotation::nowUtc())
{
    const std::optional<Annotation> found = model->byId(id);
    if (found) {
        m_oldTags = found->tags;
        m_oldModified = found->modified;
    }
    setObsolete(!found || m_oldTags == m_newTags);
}

QStringList EditTagsCommand::parse(const QString &typed)
{
    return normalised(typed.split(QLatin1Char(',')));
}

QStringList EditTagsCommand::normalised(const QStringList &tags)
{
    QStringList out;
    for (const QString &tag : tags) {
        const QString t = tag.simplified();
        if (!t.isEmpty() && !out.contains(t, Qt::CaseInsensitive))
            out << t;
    }
    return out;
}

void EditTagsCommand::apply(const QStringList &tags, const QDateTime &modified)
{
    std::optional<Annotation> a = m_model->byId(m_id);
    if (!a)
        return;
    a->tags = tags;
    a->modified = modified;
    m_model->update(*a);
}

void EditTagsCommand::redo() { apply(m_newTags, m_newModified); }

void EditTagsCommand::undo() { apply(m_oldTags, m_oldModified); }

} // namespace diptych
