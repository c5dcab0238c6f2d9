# Shared by the timed benchmarks in tests/bench/ (sourced, POSIX sh): measure a command's wall
# time and peak RSS with GNU time, and take the median of the rounds. Needs $work, a scratch
# folder.

# measure NAME LABEL COMMAND...: runs the command, prints its time and peak memory, and adds
# them to $work/NAME.seconds and $work/NAME.kb.
measure() {
    name=$1
    label=$2
    shift 2
    /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null
    read -r seconds kb <"$work/time"
    printf '%-32s %7.2f s  %6d MB\n' "$label" "$seconds" $((kb / 1024))
    echo "$seconds" >>"$work/$name.seconds"
    echo "$kb" >>"$work/$name.kb"
}

# median FILE: the median of the numbers in a file, one a line.
median() {
    sort -n "$1" | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# medianMb NAME: the median peak RSS of NAME's rounds, in MB.
medianMb() {
    echo $(($(median "$work/$1.kb" | cut -d. -f1) / 1024))
}
