#include "AnnotationStoreOpener.h"

namespace diptych::cli {

std::unique_ptr<SqliteAnnotationStore> openAnnotationStore(const QString &path, QTextStream &err)
{
    auto store = std::make_unique<SqliteAnnotationStore>(path);
    if (!store->open()) {
        err << "diptych-cli: cannot open the annotation database " << store->databasePath() << ": " << store->error()
            << '\n';
        return nullptr;
    }
    if (!store->error().isEmpty())
        err << store->error() << '\n'; // a damaged database was moved aside
    return store;
}

} // namespace diptych::cli
