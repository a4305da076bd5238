#!/usr/bin/env bash
# Takes the screenshots of the README and the user guides (docs/images/*-ja.png and *-en.png)
# from the real windows on the demo data: builds kizuna-screenshots in the debug build and
# runs it under Xvfb once per language, then again for the contacts and the funnel in a dark
# palette (*-dark-LANG.png) and at 200% scale (*-200-LANG.png, twice the pixels). The demo's "today" is fixed (2026-11-24); with
# faketime installed the clock is too, so that the times an import shows (on the Imports page,
# in the name of the rejected rows' file) stay the same from one run to the next.
#
#   bash docs/screenshots.sh            # both languages into docs/images
#   bash docs/screenshots.sh ja         # only the Japanese set
set -euo pipefail
cd "$(dirname "$0")/.."

languages=("$@")
[ ${#languages[@]} -gt 0 ] || languages=(ja en)
out=docs/images
preset=${KIZUNA_PRESET:-debug}
build=build/$preset

command -v xvfb-run >/dev/null || {
    echo "screenshots: xvfb-run is missing (bash .ci/install-deps installs it)" >&2
    exit 1
}
clock=()
if command -v faketime >/dev/null; then
    # The wall clock stands still at the demo's today (-f with an absolute time), for every
    # thread (-m: the funnel and the import count on workers); the monotonic clock is left
    # alone, so Qt's timers run as usual.
    clock=(faketime -m -f --exclude-monotonic '2026-11-24 10:30:00')
else
    echo "screenshots: faketime is missing; the Imports page shows today's time" >&2
fi

[ -f "$build/CMakeCache.txt" ] || cmake --preset "$preset"
cmake --build --preset "$preset" --target kizuna-screenshots

mkdir -p "$out"
# The demo's user, as a login name would show in the owner fields (not the builder's, often root).
export USER=tanaka LOGNAME=tanaka
for lang in "${languages[@]}"; do
    echo "== $lang"
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "${clock[@]}" "$build/app/kizuna-screenshots" --lang "$lang" --out "$out"
    xvfb-run -a -s "-screen 0 1600x1000x24" \
        "${clock[@]}" "$build/app/kizuna-screenshots" --lang "$lang" --out "$out" \
        --set dark --only contacts,funnel
    # The screen is twice the size too, so that the window fits on it at 200%.
    QT_SCALE_FACTOR=2 xvfb-run -a -s "-screen 0 3200x2000x24" \
        "${clock[@]}" "$build/app/kizuna-screenshots" --lang "$lang" --out "$out" \
        --set 200 --only contacts,funnel
done
