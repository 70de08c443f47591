#!/usr/bin/env bash
# Runs a benchmark against the same local services as the tests: bench/run.sh outbox [events] | autocomplete [queries] |
# search [vacancies] [queries] | matching [jobseekers] [vacancies] | matching-national [jobseekers] [vacancies] |
# matching-scaleout [jobseekers] [vacancies] [runs] | digests [readers] |
# load [concurrency] [seconds] [warm-up seconds] [vacancies] [only targets containing]
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/../scripts/services.sh"
start_services >/dev/null
# digests delivers to its own SMTP server (aiosmtpd), as the tests that need refusals do.
case "${1:-}" in digests) apt_install python3-aiosmtpd >/dev/null ;; esac
export LABOR_TEST_POSTGRES="$LABOR_POSTGRES"
export LABOR_TEST_RABBITMQ="amqp://guest:guest@127.0.0.1:5672"
export LABOR_TEST_RABBITMQ_MANAGEMENT="$LABOR_RABBITMQ_MANAGEMENT/"
cd "$LABOR_ROOT"
# WebApplicationFactory finds the host's content root through its test-assembly metadata; a console app names it.
export ASPNETCORE_TEST_CONTENTROOT_LABOR_HOST="$LABOR_ROOT/src/Host"
# The nightly run is a Hangfire job inside the host, which runs server GC (Sdk.Web); the bench process matches it,
# as it does when the load test serves requests from the host inside it.
case "${1:-}" in matching* | load) export DOTNET_gcServer=1 ;; esac
# Line by line: a long run's parts show as they are measured, also when the output goes to a file.
dotnet run -c Release --project bench/Labor.Bench -- "$@" 2>&1 | grep --line-buffered -vE "^(warn|info):|^\s+(Now listening|Application|Hosting|Content root)"
