#!/usr/bin/env python3
"""Writes terminology blind set 4 (units.jsonl, labels.jsonl, termbase.csv) from the hand-written parts.

    python3 Tests/Fixtures/terminology/blind4/build.py

Nothing is generated: every sentence, label and term is written by hand in part1.py … part3.py and
termbase.py. The units and labels are written by ../labelled_set.py; the termbase, unlike sets 2 and 3, as a
spreadsheet glossary (concept rows, languages named in words, ";" between fields, "|" between synonyms,
"Do not use (…)" columns), which write_csv below writes."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
import part1, part2, part3  # noqa: E401,F401  (each part appends to part1.G)
from termbase import ENTRIES
from labelled_set import build

HEADER = ["ID", "English", "Dutch (Belgium)", "French (Belgium)", "Do not use (nl-BE)", "Do not use (fr-BE)",
          "Part of speech", "Note"]

def cell(text):
    """A field, quoted (RFC 4180) when it holds the separator, a quote or a line break."""
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ';"\n') else text

def write_csv(here, entries):
    rows = [HEADER]
    for cid, pos, note, en, nl, fr, nl_bad, fr_bad in entries:
        for terms in (en, nl, fr, nl_bad, fr_bad):
            assert all("|" not in t and ";" not in t for t in terms), terms
        rows.append([cid, " | ".join(en), " | ".join(nl), " | ".join(fr), " | ".join(nl_bad), " | ".join(fr_bad), pos, note])
    with open(os.path.join(here, "termbase.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("".join(";".join(cell(c) for c in r) + "\r\n" for r in rows))

build(HERE, part1.G, ENTRIES, "blind4",
      "Terminology blind set 4 (Tests/Fixtures/terminology/blind4)", write_termbase=write_csv)
