#pragma once

#include <QDateTime>
#include <QStringList>
#include <QUndoCommand>

namespace diptych {

class AnnotationModel;

// Sets the tags of an annotation (the whole list: what the tags field holds after editing);
// undo restores the old list and modified time. Tags are trimmed, empty ones dropped and
// duplicates (case-insensitively) kept once, in the order typed.
class EditTagsCommand : public QUndoCommand
{
public:
    EditTagsCommand(AnnotationModel *model, const QString &id, const QStringList &tags,
                    QUndoCommand *parent = nullptr);

    // "NAVO, oekraïne ,, NAVO" -> {"NAVO", "oekraïne"}
    static QStringList parse(const QString &typed);
    static QStringList normalised(const QStringList &tags);

    void redo() override;
    void undo() override;

private:
    void apply(const QStringList &tags, const QDateTime &modified);

    AnnotationModel *m_model;
    QString m_id;
    QStringList m_oldTags, m_newTags;
    QDateTime m_oldModified, m_newModified;
};

} // namespace diptych
