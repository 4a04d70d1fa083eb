#!/usr/bin/env bash
# Essay throughput at district scale (see BENCHMARKS.md): counting and fingerprinting N essays,
# the copy search against comparing every pair, and reading a .docx.
# Usage: scripts/bench-essays.sh [ESSAYS] [RUNS]   (default 50000 essays, 3 runs; medians)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
exec java -Xmx512m -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.branchcheck.bench.EssayBenchmark "${1:-50000}" "${2:-3}"
