#!/usr/bin/env bash
# Fetches the real parallel text the benchmarks use (`taalgrens-bench fuzzy|segment|align`) and prepares
# it in a cache outside the repository. Nothing it produces is ever committed.
#
#   scripts/bench-data.sh            # fetch once; prints the cache folder; does nothing when it is there
#   scripts/bench-data.sh --force    # fetch and extract again
#
# Source: the LibreOffice help in Debian's `libreoffice-help-en-us`, `libreoffice-help-nl` and
# `libreoffice-help-fr` (MPL-2.0). The packages are downloaded with `apt-get download` and unpacked with
# `dpkg-deb -x`: they are never installed (installing them pulls in LibreOffice).
#
# Alignment: every help page exists in each language under the same path
# (`usr/share/libreoffice/help/<lang>/text/…/page.html`), and every translatable paragraph or heading
# carries the same element id in each language (`<p id="par_id3146957">`, `<h2 id="hd_id3150443">`).
# A paragraph's key is the page path plus the id (plus an occurrence number when a page repeats an id);
# the paragraphs whose key exists in all three languages, with text in each, are the parallel data.
# Hidden alternatives inside a paragraph (`<span hidden="true" id="MAC…">`, shown by the help viewer's
# JavaScript for another platform or module) are dropped; the `default…` alternative is kept.
#
# Output (in ${TAALGRENS_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/taalgrens-bench}/libreoffice-help/):
#   paragraphs.jsonl  one JSON object per line: {"id": "text/shared/…html#par_id…", "en": …, "nl": …, "fr": …}
#                     (plain text, whitespace collapsed, NFC as shipped)
#   SOURCE            the package versions used
#
# Needs apt-get, dpkg-deb and python3 (its standard html.parser). Root is needed only when the package
# lists must be refreshed (`apt-get update`).
set -euo pipefail
cache="${TAALGRENS_BENCH_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/taalgrens-bench}"
out="$cache/libreoffice-help"
packages=(libreoffice-help-en-us libreoffice-help-nl libreoffice-help-fr)

if [ -s "$out/paragraphs.jsonl" ] && [ "${1:-}" != "--force" ]; then
  echo "$cache"
  exit 0
fi

mkdir -p "$cache"
work="$(mktemp -d "$cache/fetch.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cd "$work"

download() { apt-get download -o APT::Sandbox::User=root "${packages[@]}" >/dev/null 2>&1; }
if ! download; then
  echo "apt-get download failed; refreshing the package lists" >&2
  apt-get update -qq
  download || { echo "error: cannot download ${packages[*]}" >&2; exit 1; }
fi
for deb in ./*.deb; do dpkg-deb -x "$deb" unpacked; done
help="unpacked/usr/share/libreoffice/help"
for lang in en-US nl fr; do
  [ -d "$help/$lang/text" ] || { echo "error: the packages hold no $help/$lang/text" >&2; exit 1; }
done

python3 - "$help" "$work/paragraphs.jsonl" <<'PY'
import html.parser, json, os, re, sys

root, target = sys.argv[1], sys.argv[2]
VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SPACE = re.compile(r"\s+")

class Paragraphs(html.parser.HTMLParser):
    """Collects the text of every element whose id starts with par_ or hd_, keyed by id (and occurrence)."""
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = {}
        self.capture = None      # [key, tag, depth, parts]
        self.skip = None         # [tag, depth] of a hidden alternative being skipped
        self.seen = {}

    def handle_starttag(self, tag, attrs):
        if tag in VOID:
            if tag == "br" and self.capture and not self.skip:
                self.capture[3].append(" ")
            return
        a = dict(attrs)
        if self.skip is not None:
            if tag == self.skip[0]:
                self.skip[1] += 1
            return
        if self.capture is not None:
            if tag == self.capture[1]:
                self.capture[2] += 1
            if "hidden" in a and not (a.get("id") or "").startswith("default"):
                self.skip = [tag, 1]
            return
        ident = a.get("id") or ""
        if ident.startswith(("par_", "hd_")):
            n = self.seen.get(ident, 0) + 1
            self.seen[ident] = n
            self.capture = [ident if n == 1 else f"{ident}~{n}", tag, 1, []]

    def handle_endtag(self, tag):
        if self.skip is not None:
            if tag == self.skip[0]:
                self.skip[1] -= 1
                if self.skip[1] == 0:
                    self.skip = None
            return
        if self.capture is not None and tag == self.capture[1]:
            self.capture[2] -= 1
            if self.capture[2] == 0:
                text = SPACE.sub(" ", "".join(self.capture[3])).strip()
                if text:
                    self.found[self.capture[0]] = text
                self.capture = None

    def handle_data(self, data):
        if self.capture is not None and self.skip is None:
            self.capture[3].append(data)

def read(lang):
    base = os.path.join(root, lang)
    out = {}
    for folder, _, files in os.walk(os.path.join(base, "text")):
        for name in files:
            if not name.endswith(".html"):
                continue
            path = os.path.join(folder, name)
            parser = Paragraphs()
            with open(path, encoding="utf-8") as f:
                parser.feed(f.read())
            parser.close()
            page = os.path.relpath(path, base)
            for ident, text in parser.found.items():
                out[f"{page}#{ident}"] = text
    return out

en, nl, fr = read("en-US"), read("nl"), read("fr")
written = 0
with open(target, "w", encoding="utf-8") as f:
    for key in sorted(en):
        if key in nl and key in fr:
            f.write(json.dumps({"id": key, "en": en[key], "nl": nl[key], "fr": fr[key]}, ensure_ascii=False) + "\n")
            written += 1
print(f"{written} paragraphs in en, nl and fr ({len(en)} en, {len(nl)} nl, {len(fr)} fr)", file=sys.stderr)
PY

mkdir -p "$out"
for deb in ./*.deb; do dpkg-deb -f "$deb" Package Version | paste -sd' '; done > "$out/SOURCE"
mv "$work/paragraphs.jsonl" "$out/paragraphs.jsonl"
echo "$cache"
