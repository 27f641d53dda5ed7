#!/usr/bin/env python3
"""Writes terminology blind set 2 (units.jsonl, labels.jsonl, termbase.tbx) from the hand-written parts.

    python3 Tests/Fixtures/terminology/blind2/build.py

Nothing is generated: every sentence, label and term is written by hand in part1.py … part3.py and
termbase.py. The writing (French spaces, unit numbering, JSON lines, TBX v3) is ../labelled_set.py's."""
import os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
import part1, part2, part3  # noqa: E401,F401  (each part appends to part1.G)
from termbase import ENTRIES
from labelled_set import build

build(HERE, part1.G, ENTRIES, "blind2",
      "Terminology blind set 2 (Tests/Fixtures/terminology/blind2): Belgian online-safety and public-service terms in en, nl-BE and fr-BE, written by hand for the set (termbase.py).")
