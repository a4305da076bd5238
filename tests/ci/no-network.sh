#!/usr/bin/env bash
# Kizuna makes no network connection: neither program links Qt Network, and none of their
# own code (kizuna_core and kizuna_ui are linked in statically) calls the socket or name
# lookup functions. Libraries they load may hold such code; nothing of ours reaches it.
set -euo pipefail
status=0
for program in "$@"; do
    [ -x "$program" ] || { echo "$program: not built" >&2; exit 1; }
    if readelf -d "$program" | grep -E 'NEEDED.*(Qt6Network|libcurl|libssl)'; then
        echo "$program links a network library" >&2
        status=1
    fi
    calls=$(nm -D --undefined-only "$program" |
        grep -wE 'socket|connect|getaddrinfo|gethostbyname|sendto|bind|listen' || true)
    if [ -n "$calls" ]; then
        printf '%s calls the network:\n%s\n' "$program" "$calls" >&2
        status=1
    fi
done
[ $status -eq 0 ] && echo "no network: $# programs, no network library, no socket calls"
exit $status
