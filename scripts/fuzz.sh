#!/usr/bin/env bash
# Coverage-guided fuzzing of the CSV, YAML and workbook readers (src/test/java/org/branchcheck/io/
# ReaderFuzzTest.java): each fuzz test runs ROUNDS times for its budget (20 s, the annotation's
# maxDuration), each round starting from the corpus the earlier ones grew (.cifuzz-corpus/).
# CI runs one round; for a longer search: scripts/fuzz.sh 30   (about 10 minutes per reader).
# A crash fails the run and leaves the input that caused it in
# src/test/resources/org/branchcheck/io/ReaderFuzzTestInputs/<test>/: commit it with the fix, so
# that it is replayed with every test run from then on.
set -euo pipefail
cd "$(dirname "$0")/.."
rounds="${1:-1}"
log="$(mktemp)"
trap 'rm -f "$log"' EXIT
for target in csvTablesAreReadOrRefused yamlDatasetsAreReadOrRefused workbooksAreReadOrRefused; do
  for ((round = 1; round <= rounds; round++)); do
    echo "fuzz: $target, round $round of $rounds"
    status=0
    JAZZER_FUZZ=1 mvn -B -ntp -q test -Dtest="ReaderFuzzTest#$target" \
      -Dsurefire.failIfNoSpecifiedTests=false > "$log" 2>&1 || status=$?
    grep -E 'DONE|== Java Exception' "$log" || true
    if [ "$status" -ne 0 ]; then
      grep -v 'INFO: Instrumented' "$log" | tail -60
      echo "fuzz: $target failed (exit $status)" >&2
      exit "$status"
    fi
  done
done
