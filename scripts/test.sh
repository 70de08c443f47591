#!/usr/bin/env bash
# Runs every test: first the fast ones (the modules' rules, no services: a broken rule is reported in seconds), then
# those against real services, starting them first. Safe to run again.
# Ends with the line "N passed, N failed", counting every test once.
set -uo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
cd "$LABOR_ROOT"

# The fast tests: every project under tests/ named *.Tests, and the architecture tests. They need no service.
fast=(tests/*.Tests tests/Labor.ArchitectureTests)
# The slow tests: against PostgreSQL, RabbitMQ, an SMTP server and a browser.
slow=(tests/Labor.IntegrationTests tests/Labor.BrowserTests)

log="$LABOR_RUN/test.log"

# "passed failed" over the test runs in the given logs. Each test assembly closes with "Total tests: N",
# "     Passed: N", "     Failed: N" (the last two when non-zero).
tally() {
  awk '/^Total tests:/ { if (seen) { P += p; F += f } seen = 1; p = 0; f = 0 }
       /^ +Passed: [0-9]+$/ { p = $2 } /^ +Failed: [0-9]+$/ { f = $2 }
       END { if (seen) { P += p; F += f } print P + 0, F + 0 }' "$@"
}

say "Building"
if ! dotnet build Labor.sln -c Release -nologo -v q 2>&1 | tee "$log" | grep -E "error|Build succeeded" ; then :; fi
if ! grep -q "Build succeeded" "$log"; then
  echo "The build failed; see above."
  echo "0 passed, 1 failed"
  exit 1
fi

# Before any service is started (that can take minutes). One project after another: run side by side, their hosts
# starting at once slow the reference tests' recorded geocoder past its 300 ms attempt timeout.
say "Fast tests: the modules' rules, without services"
started=$SECONDS
fast_status=0
fast_logs=()
for project in "${fast[@]}"; do
  fast_logs+=("$LABOR_RUN/${project##*/}.log")
  dotnet test "$project" -c Release --no-build -nologo --logger "console;verbosity=normal" > "${fast_logs[-1]}" 2>&1 || fast_status=1
  cat "${fast_logs[-1]}" >> "$log"
  # A failed test with its message (not its stack trace, which the log keeps).
  awk '/^  Failed / { show = 1 } /^  Stack Trace:/ { show = 0 } show' "${fast_logs[-1]}"
  read -r passed failed < <(tally "${fast_logs[-1]}")
  printf '  %-26s %4d passed, %d failed\n' "${project##*/}" "$passed" "$failed"
done
read -r fast_passed fast_failed < <(tally "${fast_logs[@]}")
if [ "$fast_status" -ne 0 ] || [ "$fast_failed" -ne 0 ]; then
  printf '\033[1;31mFAST TESTS FAILED\033[0m (%d failed, %d passed, in %d s): a rule is broken, see above. The tests against services run all the same, so that every count is reported.\n' \
    "$fast_failed" "$fast_passed" "$((SECONDS - started))"
else
  echo "Fast tests passed: $fast_passed in $((SECONDS - started)) s."
fi

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

esco="${LABOR_ESCO_FOLDER:-$LABOR_ROOT/../shared/esco}"
if [ -f "$esco/occupations_nl.csv" ]; then
  echo "ESCO files found in $esco: the real-data import test imports them."
else
  echo "No ESCO files in $esco: the real-data import test has nothing to check (set LABOR_ESCO_FOLDER)."
fi

say "Testing against the services (one test assembly at a time: the broker-outage test stops the shared broker)"
slow_status=0
for project in "${slow[@]}"; do
  dotnet test "$project" -c Release --no-build -nologo -m:1 --logger "console;verbosity=normal" 2>&1 | tee -a "$log" | grep -E "^\s+(Passed|Failed|Skipped) |^(Passed|Failed)!|error"
  [ "${PIPESTATUS[0]}" -eq 0 ] || slow_status=1
done

read -r passed failed < <(tally "$log")
if { [ "$fast_status" -ne 0 ] || [ "$slow_status" -ne 0 ]; } && [ "$failed" -eq 0 ]; then failed=1; fi
if [ "$passed" -eq 0 ] && [ "$failed" -eq 0 ]; then failed=1; echo "No test ran."; fi
if [ "$fast_status" -ne 0 ] || [ "$fast_failed" -ne 0 ]; then echo "The fast tests failed: see \"Fast tests\" above."; fi
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]
