#!/usr/bin/env bash
# Installs the tools that tests (not the product) need, beyond the machine image:
# - xmllint (libxml2-utils): validates our XLIFF against the OASIS schemas and our TMX against the DTD;
# - OmegaT's defaultRules.srx (Debian package omegat, never committed): the segmenter must load it;
# - Translate Toolkit (PyPI translate-toolkit 3.20.x) for the python3 on the PATH: Tests/InteropTests read
#   our XLIFF and TMX back with it (scripts/interop/ttk_dump.py).
# Idempotent; needs root (apt-get). The product itself needs nothing beyond the image.
set -euo pipefail
cd "$(dirname "$0")/.."
need=()
command -v xmllint >/dev/null 2>&1 || need+=(libxml2-utils)
if [ ${#need[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${need[@]}" >/dev/null
fi
if [ -x scripts/fetch-omegat-srx.sh ]; then scripts/fetch-omegat-srx.sh; fi
if ! python3 -c 'import translate.storage.xliff2' >/dev/null 2>&1; then
  if ! python3 -m pip --version >/dev/null 2>&1; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq python3-pip >/dev/null
  fi
  ttk='translate-toolkit>=3.20,<3.21'
  # Debian's own python3 refuses pip installs (PEP 668, "externally managed"); this is a throw-away test
  # machine, so install anyway there.
  python3 -m pip install --quiet --root-user-action=ignore "$ttk" \
    || python3 -m pip install --quiet --root-user-action=ignore --break-system-packages "$ttk"
  python3 -c 'import translate.storage.xliff2' \
    || { echo "error: translate-toolkit is still not importable by $(command -v python3)" >&2; exit 1; }
fi
