#!/usr/bin/env bash
# Scores vnnews on the annotated sources of eval/ (see run.py --help).
exec python3 "$(dirname "$0")/run.py" "$@"
