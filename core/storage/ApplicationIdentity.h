#pragma once

namespace diptych {

// The name both programs give Qt before touching any user location. It decides where the
// library database, annotations and personal word list live (for example
// ~/.local/share/diptych/library.sqlite), so diptych and diptych-cli must set the very
// same: a CLI that named an organisation too wrote to ~/.local/share/Diptych/diptych and
// never saw the program's library.
class ApplicationIdentity
{
public:
    static void install();
};

} // namespace diptych
