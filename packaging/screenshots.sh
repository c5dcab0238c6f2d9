#!/usr/bin/env bash
# Regenerates the README's screenshots (resources/screenshots/*.png) under Xvfb, in a private
# home so no settings or workspaces of yours are touched. Run after a change to the UI:
#   bash packaging/screenshots.sh
# (needs xvfb and poppler-utils: apt-get install xvfb xauth poppler-utils)
set -euo pipefail
cd "$(dirname "$0")/.."
build=${STEPWISE_BUILD_DIR:-build}
cmake -S . -B "$build" >/dev/null
cmake --build "$build" -j"$(nproc)" --target screenshots
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
mkdir -p resources/screenshots
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data LANGUAGE=en LC_ALL=C.UTF-8 \
    xvfb-run -a -s "-screen 0 1600x1000x24" "$build/tests/screenshots/screenshots" resources/screenshots
# A page of the process report: the map of Support ticket (its second page), as a PNG.
HOME=$home XDG_CONFIG_HOME=$home/config XDG_DATA_HOME=$home/data LANGUAGE=en LC_ALL=C.UTF-8 \
    "$build/app/stepwise" report "Support ticket" "$home/report.pdf"
pdftoppm -png -r 90 -f 2 -l 2 -singlefile "$home/report.pdf" resources/screenshots/report-map
ls -l resources/screenshots
