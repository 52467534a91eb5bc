#!/usr/bin/env bash
# Installs what is missing, builds Diptych and starts it. With no arguments the program
# opens the bundled sample library; arguments are passed on (files, --compare LEFT RIGHT).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
BUILD_DIR=${BUILD_DIR:-build}
cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD_DIR" -j"$(nproc)" --target diptych diptych-cli
exec "$BUILD_DIR/app/diptych" "$@"
