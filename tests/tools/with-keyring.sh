#!/usr/bin/env bash
# Runs a command as on a desktop with a keyring: a D-Bus session bus of its own and GNOME
# Keyring's Secret Service on it, unlocked, in a throwaway home folder, so the tests of the
# team password (tests/keyring) store and read it as the program does on a user's desktop,
# and touch nothing of the person running them. The bus and the keyring end with the command.
set -euo pipefail
for tool in dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "$tool is missing (scripts/install-deps.sh installs it)" >&2; exit 1; }
done
home=$(mktemp -d "${TMPDIR:-/tmp}/diptych-keyring-XXXXXX")
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_DATA_HOME=$home/data XDG_CONFIG_HOME=$home/config XDG_CACHE_HOME=$home/cache
export XDG_RUNTIME_DIR=$home/run
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME" "$XDG_RUNTIME_DIR"
chmod 700 "$XDG_RUNTIME_DIR"
# The login keyring is created on first unlock, with this password. The daemon leaves when
# the session bus does.
dbus-run-session -- bash -c '
    printf keyring-password | gnome-keyring-daemon --unlock --components=secrets >/dev/null
    DIPTYCH_TEST_KEYRING=1 "$@"' bash "$@"
