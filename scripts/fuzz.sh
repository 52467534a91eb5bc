#!/usr/bin/env bash
# Builds the three libFuzzer targets with clang 14 and runs each for a third of SECONDS
# (default 60 s in all, at least 10 s each): the text analysis seeded with the sample letters
# (tests/data/*.txt), the W3C Web Annotation JSON import seeded with tests/fuzz/seeds/
# web-annotation/, PDF loading plus analysis seeded with the real PDFs (tests/data/real/).
# Each target keeps its corpus in build-fuzz/corpus/TARGET/ and saves crashes in
# build-fuzz/artifacts/TARGET/. Every target runs; the script exits non-zero if any of them
# found a crash (or a timeout, leak or out-of-memory). FUZZ_BUILD_DIR sets the build
# directory, FUZZ_JOBS the build's parallel jobs (default: every core).
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_TO_RUN=${1:-60}
BUILD_DIR=${FUZZ_BUILD_DIR:-build-fuzz}
PER_TARGET=$((SECONDS_TO_RUN / 3))
((PER_TARGET >= 10)) || PER_TARGET=10
TARGETS=(fuzz_text_analysis fuzz_web_annotation_json fuzz_pdf_loading)
CC=clang-14 CXX=clang++-14 cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
    -DDIPTYCH_BUILD_APP=OFF -DDIPTYCH_BUILD_TESTS=OFF -DDIPTYCH_BUILD_BENCH=OFF -DDIPTYCH_BUILD_FUZZ=ON >/dev/null
cmake --build "$BUILD_DIR" --target "${TARGETS[@]}" -j"${FUZZ_JOBS:-$(nproc)}"

# seed TARGET FILE...: the corpus folder of TARGET, with the seed files copied in.
seed() {
    local target=$1
    shift
    mkdir -p "$BUILD_DIR/corpus/$target" "$BUILD_DIR/artifacts/$target"
    cp "$@" "$BUILD_DIR/corpus/$target/"
}
# run TARGET MAX_LEN: fuzz TARGET for PER_TARGET seconds; its exit status is libFuzzer's.
run() {
    echo "== $1: $PER_TARGET s"
    "$BUILD_DIR/tests/fuzz/$1" "$BUILD_DIR/corpus/$1" \
        -max_total_time="$PER_TARGET" -max_len="$2" -timeout=10 -rss_limit_mb=4096 \
        -artifact_prefix="$BUILD_DIR/artifacts/$1/" -print_final_stats=1
}

seed fuzz_text_analysis tests/data/*.txt
seed fuzz_web_annotation_json tests/fuzz/seeds/web-annotation/*.json
seed fuzz_pdf_loading tests/data/real/*.pdf
failed=()
run fuzz_text_analysis 20000 || failed+=(fuzz_text_analysis)
run fuzz_web_annotation_json 8192 || failed+=(fuzz_web_annotation_json)
run fuzz_pdf_loading 40000 || failed+=(fuzz_pdf_loading)
if ((${#failed[@]})); then
    echo "fuzzing found a problem in: ${failed[*]} (inputs in $BUILD_DIR/artifacts/)" >&2
    exit 1
fi
echo "fuzzing: ${#TARGETS[@]} targets, $PER_TARGET s each, no crash"
