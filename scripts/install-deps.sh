#!/usr/bin/env bash
# Installs the Debian 12 packages Diptych needs to build, test and benchmark.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq --no-install-recommends \
    build-essential cmake ninja-build pkg-config git \
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools \
    libqt6sql6-sqlite libqt6svg6 qt6-qpa-plugins libgl-dev \
    libpoppler-qt6-dev poppler-utils \
    libhunspell-dev hunspell-nl \
    libgtest-dev libbenchmark-dev \
    clang-14 libclang-rt-14-dev \
    libqpdf-dev qpdf \
    xvfb xauth fonts-dejavu-core fonts-liberation \
    python3 >/dev/null
