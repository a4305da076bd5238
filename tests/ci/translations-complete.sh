#!/usr/bin/env bash
# Every catalogue is complete: no entry lupdate marked unfinished or left empty, so no
# string shows in English in the Japanese window (or without its plural in the English one).
set -euo pipefail
status=0
for ts in "$@"; do
    [ -f "$ts" ] || { echo "$ts: missing" >&2; exit 1; }
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    empty=$(grep -cE '<translation>\s*</translation>|<numerusform>\s*</numerusform>' "$ts" || true)
    messages=$(grep -c '<message' "$ts" || true)
    if [ "$unfinished" -ne 0 ] || [ "$empty" -ne 0 ]; then
        echo "$ts: $unfinished unfinished and $empty empty of $messages messages" >&2
        status=1
    else
        echo "$ts: $messages messages, all translated"
    fi
done
exit $status
