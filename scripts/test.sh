#!/usr/bin/env bash
# Installs what is missing, builds everything and runs every test under AddressSanitizer and
# UndefinedBehaviorSanitizer: the README's test command, and what CI runs.
#
# One instrumented build (-O1, line tables only, in build-test) serves the whole suite, the
# desktop program's widget tests included: building twice, instrumented and not, does not fit
# CI's time on two cores. A memory error or undefined behaviour fails the test that meets it
# (UBSan stops at its first finding). Leak checking is off: Qt, fontconfig and Poppler keep
# process-lifetime caches that LeakSanitizer reports at every exit, which would drown a leak
# of ours. The program that scripts/run.sh starts is built apart from this, uninstrumented.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build-test}
# CI (CI=true) fails the build on a compiler warning; a developer sees warnings as warnings.
WARNINGS_AS_ERRORS=OFF
if [ -n "${CI:-}" ]; then
    WARNINGS_AS_ERRORS=ON
fi
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DDIPTYCH_SANITIZE=ON \
    -DDIPTYCH_WARNINGS_AS_ERRORS="$WARNINGS_AS_ERRORS" >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" --timeout 600
