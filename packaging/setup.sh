#!/usr/bin/env bash
# Sets up a Debian machine for Rolesheet and builds it, then runs the editor (`run`) or the whole test suite (`test`).
# Installs only what is missing, with sudo when not root. Safe to run again.
set -euo pipefail

mode=${1:-run}
root=$(cd "$(dirname "$0")/.." && pwd)
build="$root/build"
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"

packages=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    libqt6sql6-sqlite libqt6sql6-psql libqt6svg6 libgl-dev qtkeychain-qt6-dev
    sqlite3 libsqlite3-dev libssl-dev librsvg2-bin rapidjson-dev libpq-dev libxlsxwriter-dev libminizip-dev
    # Fonts that the printed evidence takes names' glyphs from: Latin, Greek, Cyrillic, Arabic and Hebrew; Chinese,
    # Japanese and Korean; the scripts of India and more.
    fonts-dejavu-core fonts-wqy-zenhei fonts-freefont-ttf
)
if [ "$mode" = test ]; then
    packages+=(
        postgresql xvfb xauth poppler-utils appstream desktop-file-utils dpkg-dev file librsvg2-bin
        libclang-rt-14-dev clang-14 groff-base dbus dbus-x11 gnome-keyring libsecret-tools libreoffice-calc-nogui
    )
fi
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ "$mode" = test ] && ! command -v node >/dev/null; then
    missing+=(nodejs npm)
fi
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    $sudo apt-get update -q
    $sudo env DEBIAN_FRONTEND=noninteractive apt-get install -y -q --no-install-recommends "${missing[@]}"
fi

jobs=$(nproc)
# A compiler cache, when the machine has one, makes a second set-up quick; nothing needs it.
launcher=()
if command -v ccache >/dev/null; then
    launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
fi
cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DROLESHEET_WERROR=ON "${launcher[@]}"
cmake --build "$build" -j "$jobs"

case "$mode" in
run)
    exec "$build/app/editor/rolesheet"
    ;;
test)
    status=0
    ctest --test-dir "$build" --output-on-failure -j "$jobs" || status=1
    # The model, its storage, formats, the command line and the editor with its window tests (offscreen) once more
    # under AddressSanitizer and UndefinedBehaviorSanitizer: any leak or undefined behaviour fails the run (the window
    # tests need no leak suppressions on the offscreen platform).
    sanitize="$root/build-sanitize"
    cmake -S "$root" -B "$sanitize" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DROLESHEET_MODEL_ONLY=OFF "${launcher[@]}" \
        -DROLESHEET_ASAN=ON -DROLESHEET_UBSAN=ON -DROLESHEET_WERROR=ON
    cmake --build "$sanitize" -j "$jobs"
    ctest --test-dir "$sanitize" --output-on-failure -j "$jobs" -L 'model|storage|cli|formats|gui' || status=1
    # Fuzzing: libFuzzer harnesses built with clang, replayed over their corpus and regressions under CTest, then run
    # for a few seconds each (tests/fuzz/run-fuzzers.sh); any crash or broken property fails the run.
    fuzz="$root/build-fuzz"
    cmake -S "$root" -B "$fuzz" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DCMAKE_CXX_COMPILER=clang++-14 "${launcher[@]}" \
        -DROLESHEET_FUZZ=ON -DROLESHEET_WERROR=ON
    cmake --build "$fuzz" -j "$jobs"
    ctest --test-dir "$fuzz" --output-on-failure -j "$jobs" -L fuzz || status=1
    (cd "$fuzz" && "$root/tests/fuzz/run-fuzzers.sh" "$fuzz" 8) || status=1
    exit $status
    ;;
*)
    echo "usage: packaging/setup.sh run|test" >&2
    exit 2
    ;;
esac
