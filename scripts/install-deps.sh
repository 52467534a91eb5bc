#!/usr/bin/env bash
# Installs the Debian 12 packages Diptych needs to build, test and benchmark.
# Does nothing (and needs no root) when they are all installed already.
set -euo pipefail
PACKAGES=(
    build-essential cmake ninja-build pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 qt6-qpa-plugins libgl-dev
    postgresql
    libpoppler-qt6-dev poppler-utils
    libhunspell-dev hunspell-nl hunspell-en-us
    libgtest-dev libbenchmark-dev
    clang-14 libclang-rt-14-dev clang-format-14
    libqpdf-dev qpdf
    qtkeychain-qt6-dev gnome-keyring libsecret-1-0 dbus
    xvfb xauth fonts-dejavu-core fonts-liberation
    unzip
    python3
)
missing=()
for p in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
echo "Installing: ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
