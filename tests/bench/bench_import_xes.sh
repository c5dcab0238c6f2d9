#!/bin/sh
# XES import speed and memory (issue 4): `stepwise import-runs` of a genlog XES log of the size
# of the BPI Challenge 2012 log (15,000 runs, about 265,000 events, 60 MB), plain and gzipped,
# with the wall time and peak RSS of each round and their medians. pm4py takes 5.9 s and
# 574 MB just to read the BPI Challenge 2012 log on this kind of machine; the target is at
# least 5 times faster, at most 1.18 s, in under 150 MB.
#
#   tests/bench/bench_import_xes.sh [STEPWISE_BINARY] [RUNS] [ROUNDS]
#
# Needs python3, gzip and GNU time (/usr/bin/time). Phase timings of each import:
# QT_LOGGING_RULES="stepwise.import.debug=true" (and stepwise.xes.debug for how the log was cut).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/app/stepwise}
runs=${2:-15000}
rounds=${3:-5}
genlog=${GENLOG:-$here/../../../shared/tools/genlog.py}
pm4py_seconds=5.9
target_seconds=1.18
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

xes=$work/log.xes
python3 "$genlog" --format xes --runs "$runs" "$xes" >/dev/null
gzip -c "$xes" >"$xes.gz"
echo "log: $runs runs, $(grep -c '<event>' "$xes") events, $(du -m "$xes" | cut -f1) MB" \
    "($(du -k "$xes.gz" | cut -f1) KB gzipped)"

. "$here/benchlib.sh"

for file in "$xes" "$xes.gz"; do
    name=$(basename "$file")
    round=1
    while [ "$round" -le "$rounds" ]; do
        rm -f "$work"/w.stepwise*
        measure "$name" "import $name ($round)" \
            "$binary" -w "$work/w.stepwise" import-runs Bench "$file" --create
        round=$((round + 1))
    done
    seconds=$(median "$work/$name.seconds")
    mb=$(medianMb "$name")
    awk -v s="$seconds" -v mb="$mb" -v p="$pm4py_seconds" -v t="$target_seconds" -v n="$name" \
        'BEGIN { printf "median %-21s %7.2f s  %6d MB  %.1f times pm4py'"'"'s %.1f s (target <= %.2f s, < 150 MB)\n", n, s, mb, p / s, p, t }'
done
