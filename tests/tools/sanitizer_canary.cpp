// Makes one memory error or one piece of undefined behaviour on purpose, so that the suite
// shows a sanitizer finding really fails a test (scripts/test.sh builds with DIPTYCH_SANITIZE):
// a build whose instrumentation went missing would pass every other test all the same.
#include <cstring>
#include <limits>

int main(int argc, char **argv)
{
    if (argc < 2)
        return 2;
    if (std::strcmp(argv[1], "address") == 0) {
        volatile char *bytes = new char[8];
        delete[] bytes;
        return bytes[argc - 2]; // from the arguments, so it is not folded away
    }
    if (std::strcmp(argv[1], "undefined") == 0) {
        volatile int largest = std::numeric_limits<int>::max();
        return largest + argc; // signed overflow
    }
    return 2;
}
