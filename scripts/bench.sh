#!/usr/bin/env bash
# Builds Release, generates a batch of Kamerbrief PDFs and measures:
#  1. diptych_bench (Google Benchmark): sample text letters, Poppler extraction vs our
#     whole path in one process, dehyphenator and footnote step;
#  2. ONE `diptych-cli analyze --json --no-text` over the whole batch against `pdftotext`
#     run once per file (to a file, and to /dev/null), wall-clock, with the ratio;
#  3. the same two comparisons on the real Tweede Kamer PDFs of tests/data/real (each file
#     taken 25 times, so the batch is long enough to time).
# Usage: scripts/bench.sh [N_PDFS]   (default 300; BUILD_DIR overrides build-bench)
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
BUILD=${BUILD_DIR:-$ROOT/build-bench}
COUNT=${1:-300}
JOBS=${JOBS:-2}

cmake -S "$ROOT" -B "$BUILD" -G Ninja -DDIPTYCH_BUILD_APP=OFF -DCMAKE_BUILD_TYPE=Release >/dev/null
ninja -C "$BUILD" -j"$JOBS" diptych-cli diptych-gen-corpus diptych_bench

WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
export QT_QPA_PLATFORM=offscreen

echo "== generating $COUNT letters into $WORK"
"$BUILD/bench/diptych-gen-corpus" "$WORK/pdf" "$COUNT" --seed 1 2>/dev/null
PAGES=$(python3 -c "import json,glob; print(sum(json.load(open(f))['pages'] for f in glob.glob('$WORK/pdf/*.json')))")
echo "   $(find "$WORK/pdf" -name '*.pdf' | wc -l) PDFs, $PAGES pages"

echo "== diptych_bench (Poppler vs our path on the first 40 PDFs of the batch)"
mkdir -p "$WORK/subset"
PDFS=("$WORK"/pdf/*.pdf)
ln -s "${PDFS[@]:0:40}" "$WORK/subset/"
DIPTYCH_BENCH_PDFS="$WORK/subset" "$BUILD/bench/diptych_bench" --benchmark_min_time=1 2>/dev/null

now() { date +%s.%N; }
echo "== one diptych-cli analyze over the batch vs pdftotext per file"
t0=$(now)
"$BUILD/cli/diptych-cli" analyze --json --no-text "$WORK"/pdf/*.pdf >/dev/null
t1=$(now)
for f in "$WORK"/pdf/*.pdf; do pdftotext "$f" "$WORK/out.txt"; done
t2=$(now)
for f in "$WORK"/pdf/*.pdf; do pdftotext "$f" /dev/null; done
t3=$(now)
python3 - "$t0" "$t1" "$t2" "$t3" "$COUNT" "$PAGES" <<'PY'
import sys
t0, t1, t2, t3 = map(float, sys.argv[1:5]); n, pages = int(sys.argv[5]), int(sys.argv[6])
cli, ptt, ptt_null = t1 - t0, t2 - t1, t3 - t2
print(f"   diptych-cli analyze (one process): {cli:7.2f} s  ({cli/pages*1000:.2f} ms/page)")
print(f"   pdftotext per file (to a file):     {ptt:7.2f} s  ({ptt/pages*1000:.2f} ms/page)")
print(f"   pdftotext per file (to /dev/null):  {ptt_null:7.2f} s")
print(f"   ratio diptych-cli / pdftotext:      {cli/ptt:.2f} (to /dev/null: {cli/ptt_null:.2f})")
PY

echo "== diptych_bench on the real PDFs (tests/data/real)"
DIPTYCH_BENCH_PDFS="$ROOT/tests/data/real" "$BUILD/bench/diptych_bench" --benchmark_min_time=1 \
    --benchmark_filter='Pdfs|Overhead' 2>/dev/null

echo "== one diptych-cli analyze over the real PDFs (x25) vs pdftotext per file"
mkdir -p "$WORK/real"
for i in $(seq 1 25); do
    for f in "$ROOT"/tests/data/real/*.pdf; do ln -s "$f" "$WORK/real/$i-$(basename "$f")"; done
done
REAL_PAGES=$(( $(for f in "$ROOT"/tests/data/real/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}') * 25 ))
t0=$(now)
"$BUILD/cli/diptych-cli" analyze --json --no-text "$WORK"/real/*.pdf >/dev/null
t1=$(now)
for f in "$WORK"/real/*.pdf; do pdftotext "$f" "$WORK/out.txt"; done
t2=$(now)
for f in "$WORK"/real/*.pdf; do pdftotext "$f" /dev/null; done
t3=$(now)
python3 - "$t0" "$t1" "$t2" "$t3" "$(ls "$WORK"/real/*.pdf | wc -l)" "$REAL_PAGES" <<'PY'
import sys
t0, t1, t2, t3 = map(float, sys.argv[1:5]); n, pages = int(sys.argv[5]), int(sys.argv[6])
cli, ptt, ptt_null = t1 - t0, t2 - t1, t3 - t2
print(f"   {n} files, {pages} pages")
print(f"   diptych-cli analyze (one process): {cli:7.2f} s  ({cli/pages*1000:.2f} ms/page)")
print(f"   pdftotext per file (to a file):     {ptt:7.2f} s  ({ptt/pages*1000:.2f} ms/page)")
print(f"   ratio diptych-cli / pdftotext:      {cli/ptt:.2f} (to /dev/null: {cli/ptt_null:.2f})")
PY
