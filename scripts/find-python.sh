#!/usr/bin/env bash
# Prints the path of a Python >= 3.12: first on PATH, then under pyenv. Says plainly when there is none.
set -u
ok() { "$1" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 12) else 1)' >/dev/null 2>&1; }
for name in python3.14 python3.13 python3.12 python3 python; do
  cand=$(command -v "$name" 2>/dev/null) || continue
  if ok "$cand"; then echo "$cand"; exit 0; fi
done
roots=()
command -v pyenv >/dev/null 2>&1 && roots+=("$(pyenv root 2>/dev/null)")
roots+=("${PYENV_ROOT:-}" "$HOME/.pyenv" /root/.pyenv /opt/pyenv)
for root in "${roots[@]}"; do
  [ -n "$root" ] && [ -d "$root/versions" ] || continue
  for cand in $(ls -d "$root"/versions/3.* 2>/dev/null | sort -V -r); do
    for exe in "$cand/bin/python3" "$cand/bin/python"; do
      if [ -x "$exe" ] && ok "$exe"; then echo "$exe"; exit 0; fi
    done
  done
done
echo "No Python 3.12 or newer found (looked on PATH and under pyenv). Install Python >= 3.12 and try again." >&2
exit 1
