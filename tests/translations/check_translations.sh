#!/usr/bin/env bash
# The translations are in step with the sources and complete:
#   check_translations.sh LUPDATE SOURCE_DIR
# 1. lupdate run over the sources (as the update_translations target runs it) changes no .ts file:
#    every string of the code is in them, none that the code lost is left behind;
# 2. no translation of another language than English is unfinished;
# 3. English only needs its plural forms (numerus entries): those are finished too.
set -euo pipefail
lupdate=$1
src=$2
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# lupdate reads "\u201cClient" as one longer escape (the C++ compiler takes four digits): such a
# string would never find its translation. Write the character itself instead.
if grep -rnE 'tr\(.*\\u[0-9a-fA-F]{4}[0-9a-fA-F]' "$src"/app "$src"/widgets "$src"/model; then
    echo "a \\u escape followed by a hex digit in a translated string (above): lupdate misreads it"
    status_escape=1
fi

cp "$src"/translations/*.ts "$work"/
"$lupdate" -silent -no-obsolete -locations none -extensions cpp,h \
    "$src"/app "$src"/widgets "$src"/model -ts "$work"/*.ts
status=${status_escape:-0}
for ts in "$src"/translations/*.ts; do
    name=$(basename "$ts")
    if ! diff -u "$ts" "$work/$name" >"$work/$name.diff"; then
        echo "$name is not in step with the sources (run: cmake --build build --target update_translations):"
        head -40 "$work/$name.diff"
        status=1
    fi
done

for ts in "$src"/translations/stepwise_*.ts; do
    name=$(basename "$ts")
    if [[ $name == stepwise_en.ts ]]; then
        # The source language: only plural forms need a translation.
        unfinished=$(python3 - "$ts" <<'PY'
import sys, xml.etree.ElementTree as ET
count = 0
for message in ET.parse(sys.argv[1]).getroot().iter('message'):
    if message.get('numerus') == 'yes' and message.find('translation').get('type') == 'unfinished':
        count += 1
print(count)
PY
)
    else
        unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    fi
    if ((unfinished > 0)); then
        echo "$name has $unfinished unfinished translations:"
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -10
        status=1
    fi
done
exit $status
