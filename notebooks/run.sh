#!/usr/bin/env bash
# Executes every notebook in notebooks/ with the "credpath-java" kernel (made by setup.sh) and
# fails on the first cell error. Executed copies go to notebooks/target/ unless --inplace is
# given, which rewrites the committed notebooks with fresh outputs.
#   notebooks/run.sh [--inplace] [NOTEBOOK.ipynb ...]
set -euo pipefail

NB="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(dirname "$NB")"
SPEC="$NB/.jupyter/kernels/credpath-java/kernel.json"
OUT="$NB/target"

say() { echo "notebooks/run: $*" >&2; }

inplace=false
notebooks=()
for arg in "$@"; do
  case "$arg" in
    --inplace) inplace=true ;;
    -h|--help) sed -n '2,5p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    -*) say "unknown option '$arg' (known: --inplace, --help)"; exit 2 ;;
    *) [ -f "$arg" ] || { say "no such notebook: $arg"; exit 2; }; notebooks+=("$(cd "$(dirname "$arg")" && pwd)/$(basename "$arg")") ;;
  esac
done
if [ ${#notebooks[@]} -eq 0 ]; then
  shopt -s nullglob
  notebooks=("$NB"/*.ipynb)
  [ ${#notebooks[@]} -gt 0 ] || { say "no notebooks in $NB"; exit 2; }
fi
[ -f "$SPEC" ] || { say "kernel spec missing ($SPEC): run notebooks/setup.sh first"; exit 2; }
command -v jupyter >/dev/null 2>&1 || { say "jupyter is not installed: run notebooks/setup.sh first"; exit 2; }

# Rebuild the application jar when the sources changed (the kernel puts it on its class path).
"$ROOT/credpath" --help >/dev/null

export JUPYTER_PATH="$NB/.jupyter${JUPYTER_PATH:+:$JUPYTER_PATH}"
export OMP_NUM_THREADS="${OMP_NUM_THREADS:-1}"
# rapaio-jupyter-kernel 3.0.1 sometimes never answers the first kernel_info request (about one
# start in five on a busy 2-core machine; its shell loop then sees no message at all). Such a
# start is retried; a failing cell is not.
ATTEMPTS=5
LOG="$(mktemp)"
trap 'rm -f "$LOG"' EXIT

execute() { # $1 = notebook; nbconvert exits non-zero when a cell fails (allow_errors is off)
  local target=(--output-dir "$OUT")
  $inplace && target=(--inplace)
  jupyter nbconvert --to notebook --execute "${target[@]}" \
    --ExecutePreprocessor.startup_timeout=30 --ExecutePreprocessor.timeout=900 \
    --ExecutePreprocessor.record_timing=False "$1" 2>&1 | tee "$LOG" >&2
}

mkdir -p "$OUT"
for nb in "${notebooks[@]}"; do
  for attempt in $(seq 1 $ATTEMPTS); do
    say "executing $(basename "$nb") (attempt $attempt of $ATTEMPTS)"
    if execute "$nb"; then
      break
    fi
    if ! grep -q "Kernel didn't respond" "$LOG" || [ "$attempt" -eq $ATTEMPTS ]; then
      say "FAILED: $(basename "$nb")"
      exit 1
    fi
    say "the kernel did not answer at start; starting it again"
  done
done
say "all ${#notebooks[@]} notebook(s) ran without errors"
