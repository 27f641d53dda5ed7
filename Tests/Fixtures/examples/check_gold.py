#!/usr/bin/env python3
"""Sanity checks for the hand-made gold files of the example articles.

For every folder under Tests/Fixtures/examples/ that has a beads.json, this script
checks, for each locale listed there:

  * the article Examples/articles/<id>/<locale>.md exists and has front matter with a title;
  * <locale>.segments.json names the right locale, uses only known block kinds, and has
    the same sequence of block kinds as the article read with a rough Markdown reader
    (title, heading, paragraph, listItem, quote, caption);
  * inside each block, the segments joined by one space give the block's plain text
    (inline markup removed, soft line breaks read as a space), and so every segment
    occurs in the article's plain text;
  * all locales have the same sequence of block kinds;
  * beads.json: every segment index of every locale appears in exactly one bead, and
    the beads run in document order (indices ascending, no gaps).

It then prints, per target locale, how many beads have each shape n-m
(n English segments, m target segments): 1-1, 1-2, 2-1, ...

Usage: python3 Tests/Fixtures/examples/check_gold.py [ARTICLE_ID ...]
Exit status 0 when everything holds, 1 otherwise. Standard library only.
"""

import json
import os
import re
import sys
from collections import Counter

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
ARTICLES = os.path.join(ROOT, "Examples", "articles")
KINDS = {"title", "heading", "paragraph", "listItem", "quote", "tableCell", "caption"}

LINK = re.compile(r"(?<!!)\[([^\]]*)\]\([^)\s]*\)")
IMAGE = re.compile(r"^!\[([^\]]*)\]\([^)]*\)$")
EMPHASIS = re.compile(r"\*\*|\*")


def plain(text):
    """Inline Markdown to plain text: link text kept, URL and * / ** dropped."""
    text = LINK.sub(r"\1", text)
    text = EMPHASIS.sub("", text)
    return re.sub(r"[ \t\n\r]+", " ", text).strip()


def front_matter(source):
    """Splits '---' front matter from the body; returns (dict of flat keys, body)."""
    lines = source.split("\n")
    if not lines or lines[0].strip() != "---":
        raise ValueError("no front matter")
    end = lines.index("---", 1)
    meta = {}
    for line in lines[1:end]:
        if ":" in line:
            key, value = line.split(":", 1)
            meta[key.strip()] = value.strip()
    return meta, "\n".join(lines[end + 1:])


def read_blocks(path):
    """A rough Markdown reader, enough for the example articles."""
    with open(path, encoding="utf-8") as f:
        meta, body = front_matter(f.read())
    if not meta.get("title"):
        raise ValueError(f"{path}: front matter has no title")
    blocks = [("title", plain(meta["title"]))]
    for chunk in re.split(r"\n[ \t]*\n", body):
        chunk = chunk.strip("\n")
        if not chunk.strip():
            continue
        lines = chunk.split("\n")
        if re.match(r"#{1,6} ", lines[0]):
            blocks.append(("heading", plain(lines[0].lstrip("#"))))
        elif lines[0].startswith("- "):
            items = []
            for line in lines:
                if line.startswith("- "):
                    items.append(line[2:])
                else:
                    items[-1] += " " + line  # continuation line of an item
            blocks.extend(("listItem", plain(item)) for item in items)
        elif lines[0].startswith(">"):
            blocks.append(("quote", plain(" ".join(l.lstrip(">") for l in lines))))
        elif IMAGE.match(chunk.strip()):
            blocks.append(("caption", plain(IMAGE.match(chunk.strip()).group(1))))
        else:
            blocks.append(("paragraph", plain(chunk)))
    return meta, blocks


def check_article(article_id, errors):
    fixture = os.path.join(HERE, article_id)
    with open(os.path.join(fixture, "beads.json"), encoding="utf-8") as f:
        beads_doc = json.load(f)
    locales = beads_doc["locales"]
    source = beads_doc["source"]
    counts = {}
    kinds_by_locale = {}

    def err(msg):
        errors.append(f"{article_id}: {msg}")

    for locale in locales:
        md = os.path.join(ARTICLES, article_id, f"{locale}.md")
        try:
            meta, blocks = read_blocks(md)
        except (OSError, ValueError) as e:
            err(f"{locale}: cannot read article: {e}")
            continue
        article_text = " ".join(text for _, text in blocks)
        with open(os.path.join(fixture, f"{locale}.segments.json"), encoding="utf-8") as f:
            gold = json.load(f)
        if gold.get("locale") != locale:
            err(f"{locale}.segments.json says locale {gold.get('locale')!r}")
        gold_blocks = gold["blocks"]
        kinds = [b["kind"] for b in gold_blocks]
        kinds_by_locale[locale] = kinds
        for k in kinds:
            if k not in KINDS:
                err(f"{locale}: unknown block kind {k!r}")
        if kinds != [k for k, _ in blocks]:
            err(f"{locale}: block kinds differ from the article:\n  gold    {kinds}\n  article {[k for k, _ in blocks]}")
        n = 0
        for i, gb in enumerate(gold_blocks):
            segs = gb["segments"]
            if not segs:
                err(f"{locale}: block {i} has no segments")
            for s in segs:
                n += 1
                if s != s.strip() or not s:
                    err(f"{locale}: segment not trimmed or empty: {s!r}")
                if s not in article_text:
                    err(f"{locale}: segment not found in the article text: {s!r}")
            if i < len(blocks) and " ".join(segs) != blocks[i][1]:
                err(f"{locale}: block {i} ({gb['kind']}): segments do not rebuild the block text\n"
                    f"  gold    {' '.join(segs)!r}\n  article {blocks[i][1]!r}")
        counts[locale] = n

    first = kinds_by_locale.get(source)
    for locale, kinds in kinds_by_locale.items():
        if kinds != first:
            err(f"{locale}: block structure differs from {source}")

    # beads: exact cover, in order
    nexts = {loc: 0 for loc in locales}
    for bi, bead in enumerate(beads_doc["beads"]):
        segs = bead["segments"]
        if set(segs) != set(locales):
            err(f"bead {bi}: locales {sorted(segs)} instead of {locales}")
            continue
        if all(not segs[loc] for loc in locales):
            err(f"bead {bi} is empty")
        for loc in locales:
            for idx in segs[loc]:
                if idx != nexts[loc]:
                    err(f"bead {bi}: {loc} index {idx}, expected {nexts[loc]} (gap, repeat or disorder)")
                nexts[loc] = idx + 1
    for loc in locales:
        if loc in counts and nexts[loc] != counts[loc]:
            err(f"beads cover {loc} up to {nexts[loc]}, but the gold has {counts[loc]} segments")

    shapes = {}
    for loc in locales:
        if loc == source:
            continue
        shapes[loc] = Counter(f"{len(b['segments'][source])}-{len(b['segments'][loc])}"
                              for b in beads_doc["beads"])
    return counts, len(beads_doc["beads"]), shapes


def main(argv):
    ids = argv[1:] or sorted(d for d in os.listdir(HERE)
                             if os.path.isfile(os.path.join(HERE, d, "beads.json")))
    errors = []
    totals = {}
    for article_id in ids:
        before = len(errors)
        try:
            counts, nbeads, shapes = check_article(article_id, errors)
        except (OSError, KeyError, ValueError) as e:
            errors.append(f"{article_id}: {type(e).__name__}: {e}")
            continue
        status = "ok" if len(errors) == before else "FAILED"
        seg = ", ".join(f"{loc} {n}" for loc, n in counts.items())
        print(f"{article_id}: {status}; segments: {seg}; beads: {nbeads}")
        for loc, c in shapes.items():
            totals.setdefault(loc, Counter()).update(c)
            detail = ", ".join(f"{k}: {c[k]}" for k in sorted(c))
            print(f"  en→{loc}: {detail}")
    for loc, c in totals.items():
        print(f"all articles en→{loc}: 1-1: {c['1-1']}, 1-2: {c['1-2']}, 2-1: {c['2-1']}"
              + "".join(f", {k}: {c[k]}" for k in sorted(c) if k not in ("1-1", "1-2", "2-1")))
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
