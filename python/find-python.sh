#!/usr/bin/env bash
# Prints a Python >= 3.12 interpreter (jax 0.11+ needs one): $PYTHON312, then
# python3.12/python3.13/python3 on PATH, then pyenv's versions. Fails clearly.
ok() { [ -n "$1" ] && "$1" -c 'import sys; sys.exit(sys.version_info < (3, 12))' >/dev/null 2>&1; }
for p in "${PYTHON312:-}" "$(command -v python3.12 2>/dev/null)" "$(command -v python3.13 2>/dev/null)" \
         "$(command -v python3 2>/dev/null)" /root/.pyenv/versions/3.12*/bin/python /root/.pyenv/versions/3.13*/bin/python; do
  if ok "$p"; then echo "$p"; exit 0; fi
done
echo "hlovm: need Python >= 3.12 for jax (none found as python3.12, python3.13, python3 or under /root/.pyenv/versions); set PYTHON312=/path/to/python" >&2
exit 1
