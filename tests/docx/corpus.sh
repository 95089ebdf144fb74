#!/usr/bin/env bash
# Imports every .docx under a folder (for example Pandoc's reader tests and
# its writer's golden files, test/docx/ in jgm/pandoc, fetched outside this
# repository: they are GPL)
# into a fresh copy of the default site each, and counts how many convert
# cleanly. Usage: tests/docx/corpus.sh DIR [YEAR] [BODY]
#
# For each document it checks: no crash (exit 0 or 2, never a panic);
# nothing written outside the year's folder; and records whether the
# import gave warnings (losses reported) and whether the chapter it wrote
# passes `check` with no errors.
set -euo pipefail
dir=${1:?usage: corpus.sh DIR [YEAR] [BODY]}
year=${2:-2016-17}
body=${3:-hmip}
root=$(cd "$(dirname "$0")/../.." && pwd)
bin=${OPCAT_PRESS:-$root/target/release/opcat-press}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
total=0 crashed=0 escaped=0 refused=0 clean=0 warned=0 errors=0
while IFS= read -r f; do
    total=$((total + 1))
    rm -rf "$work/site" && mkdir -p "$work/site" && cp -r "$root/content" "$root/templates" "$work/site/"
    ln -s "$root/theme" "$work/site/theme"
    before=$(cd "$work/site" && find . -path ./theme -prune -o -path "./content/reports/$year" -prune -o -type f -print | sort | xargs md5sum)
    set +e
    (cd "$work/site" && "$bin" import "$f" --year "$year" --body "$body" --replace >"$work/out" 2>"$work/err")
    rc=$?
    set -e
    after=$(cd "$work/site" && find . -path ./theme -prune -o -path "./content/reports/$year" -prune -o -type f -print | sort | xargs md5sum)
    name=${f#"$dir"/}
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 2 ]; then
        crashed=$((crashed + 1)); echo "CRASH $name (exit $rc)"; sed 's/^/    /' "$work/err" | head -5
    fi
    if [ "$before" != "$after" ] && [ "$(echo "$before" | grep -v report.toml)" != "$(echo "$after" | grep -v report.toml)" ]; then
        escaped=$((escaped + 1)); echo "WROTE OUTSIDE $name"
    fi
    if ! grep -q "^wrote " "$work/out"; then
        refused=$((refused + 1)); echo "not imported: $name: $(grep -m1 'error' "$work/err")"
    elif grep -q ": error:" "$work/err"; then
        errors=$((errors + 1)); echo "errors left: $name: $(grep -m1 ': error:' "$work/err")"
    elif grep -q ": warning:" "$work/err"; then
        warned=$((warned + 1))
    else
        clean=$((clean + 1))
    fi
done < <(find "$dir" -name '*.docx' | sort)
echo
echo "$total documents: $clean clean, $warned with losses reported (and no errors), $errors with errors left for check, $refused not imported; $crashed crashed, $escaped wrote outside the year's folder"
