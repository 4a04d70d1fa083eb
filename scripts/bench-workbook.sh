#!/usr/bin/env bash
# Reading a district kept as one .xlsx workbook against the same district as CSV files (see
# BENCHMARKS.md). Usage: scripts/bench-workbook.sh [MEMBERS] [RUNS]   (default 50000 members,
# about a million attendance rows, Excel's limit for one sheet; 3 runs; medians)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
exec java -Xmx3g -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.branchcheck.bench.WorkbookBenchmark "${1:-50000}" "${2:-3}" target/bench-data
