#!/usr/bin/env python3
"""Writes terminology blind set 8 (units.jsonl, labels.jsonl, termbase.tbx) from the hand-written parts.

    python3 Tests/Fixtures/terminology/blind8/build.py

Nothing is generated: every sentence, label and term is written by hand in part1.py … part3.py and termbase.py.
The units and labels are written by ../labelled_set.py, as in sets 2–7; the termbase, unlike sets 2–7, as TBX v3 in
the DCT style (ISO 30042:2019 section 8: data categories as elements of the module namespaces, TBX-Basic's
<basic:termType> and TBX-Min's <min:administrativeStatus>, <min:partOfSpeech>, <min:subjectField>), shaped as an
IATE extract: bare languages (en, nl, fr), several terms per language with their term type and IATE's reliability
code, which TBX-Basic does not define and which is written in an element of an IATE namespace as a module would."""
import os, sys
from xml.sax.saxutils import escape
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
sys.path.insert(1, os.path.dirname(HERE))
import part1, part2, part3  # noqa: E401,F401  (each part appends to part1.G)
from termbase import ENTRIES
from labelled_set import build

STATUS = {"p": "preferredTerm-admn-sts", "a": "admittedTerm-admn-sts", "d": "deprecatedTerm-admn-sts",
          "s": "supersededTerm-admn-sts"}

def write_dct(here, entries):
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<tbx type="TBX-Basic" style="dct" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"',
           '     xmlns:basic="http://www.tbxinfo.net/ns/basic" xmlns:min="http://www.tbxinfo.net/ns/min"',
           '     xmlns:iate="https://iate.europa.eu/ns/tbx">',
           '  <tbxHeader>',
           '    <fileDesc><sourceDesc><p>Terminology blind set 8 (Tests/Fixtures/terminology/blind8): Belgian social security, '
           'health insurance, mobility and tax terms in en, nl and fr, written by hand for the set in the shape of an IATE '
           'extract (termbase.py).</p></sourceDesc></fileDesc>',
           '  </tbxHeader>',
           '  <text>', '    <body>']
    for cid, subject, pos, notes, langs in entries:
        out.append(f'      <conceptEntry id="{cid}">')
        out.append(f'        <min:subjectField>{escape(subject)}</min:subjectField>')
        out += [f"        <note>{escape(n)}</note>" for n in notes]
        for lang, terms in langs.items():
            out.append(f'        <langSec xml:lang="{lang}">')
            for term, status, ttype, reliability in terms:
                out += ['          <termSec>',
                        f'            <term>{escape(term)}</term>',
                        f'            <min:partOfSpeech>{pos}</min:partOfSpeech>',
                        f'            <basic:termType>{ttype}</basic:termType>',
                        f'            <min:administrativeStatus>{STATUS[status]}</min:administrativeStatus>',
                        f'            <iate:reliabilityCode>{reliability}</iate:reliabilityCode>',
                        '          </termSec>']
            out.append('        </langSec>')
        out.append('      </conceptEntry>')
    out += ['    </body>', '  </text>', '</tbx>', '']
    with open(os.path.join(here, "termbase.tbx"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

build(HERE, part1.G, ENTRIES, "blind8",
      "Terminology blind set 8 (Tests/Fixtures/terminology/blind8)", write_termbase=write_dct)
