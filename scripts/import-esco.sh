#!/usr/bin/env bash
# Imports the CSV files of an ESCO download into the local database that scripts/run.sh uses:
#   scripts/import-esco.sh ~/Downloads/ESCO-dataset-v1.2.0-nl
# All or nothing: a file with problems is reported row by row and nothing changes. A running site picks the new
# vocabulary up within a minute.
set -euo pipefail
[ $# -eq 1 ] || { echo "usage: $0 <folder with ESCO CSV files>" >&2; exit 2; }
folder=$(cd "$1" && pwd)
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
start_services >/dev/null
cd "$LABOR_ROOT"
ConnectionStrings__Labor="$LABOR_POSTGRES;Database=labor" Hangfire__Server=false \
  exec dotnet run --project src/Host -c Release --no-launch-profile -- import-esco "$folder"
