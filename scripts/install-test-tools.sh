#!/usr/bin/env bash
# Installs the tools that tests (not the product) need, beyond the machine image:
# - xmllint (libxml2-utils): validates our XLIFF against the OASIS schemas and our TMX against the DTD;
# - OmegaT's defaultRules.srx (Debian package omegat, never committed): the segmenter must load it.
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
