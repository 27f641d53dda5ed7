#!/usr/bin/env python3
"""Writes terminology blind set 6 (units.jsonl, labels.jsonl, termbase.csv) from the hand-written parts.

    python3 Tests/Fixtures/terminology/blind6/build.py

Nothing is generated: every sentence, label and term is written by hand in part1.py … part3.py and
termbase.py. The units and labels are written by ../labelled_set.py, as in sets 2–5; the termbase, unlike sets
2–5, as a CSV of term rows (one row per term: id;locale;term;status;partOfSpeech;note;entryNote;subjectField),
which write_term_rows below writes: ";" between fields (Belgian Excel), CRLF line ends, RFC 4180 quoting, the
status as the words teams write ("preferred", "admitted", "forbidden"), a usage note per term, and the entry's
notes (one per line, the Taalgrens conventions among them) and subject field on the entry's first row."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
import part1, part2, part3  # noqa: E401,F401  (each part appends to part1.G)
from termbase import ENTRIES
from labelled_set import build

HEADER = ["id", "locale", "term", "status", "partOfSpeech", "note", "entryNote", "subjectField"]
STATUS = {"p": "preferred", "a": "admitted", "d": "forbidden"}

def cell(text):
    """A field, quoted (RFC 4180) when it holds the separator, a quote or a line break."""
    return '"' + text.replace('"', '""') + '"' if any(c in text for c in ';"\n') else text

def write_term_rows(here, entries):
    rows = [HEADER]
    for cid, subject, pos, notes, langs in entries:
        first = True
        for locale, terms in langs.items():
            for term, status, usage in terms:
                rows.append([cid, locale, term, STATUS[status], pos, usage,
                             "\n".join(notes) if first else "", subject if first else ""])
                first = False
    with open(os.path.join(here, "termbase.csv"), "w", encoding="utf-8", newline="") as f:
        f.write("".join(";".join(cell(c) for c in r) + "\r\n" for r in rows))

build(HERE, part1.G, ENTRIES, "blind6",
      "Terminology blind set 6 (Tests/Fixtures/terminology/blind6)", write_termbase=write_term_rows)
