#!/usr/bin/env bash
# Runs a command with a Secret Service of its own: a temporary home without ~/.pgpass, a D-Bus session bus and
# gnome-keyring-daemon in it, its login keyring unlocked by a known password. No password file from the environment.
# With ROLESHEET_TEST_KEYRING=none there is no keyring at all: the session bus address leads nowhere.
#   with-keyring.sh COMMAND [ARGS...]
set -euo pipefail

if [ -z "${ROLESHEET_KEYRING_BUS:-}" ] && [ "${ROLESHEET_TEST_KEYRING:-}" != none ]; then
    export ROLESHEET_KEYRING_BUS=1
    exec dbus-run-session -- bash "$0" "$@"
fi

home=$(mktemp -d /tmp/rolesheet-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME=$home
export XDG_DATA_HOME=$home/.local/share XDG_CONFIG_HOME=$home/.config XDG_CACHE_HOME=$home/.cache
export XDG_RUNTIME_DIR=$home/run
mkdir -p -m 0700 "$XDG_RUNTIME_DIR"
unset PGPASSFILE PGPASSWORD
if [ "${ROLESHEET_TEST_KEYRING:-}" = none ]; then
    export DBUS_SESSION_BUS_ADDRESS=unix:path=$home/no-bus
else
    # The daemon creates the login keyring with this password and unlocks it; it leaves when the bus goes.
    eval "$(printf 'rolesheet-test' | gnome-keyring-daemon --unlock --components=secrets)"
fi
"$@"
