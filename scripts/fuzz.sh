#!/usr/bin/env bash
# Builds the libFuzzer target with clang 14 and runs it for a bounded time (default 60 s),
# seeded with the sample letters. Crashes are saved in build-fuzz/artifacts/.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDIPTYCH_BUILD_APP=OFF -DDIPTYCH_BUILD_TESTS=OFF -DDIPTYCH_BUILD_BENCH=OFF -DDIPTYCH_BUILD_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" --target fuzz_text_analysis -j"$(nproc)"
mkdir -p "$BUILD_DIR/corpus" "$BUILD_DIR/artifacts"
cp tests/data/*.txt "$BUILD_DIR/corpus/"
"$BUILD_DIR/tests/fuzz/fuzz_text_analysis" "$BUILD_DIR/corpus" \
    -max_total_time="$SECONDS_TO_RUN" -max_len=20000 -timeout=10 -rss_limit_mb=4096 \
    -artifact_prefix="$BUILD_DIR/artifacts/" -print_final_stats=1
