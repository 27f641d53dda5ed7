#!/usr/bin/env python3
"""Writes terminology blind set 5 (units.jsonl, labels.jsonl, termbase.tbx) from the hand-written parts.

    python3 Tests/Fixtures/terminology/blind5/build.py

Nothing is generated: every sentence, label and term is written by hand in part1.py … part3.py and
termbase.py. The units and labels are written by ../labelled_set.py, as in sets 2–4; the termbase, unlike sets
2 and 3 (TBX v3) and 4 (a spreadsheet), as TBX 2008 (ISO 30042:2008, "martif"), which write_martif below writes:
the DOCTYPE that exporters write (never loaded: Taalgrens resolves no external entity), a martifHeader,
termEntry > langSet, and each term in a <tig> with an administrativeStatus termNote (odd entries) or in an
<ntig> > <termGrp> with a normativeAuthorization termNote (even entries), as TBX 2008 tools write one or the
other."""
import os, sys
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
import part1, part2, part3  # noqa: E401,F401  (each part appends to part1.G)
from termbase import ENTRIES
from labelled_set import build

ADMIN = {"p": "preferredTerm-admn-sts", "a": "admittedTerm-admn-sts", "d": "deprecatedTerm-admn-sts"}
NORMATIVE = {"p": "preferredTerm", "a": "admittedTerm", "d": "deprecatedTerm"}

def write_martif(here, entries):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<!DOCTYPE martif SYSTEM "TBXcoreStructV02.dtd">',
           '<martif type="TBX" xml:lang="en">',
           '  <martifHeader>',
           '    <fileDesc><sourceDesc><p>Terminology blind set 5 (Tests/Fixtures/terminology/blind5): Belgian taxes, '
           'mobility, social security, environment and digital government in en, nl-BE and fr-BE, written by hand '
           'for the set (termbase.py).</p></sourceDesc></fileDesc>',
           '    <encodingDesc><p type="XCSURI">TBXXCSV02.xcs</p></encodingDesc>',
           '  </martifHeader>',
           '  <text>', '    <body>']
    for k, (cid, subject, pos, notes, langs) in enumerate(entries, 1):
        out.append(f'      <termEntry id="{cid}">')
        out.append(f'        <descrip type="subjectField">{escape(subject)}</descrip>')
        out += [f"        <note>{escape(x)}</note>" for x in notes]
        for locale, terms in langs.items():
            out.append(f'        <langSet xml:lang="{locale}">')
            for term, status in terms:
                if k % 2:
                    out.append(f'          <tig><term>{escape(term)}</term>'
                               f'<termNote type="partOfSpeech">{pos}</termNote>'
                               f'<termNote type="administrativeStatus">{ADMIN[status]}</termNote></tig>')
                else:
                    out.append(f'          <ntig><termGrp><term>{escape(term)}</term>'
                               f'<termNote type="partOfSpeech">{pos}</termNote>'
                               f'<termNote type="normativeAuthorization">{NORMATIVE[status]}</termNote></termGrp></ntig>')
            out.append("        </langSet>")
        out.append("      </termEntry>")
    out += ["    </body>", "  </text>", "</martif>", ""]
    with open(os.path.join(here, "termbase.tbx"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

build(HERE, part1.G, ENTRIES, "blind5",
      "Terminology blind set 5 (Tests/Fixtures/terminology/blind5)", write_termbase=write_martif)
