#!/usr/bin/env bash
# Fetches OmegaT's default segmentation rules for the tests: `defaultRules.srx`, which Debian's `omegat`
# package carries inside /usr/share/omegat/OmegaT.jar at org/omegat/core/segmentation/defaultRules.srx.
# The file is OmegaT's (GPL) and is never committed: it goes to .build-data/omegat/ (gitignored), where
# Tests/SegmentationTests/OmegaTRulesTests.swift reads it.
#
#   scripts/fetch-omegat-srx.sh            # fetch once; does nothing when the file is already there
#   scripts/fetch-omegat-srx.sh --force    # fetch again
#
# Needs apt-get (the package is downloaded, not installed: OmegaT would pull in Java), dpkg-deb and unzip
# (or python3). Root is only needed when the package lists must be refreshed.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/.build-data/omegat"
target="$out/defaultRules.srx"
member="org/omegat/core/segmentation/defaultRules.srx"

if [ -s "$target" ] && [ "${1:-}" != "--force" ]; then
  echo "$target"
  exit 0
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$work"

download() { apt-get download -o APT::Sandbox::User=root omegat >/dev/null 2>&1; }
if ! download; then
  echo "apt-get download omegat failed; refreshing the package lists" >&2
  apt-get update -qq
  download || { echo "error: cannot download the Debian package omegat" >&2; exit 1; }
fi

deb="$(ls omegat_*.deb)"
dpkg-deb -x "$deb" package
jar="package/usr/share/omegat/OmegaT.jar"
[ -f "$jar" ] || { echo "error: $deb holds no /usr/share/omegat/OmegaT.jar" >&2; exit 1; }

mkdir -p "$out"
if command -v unzip >/dev/null 2>&1; then
  unzip -p "$jar" "$member" > "$work/defaultRules.srx"
else
  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read(sys.argv[2]))' \
    "$jar" "$member" > "$work/defaultRules.srx"
fi
[ -s "$work/defaultRules.srx" ] || { echo "error: $jar holds no $member" >&2; exit 1; }
mv "$work/defaultRules.srx" "$target"
echo "$target (from $deb)"
