#pragma once

#include <QString>
#include <QVector>

namespace diptych {

// What happened to one publication in a fetch.
struct FetchOutcome {
    // Removed: the reader removed it from the library, so a dossier's check leaves it out.
    enum class Status { Added, Known, Removed, Failed };
    QString id;
    Status status = Status::Failed;
    QString path; // the file in the library (Added, Known)
    QString reason; // why it was skipped or failed
};

// What one fetch did: the search (found, or why it failed) and each publication.
struct FetchReport {
    int found = 0;
    QString searchError;
    bool cancelled = false;
    QVector<FetchOutcome> outcomes;

    int count(FetchOutcome::Status status) const
    {
        int n = 0;
        for (const FetchOutcome &o : outcomes)
            n += o.status == status ? 1 : 0;
        return n;
    }
    bool ok() const { return searchError.isEmpty() && !cancelled && count(FetchOutcome::Status::Failed) == 0; }
};

} // namespace diptych
