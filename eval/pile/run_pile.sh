#!/usr/bin/env bash
# Run the development pile against kzpk.
#
#   run_pile.sh [KZPK] [PROJECT] [HARNESS OPTIONS...]
#
# KZPK     the command that runs kzpk (default: .venv/bin/kzpk, relative to the current directory);
#          it may carry arguments, e.g. "python -m kzpk".
# PROJECT  a kzpk checkout whose records/ (the bundled corpus) is copied (default: .).
# Anything after the first two arguments goes to the harness (e.g. -v, --json-out FILE).
# PYTHON   environment variable: the interpreter for the harness (default: python3; needs PyYAML).
# KZPK_EVAL environment variable: the shared harness (default: ../shared/eval/kzpk_eval.py beside
#          the checkout, i.e. $here/../../../shared/eval/kzpk_eval.py).
# PILE_SET, PILE_DOCS environment variables: another pile's question set and documents folder
#          (default: pile.yaml and docs/ beside this script), e.g. PILE_SET=eval/pile2/pile2.yaml
#          PILE_DOCS=eval/pile2/docs for the third pile.
#
# Makes a temporary home holding a copy of PROJECT/records, adds every file in docs/ to it with
# `kzpk --home H add`, reporting each failure, then runs the shared harness on the set. The
# harness's summary line is the last line printed. The temporary home is removed on exit.
# Exit status: the harness's (0 whatever the score); 1 if a document could not be added;
# 2 if the set-up failed.
set -u

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
harness="${KZPK_EVAL:-$here/../../../shared/eval/kzpk_eval.py}"
set_file="${PILE_SET:-$here/pile.yaml}"
docs="${PILE_DOCS:-$here/docs}"

kzpk="${1:-.venv/bin/kzpk}"
project="${2:-.}"
if [ $# -ge 2 ]; then shift 2; else shift $#; fi
py="${PYTHON:-python3}"

die() { echo "run_pile: $*" >&2; exit 2; }

# The kzpk command as words; a relative path to an existing file is made absolute.
if [ -e "$kzpk" ]; then
    case "$kzpk" in /*) ;; *) kzpk="$(cd "$(dirname "$kzpk")" && pwd)/$(basename "$kzpk")" ;; esac
    kz=("$kzpk")
else
    read -r -a kz <<< "$kzpk"
    [ ${#kz[@]} -gt 0 ] || die "empty KZPK command"
    command -v "${kz[0]}" >/dev/null 2>&1 || die "no such command: ${kz[0]} (give KZPK, e.g. .venv/bin/kzpk)"
fi

[ -d "$project/records" ] || die "no records/ folder in PROJECT '$project'"
[ -f "$harness" ] || die "harness not found: $harness (set KZPK_EVAL)"
[ -f "$set_file" ] || die "question set not found: $set_file"
[ -d "$docs" ] || die "docs folder not found: $docs"
"$py" -c 'import yaml' 2>/dev/null || die "$py cannot import yaml (install PyYAML or set PYTHON)"

home="$(mktemp -d "${TMPDIR:-/tmp}/kzpk-pile.XXXXXX")" || die "cannot make a temporary home"
trap 'rm -rf "$home"' EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
cp -RL "$project/records" "$home/records" || die "cannot copy $project/records"

added=0
failed=0
total=0
for f in "$docs"/*; do
    [ -f "$f" ] || continue
    total=$((total + 1))
    if out="$("${kz[@]}" --home "$home" add "$f" 2>&1)"; then
        added=$((added + 1))
    else
        rc=$?
        failed=$((failed + 1))
        echo "add FAILED (exit $rc): $(basename "$f"): $(printf '%s\n' "$out" | tail -n 3 | tr '\n' ' ')"
    fi
done
echo "pile: added $added of $total documents to a temporary home holding a copy of $project/records"

printf -v kzq '%q ' "${kz[@]}"
"$py" "$harness" --set "$set_file" --kzpk "${kzq% }" --home "$home" \
    --only search,lookup,timeline,profile,compare,robustness "$@"
status=$?
if [ "$failed" -gt 0 ] && [ "$status" -eq 0 ]; then
    status=1
fi
exit "$status"
