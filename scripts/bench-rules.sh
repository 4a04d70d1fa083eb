#!/usr/bin/env bash
# Rule evaluation, CEL's interpreter against closures (see BENCHMARKS.md): phase 1's member rules
# over 2,000 synthetic members, with JMH. Each round measures both, one after the other.
# Usage: scripts/bench-rules.sh [ROUNDS] [ITERATIONS] [SECONDS]   (default 3 rounds of 3 × 1 s; medians)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -DskipTests test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.cp
exec java -Xmx1g -cp "target/classes:target/test-classes:$(cat target/bench.cp)" \
  org.branchcheck.bench.RuleEvaluationBenchmark "${1:-3}" "${2:-3}" "${3:-1}"
