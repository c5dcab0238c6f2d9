#!/bin/sh
# Import speed and memory (issue 4): `stepwise import-runs` of a genlog CSV of about a million
# executions against sqlite3's own `.import` of the same file into a plain table (in a database
# file, as Stepwise writes one, and in memory for reference), side by side on this machine, with
# the peak RSS of each; then `stats` over the imported runs. The targets: the import in at most
# 1.5 times sqlite3's time, in under 200 MB; `stats` in under 0.5 s.
#
#   tests/bench/bench_import.sh [STEPWISE_BINARY] [RUNS] [ROUNDS]
#
# LOG=FILE reuses a log written before instead of generating one.
#
# Needs python3, sqlite3 (apt-get install sqlite3) and GNU time (/usr/bin/time).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/app/stepwise}
runs=${2:-110000}
rounds=${3:-5}
genlog=${GENLOG:-$here/../../../shared/tools/genlog.py}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

csv=${LOG:-$work/log.csv}
[ -n "${LOG:-}" ] || python3 "$genlog" --runs "$runs" "$csv" >/dev/null
echo "log: $runs runs, $(wc -l <"$csv") lines, $(du -m "$csv" | cut -f1) MB"

. "$here/benchlib.sh"

# Rounds interleave the three imports, so that a busy moment of the machine slows all alike;
# the ratio is that of the medians.
round=1
while [ "$round" -le "$rounds" ]; do
    rm -f "$work"/w.stepwise* "$work"/plain.db
    measure file "sqlite3 .import file ($round)" sqlite3 "$work/plain.db" ".import --csv $csv t"
    measure memory "sqlite3 .import memory ($round)" sqlite3 :memory: ".import --csv $csv t"
    measure stepwise "stepwise import-runs ($round)" \
        "$binary" -w "$work/w.stepwise" import-runs Bench "$csv" --create
    round=$((round + 1))
done
round=1
while [ "$round" -le "$rounds" ]; do
    measure stats "stepwise stats --json ($round)" "$binary" -w "$work/w.stepwise" stats Bench --json
    round=$((round + 1))
done
file=$(median "$work/file.seconds")
memory=$(median "$work/memory.seconds")
stepwise=$(median "$work/stepwise.seconds")
stats=$(median "$work/stats.seconds")
awk -v f="$file" -v m="$memory" -v s="$stepwise" -v mb="$(medianMb stepwise)" 'BEGIN {
    printf "median import %.2f s, %d MB; sqlite3 %.2f s to a file, %.2f s in memory\n", s, mb, f, m
    printf "ratio %.2f to the file, %.2f to memory (target <= 1.5, < 200 MB)\n", s / f, s / m }'
echo "median stats --json $stats s, $(medianMb stats) MB (target < 0.5 s)"
