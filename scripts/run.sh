#!/usr/bin/env bash
# Runs Labor with demo data on http://127.0.0.1:5000, starting what it needs first. Safe to run again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
start_services

cat <<INFO

  Labor is starting. Open:
    site              http://127.0.0.1:5000
    API reference     http://127.0.0.1:5000/scalar
    OpenAPI document  http://127.0.0.1:5000/openapi/v1.json
    jobs (Hangfire)   http://127.0.0.1:5000/hangfire
    health            http://127.0.0.1:5000/health/ready
    RabbitMQ          $LABOR_RABBITMQ_MANAGEMENT   (guest / guest)
    mail inbox        $LABOR_MAIL_INBOX
  Stop with Ctrl+C.

INFO
cd "$LABOR_ROOT"
exec dotnet run --project src/Host -c Release --no-launch-profile -- \
  --urls http://127.0.0.1:5000 \
  --environment Development \
  --ConnectionStrings:Labor "$LABOR_POSTGRES;Database=labor" \
  --Labor:DemoData true
