#!/usr/bin/env bash
# Builds and runs every test project, then prints the closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
# Build once with every core, then run the test projects one after another (-m:1): several of
# them assert wall-clock budgets (model load, screening, ingest, first page), and on a 2-core
# machine a neighbouring test process starting PostgreSQL or chromium would be what they measure.
dotnet build ArmsTrace.sln --nologo -v quiet 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
if [ "$status" -eq 0 ]; then
  dotnet test ArmsTrace.sln --no-build --nologo -v quiet -m:1 2>&1 | tee -a "$log"
  status=${PIPESTATUS[0]}
fi
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
