#!/bin/sh
# Takes the README's pictures: runs the test program take-screenshots under Xvfb on a sample workspace, with settings
# and journals kept in a throwaway home, and saves PNGs into resources/screenshots/.
# Usage: tests/gui/take-screenshots.sh [path/to/take-screenshots]
set -eu
here=$(cd "$(dirname "$0")/../.." && pwd)
shots=${1:-$here/build/tests/gui/take-screenshots}
out=$here/resources/screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p "$out"
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data XDG_RUNTIME_DIR=$home/run \
    QT_QPA_PLATFORM=xcb \
    xvfb-run -a -s "-screen 0 1400x900x24" "$shots" "$out"
