#!/bin/sh
# Takes the README's pictures of the editor in another language and in the dark palette: runs
# take-screenshots under Xvfb with --language and --appearance, settings kept in a throwaway home, and keeps the main
# window of each run as resources/screenshots/main-window-<language>.png and main-window-dark.png.
# Usage: tests/gui/take-localized-screenshots.sh [path/to/take-screenshots] [language ...]   (default language: fr)
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
shots=${1:-$here/build/tests/gui/take-screenshots}
[ $# -gt 0 ] && shift
languages=${*:-fr}
out=$here/resources/screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$out"

# shoot NAME ARGS...: one screenshot run, its main window saved as NAME.
shoot() {
    name=$1
    shift
    rm -rf "$home/shots"
    HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run \
        QT_QPA_PLATFORM=xcb LANG=en_US.UTF-8 LANGUAGE= \
        xvfb-run -a -s "-screen 0 1400x900x24" "$shots" "$@" "$home/shots" >/dev/null
    cp "$home/shots/main-window.png" "$out/$name"
    echo "saved $out/$name"
}

for language in $languages; do
    shoot "main-window-$language.png" --language "$language" --appearance light
done
shoot main-window-dark.png --language en --appearance dark
