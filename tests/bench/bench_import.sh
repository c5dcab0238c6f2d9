#!/bin/sh
# Import speed and memory (issue 4): `stepwise import-runs` of a genlog CSV of about a million
# executions against sqlite3's own `.import` of the same file into a plain table (in a database
# file, as Stepwise writes one, and in memory for reference), side by side on this machine, with
# the peak RSS of each; then `stats` over the imported runs. The targets: the import in at most
# 1.5 times sqlite3's time, in under 200 MB; `stats` in under 0.5 s.
#
#   tests/bench/bench_import.sh [STEPWISE_BINARY] [RUNS]
#
# LOG=FILE reuses a log written before instead of generating one.
#
# Needs python3, sqlite3 (apt-get install sqlite3) and GNU time (/usr/bin/time).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
binary=${1:-$here/../../build/app/stepwise}
runs=${2:-110000}
genlog=${GENLOG:-$here/../../../shared/tools/genlog.py}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM

csv=${LOG:-$work/log.csv}
[ -n "${LOG:-}" ] || python3 "$genlog" --runs "$runs" "$csv" >/dev/null
echo "log: $runs runs, $(wc -l <"$csv") lines, $(du -m "$csv" | cut -f1) MB"

measure() { # label, command...
    label=$1
    shift
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
    read -r seconds kb <"$work/time"
    printf '%-28s %7.2f s  %6d MB\n' "$label" "$seconds" $((kb / 1024))
    echo "$seconds"  >"$work/$label.s"
}

for round in 1 2 3; do
    rm -f "$work"/w.stepwise* "$work"/plain.db
    measure "sqlite3 .import file ($round)" sqlite3 "$work/plain.db" ".import --csv $csv t"
    measure "sqlite3 .import memory ($round)" sqlite3 :memory: ".import --csv $csv t"
    measure "stepwise import-runs ($round)" "$binary" -w "$work/w.stepwise" import-runs Bench "$csv" --create
    ratio() { awk "BEGIN { printf \"%.2f\", $(cat "$work/stepwise import-runs ($round).s") / $(cat "$work/$1 ($round).s") }"; }
    echo "ratio: $(ratio "sqlite3 .import file") to the file, $(ratio "sqlite3 .import memory") to memory (target <= 1.5)"
done
for round in 1 2 3; do
    measure "stepwise stats --json ($round)" "$binary" -w "$work/w.stepwise" stats Bench --json
done
