#!/usr/bin/env bash
# The README's run command: the web UI and API on http://localhost:5000. Without a connection string it starts
# a private PostgreSQL from the machine's binaries (data kept between runs); extra arguments go to the host's
# command line (try: ./run.sh help).
set -euo pipefail
cd "$(dirname "$0")"
./setup.sh
exec dotnet run --project src/Decisions.Host -- "$@"
