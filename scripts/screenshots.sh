#!/usr/bin/env bash
# Starts the real diptych under xvfb on a fresh account (temporary data and settings),
# opens the sample library with a letter, then a comparison, then the comparison in the
# dark theme, then a letter with annotations, then the default layout on the two screen
# sizes it is designed for (1366x768 in English, 1920x1080 in Dutch), and saves the windows
# as PNGs in docs/. Usage: scripts/screenshots.sh [BUILD_DIR]   (default: build)
set -euo pipefail
cd "$(dirname "$0")/.."
BUILD_DIR=${1:-build}
APP="$BUILD_DIR/app/diptych"
[ -x "$APP" ] || { echo "build $APP first (cmake -DDIPTYCH_BUILD_APP=ON)" >&2; exit 1; }
HOME_DIR=$(mktemp -d)
trap 'rm -rf "$HOME_DIR"' EXIT
mkdir -p docs
run() {
    XDG_DATA_HOME="$HOME_DIR/data" XDG_CONFIG_HOME="${CONFIG_DIR:-$HOME_DIR/config}" LANG=${SHOT_LANG:-nl_NL.UTF-8} \
        timeout 120 xvfb-run -a -s "-screen 0 ${SCREEN:-1920x1080}x24" "$APP" "$@"
}
SAMPLES=resources/samples
run --screenshot docs/library.png "$SAMPLES/001_76cb035f3064fde5.txt"
run --screenshot docs/compare.png --compare "$SAMPLES/003_eafaf4e2d27f033a.txt" "$SAMPLES/001_76cb035f3064fde5.txt"
# The dark theme, chosen in the settings as View › Theme › Dark would.
mkdir -p "$HOME_DIR/dark/diptych"
printf '[view]\ntheme=dark\n' > "$HOME_DIR/dark/diptych/diptych.ini"
CONFIG_DIR="$HOME_DIR/dark" run --screenshot docs/dark.png --compare "$SAMPLES/003_eafaf4e2d27f033a.txt" "$SAMPLES/001_76cb035f3064fde5.txt"
# Annotations: a highlight and a tagged note, imported as W3C JSON the way a script would.
CLI=$BUILD_DIR/cli/diptych-cli
XDG_DATA_HOME="$HOME_DIR/data" "$CLI" annotations import "$SAMPLES/000_a60e29c67b147090.txt" scripts/screenshot-annotations.json
run --screenshot docs/annotations.png "$SAMPLES/000_a60e29c67b147090.txt"
# The default layout: a real published PDF with the same annotations, on a laptop screen in
# English and a desktop screen in Dutch.
REAL=tests/data/real/ah-tk-20232024-2271.pdf
# Fresh settings for each: a saved window layout would be restored instead of the default.
SCREEN=1366x768 SHOT_LANG=en_GB.UTF-8 CONFIG_DIR="$HOME_DIR/laptop" run --screenshot docs/layout-1366x768.png "$REAL"
SCREEN=1920x1080 CONFIG_DIR="$HOME_DIR/desktop" run --screenshot docs/layout-1920x1080.png "$REAL"
echo "saved docs/library.png docs/compare.png docs/dark.png docs/annotations.png docs/layout-*.png"
