#!/usr/bin/env bash
# The README's test command: builds everything and runs the whole suite against a throwaway PostgreSQL
# that the suite starts from the machine's own binaries and removes afterwards.
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
dotnet test Decisions.sln "$@"
