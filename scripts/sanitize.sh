#!/usr/bin/env bash
# Builds the library, diptych-cli and the core test suite with AddressSanitizer and
# UndefinedBehaviorSanitizer (-O1, build-sanitize) and runs those tests: a memory error or
# undefined behaviour fails the test that meets it (UBSan stops at its first finding). The
# desktop program and its widget tests are left out: instrumented, they take longer to build
# than CI's budget on two cores allows (scripts/test.sh runs them uninstrumented). Leak
# checking is off: Qt, fontconfig and Poppler keep process-lifetime caches that
# LeakSanitizer reports at every exit, which would drown a leak of ours.
# SANITIZE_BUILD_DIR sets the build directory, SANITIZE_JOBS the parallel jobs.
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${SANITIZE_BUILD_DIR:-build-sanitize}
# -g1: line tables only. The reports keep file and line; compiling and linking take a good
# part less time than with full debug information, which CI's budget needs.
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-g1 -DDIPTYCH_SANITIZE=ON \
    -DDIPTYCH_BUILD_APP=OFF -DDIPTYCH_BUILD_BENCH=OFF -DDIPTYCH_BUILD_FUZZ=OFF >/dev/null
cmake --build "$BUILD_DIR" -j"${SANITIZE_JOBS:-$(nproc)}"
export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1:detect_stack_use_after_return=1
export UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
QT_QPA_PLATFORM=offscreen ctest --test-dir "$BUILD_DIR" --output-on-failure -j"$(nproc)" --timeout 600
