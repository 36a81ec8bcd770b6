#!/usr/bin/env bash
# Builds and runs every test project, then prints the closing line "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")"
log=$(mktemp)
dotnet test ArmsTrace.sln --nologo -v quiet 2>&1 | tee "$log"
status=${PIPESTATUS[0]}
passed=$(grep -Eo 'Passed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
failed=$(grep -Eo 'Failed: +[0-9]+' "$log" | awk '{s+=$2} END {print s+0}')
rm -f "$log"
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  failed=1
fi
echo "$passed passed, $failed failed"
exit "$status"
