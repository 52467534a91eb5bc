#pragma once

#include <QString>
#include <QStringList>

namespace diptych {

// What the user asked for on the command line:
//   diptych                      the library (and the last session)
//   diptych FILE...              open files
//   diptych --compare LEFT RIGHT two documents side by side
// --screenshot FILE (hidden) saves the window once everything is loaded and quits.
struct CommandLine {
    QStringList files;
    bool compare = false;
    QString screenshot;
    QString error; // non-empty: the arguments were wrong; say so and carry on

    static CommandLine parse(const QStringList &arguments);
    bool opensSomething() const { return !files.isEmpty(); }
};

} // namespace diptych
