#!/usr/bin/env bash
# Fails when a C++ file differs from what clang-format 14 makes of it (.clang-format), and
# names the files. Fix them with: clang-format-14 -i FILE...
set -euo pipefail
cd "$(dirname "$0")/.."
mapfile -t files < <(git ls-files '*.cpp' '*.h')
if ! clang-format-14 --dry-run --Werror "${files[@]}" 2>/tmp/diptych-format.$$; then
    grep -o '^[^:]*\.\(cpp\|h\)' /tmp/diptych-format.$$ | sort -u | sed 's/^/not formatted: /' >&2
    rm -f /tmp/diptych-format.$$
    echo "run: clang-format-14 -i \$(git ls-files '*.cpp' '*.h')" >&2
    exit 1
fi
rm -f /tmp/diptych-format.$$
echo "formatting: ${#files[@]} files as .clang-format says"
