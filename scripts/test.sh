#!/usr/bin/env bash
# Runs every test against real services, starting them first. Safe to run again.
# Ends with the line "N passed, N failed".
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
set -e
start_services
apt_install chromium chromium-driver
# The SMTP server that refuses and defers like real ones (tools/smtp/scripted_smtp.py), for the digest tests.
apt_install python3-aiosmtpd
set +e

export LABOR_TEST_POSTGRES="$LABOR_POSTGRES"
export LABOR_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:5672"
export LABOR_TEST_RABBITMQ_MANAGEMENT="$LABOR_RABBITMQ_MANAGEMENT/"
export LABOR_TEST_MAIL_INBOX="$LABOR_MAIL_INBOX" LABOR_TEST_MAIL_KIND="$LABOR_MAIL_KIND" LABOR_TEST_SMTP=127.0.0.1:1025

cd "$LABOR_ROOT"
esco="${LABOR_ESCO_FOLDER:-$LABOR_ROOT/../shared/esco}"
if [ -f "$esco/occupations_nl.csv" ]; then
  echo "ESCO files found in $esco: the real-data import test imports them."
else
  echo "No ESCO files in $esco: the real-data import test has nothing to check (set LABOR_ESCO_FOLDER)."
fi
log="$LABOR_RUN/test.log"
say "Building"
if ! dotnet build Labor.sln -c Release -nologo -v q 2>&1 | tee "$log" | grep -E "error|Build succeeded" ; then :; fi
if ! grep -q "Build succeeded" "$log"; then
  echo "The build failed; see above."
  echo "0 passed, 1 failed"
  exit 1
fi

say "Testing (one test assembly at a time: the broker-outage test stops the shared broker)"
dotnet test Labor.sln -c Release --no-build -nologo -m:1 --logger "console;verbosity=normal" 2>&1 | tee -a "$log" | grep -E "^\s+(Passed|Failed|Skipped) |^(Passed|Failed)!|error" 
status=${PIPESTATUS[0]}

passed=0; failed=0
while read -r f p; do passed=$((passed + p)); failed=$((failed + f)); done < <(
  # Each test assembly closes with "Total tests: N", "     Passed: N", "     Failed: N" (the last two when non-zero).
  awk '/^Total tests:/ { if (seen) print f, p; seen = 1; p = 0; f = 0 }
       /^ +Passed: [0-9]+$/ { p = $2 } /^ +Failed: [0-9]+$/ { f = $2 }
       END { if (seen) print f, p }' "$log")
if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "No test ran."; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
