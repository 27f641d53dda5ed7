"""Shared writer of the hand-written labelled terminology sets (blind2/, blind3/): their build.py scripts
hand it their groups of units, their termbase entries, the unit id prefix and the termbase's description.

It turns "^" into U+202F and "~" into U+00A0 in French text, numbers the units, writes JSON lines in the
format of the other sets (README.md in this folder), writes the termbase as TBX v3 (TBX-Basic, DCA style), and
refuses French text with an ordinary space or none before ; : ! ? or inside « » (a slip of the writer, not a
trap of the set). Standard library only, deterministic."""
import json, os, re, sys
from xml.sax.saxutils import escape

LOCALES = {"en": "en", "nl": "nl-BE", "fr": "fr-BE"}
STATUS = {"p": "preferredTerm-admn-sts", "a": "admittedTerm-admn-sts", "d": "deprecatedTerm-admn-sts"}
RULES = {"missing-term", "forbidden-term", "dnt-changed", "cross-target"}

def french_text_ok(text):
    plain = re.sub(r"<[^>]*>|https?://\S+|www\.\S+", "", text)
    for m in re.finditer(r"[;:!?»]", plain):
        i = m.start()
        if i > 0 and plain[i - 1] not in "\u202f\u00a0" and not (plain[i] == ":" and plain[i - 1].isdigit()):
            return False
    return not re.search(r"«[^\u00a0\u202f]", plain)

def build(here, groups, entries, prefix, description, write_termbase=None):
    """Writes units.jsonl, labels.jsonl and termbase.tbx into `here` and prints the counts. A set whose termbase
    is in another format passes `write_termbase(here, entries)`, which writes it instead of termbase.tbx."""
    units, labels = [], []
    n = 0
    for k, group in enumerate(groups, 1):
        gid = f"{prefix}-{k:03d}"
        for u in group["units"]:
            n += 1
            uid = f"{gid}:{n:04d}"
            variants = {LOCALES[l]: u[l].replace("^", "\u202f").replace("~", "\u00a0") for l in ("en", "nl", "fr")}
            if not french_text_ok(variants["fr-BE"]):
                sys.exit(f"{uid}: French spacing slip in {variants['fr-BE']!r}")
            for locale, rule in u["err"]:
                assert locale in ("nl-BE", "fr-BE") and rule in RULES, (uid, locale, rule)
                labels.append({"unit": uid, "locale": locale, "rule": rule})
            units.append({"group": gid, "unit": uid, "clean": not u["err"], "variants": variants, "note": group["note"]})

    with open(os.path.join(here, "units.jsonl"), "w", encoding="utf-8") as f:
        for r in units:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
    with open(os.path.join(here, "labels.jsonl"), "w", encoding="utf-8") as f:
        for r in labels:
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")

    if write_termbase is not None:
        write_termbase(here, entries)
    else:
        write_tbx(here, entries, description)
    erroneous = sum(1 for gr in groups if any(u["err"] for u in gr["units"]))
    print(f"{len(units)} units in {len(groups)} groups; {erroneous} groups with an error, {len(groups) - erroneous} clean; "
          f"{len(labels)} labels; termbase {len(entries)} entries")
    for rule in sorted({l["rule"] for l in labels}):
        print(f"  {rule:26} {sum(1 for l in labels if l['rule'] == rule):4}")

def write_tbx(here, entries, description):
    """Writes entries (id, notes, part of speech, {locale: [(term, status, notes)]}) as TBX v3, TBX-Basic, DCA."""
    out = ['<?xml version="1.0" encoding="UTF-8"?>',
           '<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2">',
           f'  <tbxHeader><fileDesc><sourceDesc><p>{escape(description)}</p></sourceDesc></fileDesc></tbxHeader>',
           '  <text>', '    <body>']
    for cid, notes, pos, langs in entries:
        out.append(f'      <conceptEntry id="{cid}">')
        out += [f"        <note>{escape(x)}</note>" for x in notes]
        for locale, terms in langs.items():
            out.append(f'        <langSec xml:lang="{locale}">')
            for term, status, tnotes in terms:
                inner = (f'<term>{escape(term)}</term><termNote type="partOfSpeech">{pos}</termNote>'
                         f'<termNote type="administrativeStatus">{STATUS[status]}</termNote>'
                         + "".join(f"<note>{escape(x)}</note>" for x in tnotes))
                out.append(f"          <termSec>{inner}</termSec>")
            out.append("        </langSec>")
        out.append("      </conceptEntry>")
    out += ["    </body>", "  </text>", "</tbx>", ""]
    with open(os.path.join(here, "termbase.tbx"), "w", encoding="utf-8") as f:
        f.write("\n".join(out))

class Groups(list):
    """The groups of a set being written: `g` adds a group of one unit, `gg` a group of several units checked
    together (a term named in one unit and taken up in the next); each unit is (en, nl, fr[, err])."""
    def g(self, note, en, nl, fr, err=()):
        self.append(dict(note=note, units=[dict(en=en, nl=nl, fr=fr, err=list(err))]))
    def gg(self, note, *units):
        self.append(dict(note=note, units=[dict(en=u[0], nl=u[1], fr=u[2], err=list(u[3] if len(u) > 3 else ())) for u in units]))

def MT(loc):
    """A term missing in `loc` while the other target renders it: missing-term and cross-target."""
    return [(loc, "missing-term"), (loc, "cross-target")]
def FT(loc):
    return [(loc, "forbidden-term")]
def DNT(loc):
    return [(loc, "dnt-changed")]
