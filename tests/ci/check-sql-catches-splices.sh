#!/usr/bin/env bash
# The SQL check must name every spliced statement of the fixture, and accept the bound ones:
# a check that reports nothing proves nothing.
set -euo pipefail
checker="$1/.ci/sql-splice-check.pl"
fixtures="$1/tests/data/check-sql"
if reports=$(perl "$checker" "$fixtures/spliced.cpp"); then
    echo "the check passed a file of spliced SQL" >&2
    exit 1
fi
expected=$(grep -c '^void ' "$fixtures/spliced.cpp")
found=$(printf '%s\n' "$reports" | grep -c 'bind it with ?')
if [ "$found" -ne "$expected" ]; then
    printf 'expected %s reports, got %s:\n%s\n' "$expected" "$found" "$reports" >&2
    exit 1
fi
perl "$checker" "$fixtures/bound.cpp"
echo "check-sql: $found of $expected spliced statements caught, the bound ones accepted"
