#!/usr/bin/env python3
"""Writes terminology blind set 7 (units.jsonl, labels.jsonl, termbase.xml) from the hand-written parts.

    python3 Tests/Fixtures/terminology/blind7/build.py

Nothing is generated: every sentence, label and term is written by hand in part1.py … part3.py and termbase.py.
The units and labels are written by ../labelled_set.py, as in sets 2–6; the termbase, unlike sets 2–6, as a
MultiTerm XML export (root <mtf>), which write_multiterm below writes the way MultiTerm and Trados Studio do:
UTF-16 little-endian with a byte-order mark, <conceptGrp> with its number in <concept>, a concept-level "Subject"
field and "Note" fields (the Taalgrens conventions, such as taalgrens:dnt, go there), <languageGrp> with
<language lang="NL-BE" type="Dutch (Belgium)"/>, and per term a <termGrp> with "Usage" (the status in words),
"Part of speech" fields and a <transacGrp> history line."""
import os, sys
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
import part1, part2, part3  # noqa: E401,F401  (each part appends to part1.G)
from termbase import ENTRIES
from labelled_set import build

LANGUAGES = {"en": ("EN-GB", "English (United Kingdom)"), "nl-BE": ("NL-BE", "Dutch (Belgium)"),
             "fr-BE": ("FR-BE", "French (Belgium)")}
USAGE = {"p": "preferred", "a": "admitted", "d": "forbidden", "s": "superseded"}
HISTORY = '<transacGrp><transac type="origination">termteam</transac><date>2026-11-12T10:04:31</date></transacGrp>'

def field(name, value):
    return f'<descripGrp><descrip type="{name}">{escape(value)}</descrip></descripGrp>'

def write_multiterm(here, entries):
    out = ['<?xml version="1.0" encoding="UTF-16"?>', "<mtf>"]
    for cid, subject, pos, notes, langs in entries:
        out += ["  <conceptGrp>", f"    <concept>{int(cid[1:])}</concept>", f"    {HISTORY}",
                f"    {field('Subject', subject)}"]
        out += [f"    {field('Note', n)}" for n in notes]
        for locale, terms in langs.items():
            code, name = LANGUAGES[locale]
            out += ["    <languageGrp>", f'      <language lang="{code}" type="{name}"/>']
            for term, status in terms:
                out += ["      <termGrp>", f"        <term>{escape(term)}</term>",
                        f"        {field('Usage', USAGE[status])}", f"        {field('Part of speech', pos)}",
                        f"        {HISTORY}", "      </termGrp>"]
            out.append("    </languageGrp>")
        out.append("  </conceptGrp>")
    out += ["</mtf>", ""]
    with open(os.path.join(here, "termbase.xml"), "wb") as f:
        f.write("\r\n".join(out).encode("utf-16"))  # Python writes the byte-order mark, little-endian here

build(HERE, part1.G, ENTRIES, "blind7",
      "Terminology blind set 7 (Tests/Fixtures/terminology/blind7)", write_termbase=write_multiterm)
