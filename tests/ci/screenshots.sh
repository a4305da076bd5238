#!/usr/bin/env bash
# kizuna-screenshots (docs/screenshots.sh runs it) still photographs every window: run it
# offscreen in one language and check that each picture is a PNG, the main window's at the
# size it was asked for. A page that could not be reached (the funnel never counted, the
# import never ended) makes the program fail.
set -euo pipefail
program=$1
lang=${2:-en}
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT

QT_QPA_PLATFORM=offscreen "$program" --lang "$lang" --out "$out" >/dev/null

# Width and height from the PNG header (big-endian, after the signature and IHDR's length).
size() {
    od -An -tu1 -j16 -N8 "$1" |
        awk '{ printf "%dx%d", $1*16777216+$2*65536+$3*256+$4, $5*16777216+$6*65536+$7*256+$8 }'
}

status=0
for name in contacts agenda funnel sources imports; do
    file="$out/$name-$lang.png"
    got=$(size "$file" 2>/dev/null || echo missing)
    if [ "$got" != 1400x860 ]; then
        echo "$name-$lang.png: $got, not the 1400x860 window" >&2
        status=1
    fi
done
for name in contact-editor import-wizard import-duplicates import-result settings print-preview; do
    file="$out/$name-$lang.png"
    if [ "$(head -c 8 "$file" 2>/dev/null | od -An -tx1 | tr -d ' \n')" != 89504e470d0a1a0a ]; then
        echo "$name-$lang.png: missing or not a PNG" >&2
        status=1
    fi
done
[ $status -ne 0 ] || echo "11 screenshots in $lang, the window at 1400x860"
exit $status
