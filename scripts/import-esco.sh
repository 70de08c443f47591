#!/usr/bin/env bash
# Imports an ESCO download into the local database that scripts/run.sh uses: folders of CSV files, the official zip
# archives, or single CSV files, for example
#   scripts/import-esco.sh ~/Downloads/ESCO-dataset-v1.2.0-en.zip ~/Downloads/ESCO-dataset-v1.2.0.zip ~/esco-nl/
# All or nothing: a file with problems is reported row by row and nothing changes. A running site picks the new
# vocabulary up within a minute. (The v1.1.1 download in data/esco is imported by itself on a database's first start.)
set -euo pipefail
[ $# -ge 1 ] || { echo "usage: $0 <folder, zip archive or CSV file> [more …]" >&2; exit 2; }
paths=()
for path in "$@"; do paths+=("$(cd "$(dirname "$path")" && pwd)/$(basename "$path")"); done
source "$(dirname "${BASH_SOURCE[0]}")/services.sh"
start_services >/dev/null
cd "$LABOR_ROOT"
ConnectionStrings__Labor="$LABOR_POSTGRES;Database=labor" Hangfire__Server=false \
  exec dotnet run --project src/Host -c Release --no-launch-profile -- import-esco "${paths[@]}"
