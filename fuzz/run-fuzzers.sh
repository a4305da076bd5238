#!/usr/bin/env bash
# Runs every fuzz target in turn, one at a time and at the lowest priority (the build machines
# are shared), for SECONDS each (default 60), seeded from the test fixtures and csv-spectrum.
# Prints each target's executions; exits non-zero when any target found a crash or a broken
# invariant (the input is saved under build/fuzz/findings/).
#
#   cmake --preset fuzz && cmake --build --preset fuzz
#   bash fuzz/run-fuzzers.sh 600                         # every target
#   bash fuzz/run-fuzzers.sh 600 fuzz_vcard_reader       # only the targets named
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true
only=("$@")
build=build/fuzz
shared="${KIZUNA_SHARED_DIR:-../shared}"
fixtures=tests/data/import
spectrum="$shared/conformance/csv-spectrum/csvs"

# The generated corpora grow between runs; the fixtures and csv-spectrum are read in place.
mkdir -p "$build/corpus" "$build/findings" "$build/logs"
seedDirs=("$fixtures")
if [ -d "$spectrum" ]; then
    seedDirs+=("$spectrum")
else
    echo "note: $spectrum is absent; seeding from the fixtures only" >&2
fi

# The name splitter and the date parser read single values: the fixtures' fields, one a file.
fields="$build/seeds/fields"
rm -rf "$fields"
mkdir -p "$fields"
{
    iconv -f CP932 -t UTF-8 "$fixtures/eight-cp932.csv" | tr ',' '\n'
    iconv -f CP932 -t UTF-8 "$fixtures/phone-21-sjis.vcf" | sed -n 's/^[^:]*://p' | tr ';' '\n'
    sed -n 's/^[^:]*://p' "$fixtures/contacts-3-4.vcf" | tr ';' '\n'
} | tr -d '\r"' | grep -v '^$' | sort -u | split -l 1 -a 3 - "$fields/field-"

run() {
    local target="$1"
    shift
    if [ ${#only[@]} -ne 0 ] && [[ ! " ${only[*]} " == *" $target "* ]]; then
        return 0
    fi
    mkdir -p "$build/corpus/$target"
    echo "== $target, ${seconds} s"
    local status=0
    nice -n 19 "$build/fuzz/$target" "$build/corpus/$target" "$@" \
        -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
        -artifact_prefix="$build/findings/$target-" >"$build/logs/$target.log" 2>&1 || status=$?
    grep -E '^(stat::number_of_executed_units|stat::peak_rss_mb)|^#[0-9]+ +DONE' \
        "$build/logs/$target.log" || true
    if [ "$status" -ne 0 ]; then
        echo "$target FAILED (exit $status); see $build/logs/$target.log" >&2
        tail -n 40 "$build/logs/$target.log" >&2
        failed+=("$target")
    fi
}

failed=()
run fuzz_csv_reader "${seedDirs[@]}"
run fuzz_encoding_detector "${seedDirs[@]}"
run fuzz_vcard_reader "$fixtures"
run fuzz_name_splitter "$fields"
run fuzz_flexible_date "$fields"

if [ ${#failed[@]} -ne 0 ]; then
    echo "fuzz findings in: ${failed[*]}" >&2
    exit 1
fi
