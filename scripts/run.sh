#!/usr/bin/env bash
# Runs Labor with demo data on http://127.0.0.1:5000, starting what it needs first. Safe to run again.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
start_services

# Demo accounts get a password generated on this machine once (never one written in the code).
password_file="$LABOR_RUN/demo-password"
[ -s "$password_file" ] || (umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > "$password_file")
demo_password=$(cat "$password_file")

cat <<INFO

  Labor is starting. Open:
    site              http://127.0.0.1:5000
    API reference     http://127.0.0.1:5000/scalar
    OpenAPI document  http://127.0.0.1:5000/openapi/v1.json
    jobs (Hangfire)   http://127.0.0.1:5000/hangfire
    health            http://127.0.0.1:5000/health/ready
    RabbitMQ          $LABOR_RABBITMQ_MANAGEMENT   (guest / guest)
    mail inbox        $LABOR_MAIL_INBOX

  Demo accounts, all with the password  $demo_password   (kept in .run/demo-password)
    admin@labor.example         Admin: users, jobs
    werkgever@labor.example     Employer of "Zorggroep De IJssel (demo)": publishes and closes vacancies
    werkzoekende@labor.example  Jobseeker
    sectortafel@labor.example   SectorLead, kartrekker of Zorg & Welzijn
    programma@labor.example     ProgrammeStaff
  Stop with Ctrl+C.

INFO
cd "$LABOR_ROOT"
exec dotnet run --project src/Host -c Release --no-launch-profile -- \
  --urls http://127.0.0.1:5000 \
  --environment Development \
  --ConnectionStrings:Labor "$LABOR_POSTGRES;Database=labor" \
  --Labor:DemoData true \
  --Labor:DemoPassword "$demo_password" \
  --Security:SecureCookies false
