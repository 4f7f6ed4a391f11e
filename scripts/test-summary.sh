#!/usr/bin/env bash
# Reads a test run's TRX results and prints "tests: N passed, N failed, N skipped" as its last line.
# Usage: scripts/test-summary.sh TRX FLOOR [EXTRA_PASSED EXTRA_FAILED]
#   FLOOR: the least number of tests a whole run has (a number, or a file holding it; "-" when the run was
#   filtered and so has fewer); EXTRA_*: checks run outside the test run, counted with it (test.sh's published host).
# Non-zero exit, with a message saying why, when a test failed (or is missing from the results), when no test ran,
# when fewer ran than FLOOR, or when a test was skipped without a reason; every skipped test is listed with its reason.
set -euo pipefail

trx="$1" floor="$2" extra_passed="${3:-0}" extra_failed="${4:-0}"
[ -f "$floor" ] && floor="$(tr -d '[:space:]' <"$floor")"
summary() { echo "tests: $1 passed, $2 failed, $3 skipped"; }

if [ ! -f "$trx" ]; then
  echo "The test run produced no results ($trx)." >&2
  summary "$extra_passed" "$((extra_failed + 1))" 0
  exit 1
fi

# Counted from the results themselves: the TRX logger writes NUnit's ignored tests as NotExecuted but leaves its
# notExecuted counter at 0. One "outcome<TAB>name<TAB>reason" a line; a skipped test's reason is its result's message.
results="$(awk '
  /<UnitTestResult / {
    outcome = ""; name = ""; reason = ""; inside = ($0 !~ /\/>[[:space:]]*$/)
    if (match($0, /outcome="[^"]*"/)) outcome = substr($0, RSTART + 9, RLENGTH - 10)
    if (match($0, /testName="[^"]*"/)) name = substr($0, RSTART + 10, RLENGTH - 11)
    if (!inside) print outcome "\t" name "\t"
    next
  }
  inside && reason == "" && /<Message>/ {
    reason = $0; sub(/.*<Message>/, "", reason); sub(/<\/Message>.*/, "", reason); gsub(/^[[:space:]]+|[[:space:]]+$/, "", reason)
  }
  inside && /<\/UnitTestResult>/ { print outcome "\t" name "\t" reason; inside = 0 }
' "$trx")"
count() { [ -z "$results" ] && echo 0 || cut -f1 <<<"$results" | grep -cx "$1" || true; }
passed="$(count Passed)"; skipped="$(count NotExecuted)"
total=0; [ -z "$results" ] || total="$(wc -l <<<"$results")"
# A run that stopped early lists fewer results than its counter of tests: the missing ones count as failed.
counted="$(grep -o "<Counters [^>]*" "$trx" | grep -o " total=\"[0-9]*\"" | grep -o "[0-9]*" || echo 0)"
[ "$counted" -le "$total" ] || total="$counted"
failed=$((total - passed - skipped))
status=0
[ "$failed" -eq 0 ] || status=1

skips="$(awk -F '\t' '$1 == "NotExecuted" { print $2 "\t" $3 }' <<<"$results")"
unexplained=0
if [ -n "$skips" ]; then
  echo "Skipped tests:"
  while IFS=$'\t' read -r name reason; do
    if [ -n "$reason" ]; then
      echo "  $name: $reason"
    else
      echo "  $name: NO REASON GIVEN" >&2
      unexplained=1
    fi
  done <<<"$skips"
  [ "$unexplained" -eq 0 ] || status=1
  [ "$unexplained" -eq 0 ] || echo "A test was skipped without a reason: every skip must say why (Assert.Ignore(\"...\"), [Ignore(\"...\")])." >&2
fi

# The slowest tests, for keeping the whole run within its time budget (README: under 15 minutes on 2 cores). Not
# `head`: it would stop reading, and under pipefail the SIGPIPE of a long sort would end this script before its summary.
slowest="$(awk '
  /<UnitTestResult / && match($0, /duration="[0-9:.]*"/) {
    split(substr($0, RSTART + 10, RLENGTH - 11), part, ":"); seconds = part[1] * 3600 + part[2] * 60 + part[3]
    if (match($0, /testName="[^"]*"/)) printf "%8.1f s  %s\n", seconds, substr($0, RSTART + 10, RLENGTH - 11)
  }' "$trx" | sort -rn | awk 'NR <= 10')"
[ -z "$slowest" ] || printf 'Slowest tests:\n%s\n' "$slowest"

if [ "$total" -eq 0 ]; then
  echo "No test ran: the run found no tests (a filter that matches nothing, or a build without tests)." >&2
  status=1
elif [ "$floor" != "-" ] && [ "$total" -lt "$floor" ]; then
  echo "Only $total tests ran, fewer than the $floor known (Adology.Tests/expected-test-count): tests went missing." >&2
  echo "If tests were removed on purpose, lower the number in that file in the same commit." >&2
  status=1
fi

summary "$((passed + extra_passed))" "$((failed + extra_failed))" "$skipped"
[ "$extra_failed" -eq 0 ] || status=1
exit "$status"
