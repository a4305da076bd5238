#!/usr/bin/env bash
# The files packaging/ installs are what the desktop and man(1) accept, and the CLI's man
# page keeps up with the CLI: every command and option that `kizuna-cli --help` lists is in
# kizuna-cli.1. Arguments: the kizuna-cli program, a folder with the man pages (*.1), and,
# when the GUI is built, the desktop entry and the AppStream metainfo file. CTest runs it on
# the build tree, .ci/check-package on the files in the package.
set -euo pipefail
cli="$1"
man_dir="$2"
desktop="${3:-}"
metainfo="${4:-}"
status=0

for tool in desktop-file-validate appstreamcli groff; do
    command -v "$tool" >/dev/null || { echo "$tool is missing: run .ci/install-deps" >&2; exit 1; }
done
if [ -n "$desktop" ]; then
    desktop-file-validate "$desktop" || status=1
    # Without --pedantic only errors and warnings fail; AppStream's pedantic notes do not.
    appstreamcli validate --no-net "$metainfo" >/dev/null ||
        { appstreamcli validate --no-net "$metainfo" >&2; status=1; }
fi

for page in "$man_dir"/*.1; do
    # -k: the pages hold Japanese examples; -ww: every warning, and any warning fails.
    warnings="$(groff -k -man -Tutf8 -ww -z "$page" 2>&1)"
    [ -z "$warnings" ] || { printf '%s renders with warnings:\n%s\n' "$page" "$warnings" >&2; status=1; }
done

page="$man_dir/kizuna-cli.1"
usage="$("$cli" --help)"
options=$(grep -oE -- '--[a-z][a-z0-9-]*' <<<"$usage" | sort -u)
for option in $options; do
    grep -qF -- "${option//-/\\-}" "$page" || { echo "kizuna-cli.1 lacks $option" >&2; status=1; }
done
# A command line of the usage starts with two spaces and the command's name.
commands=$(sed -n '/^Commands/,/^FIELDS/p' <<<"$usage" | awk '/^  [a-z]/ {print $1}' | sort -u)
for command in $commands; do
    grep -qE "^(\\\\fB|\\.B[IR]? \"?)${command//-/\\\\-}" "$page" ||
        { echo "kizuna-cli.1 lacks the command $command" >&2; status=1; }
done

[ $status -eq 0 ] && echo "packaging files: ${desktop:+desktop entry and metainfo valid, }man" \
    "pages render without warnings, kizuna-cli.1 has all $(wc -w <<<"$commands") commands and" \
    "$(wc -w <<<"$options") options"
exit $status
