#!/bin/sh
# Takes the README's pictures: runs the editor under Xvfb on a sample workspace, with settings and journals kept in a
# throwaway home, and saves PNGs into resources/screenshots/.
# Usage: tests/gui/take-screenshots.sh [path/to/rolesheet]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
editor=${1:-$here/build/app/editor/rolesheet}
out=$here/resources/screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$out"
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run \
    QT_QPA_PLATFORM=xcb ROLESHEET_NO_MODAL=1 \
    xvfb-run -a -s "-screen 0 1400x900x24" "$editor" --screenshots "$out"
