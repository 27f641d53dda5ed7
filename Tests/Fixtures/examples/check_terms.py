#!/usr/bin/env python3
"""Rough check that the example articles agree with the termbase.

Reads Glossary/taalgrens.tbx and, for every article that has gold files here, walks the
beads of beads.json. Whenever an English term of a concept occurs in the English side of
a bead, the nl-BE and fr-BE sides of that bead must contain an approved term
(preferred or admitted) of the same concept; for a do-not-translate concept
(taalgrens:dnt) they must contain the very name found in English. Separately, no
deprecated term of a language may occur anywhere in that language's segments.

Matching is deliberately simple (regular expressions, not the real term recogniser):
  exact     whole word(s), as written;
  prefix    starts at a word boundary, may run on ("Insafe-netwerk", "Safer Internet Centres");
  inflected each word longer than four letters loses its last letter and may take any
            ending; shorter words may take -s or -x; plus a few irregular forms below;
  compound-head (Dutch) the term may also end a longer word ("kinderhulplijn").
Case is ignored unless taalgrens:case=sensitive.

Usage: python3 Tests/Fixtures/examples/check_terms.py   (exit status 1 on any finding)
"""

import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))
TBX = os.path.join(ROOT, "Glossary", "taalgrens.tbx")
NS = {"t": "urn:iso:std:iso:30042:ed-2"}
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
APPROVED = {"preferredTerm-admn-sts", "admittedTerm-admn-sts"}
DEPRECATED = {"deprecatedTerm-admn-sts"}
# Irregular forms that the rough inflection rule cannot reach.
IRREGULAR = {("nl", "school"): ["scholen"], ("nl", "sociaal netwerk"): ["sociale netwerken"]}


def notes(element):
    return {n.text.strip() for n in element.findall("t:note", NS) if n.text}


def load_termbase():
    concepts = []
    for entry in ET.parse(TBX).getroot().iterfind(".//t:conceptEntry", NS):
        cnotes = notes(entry)
        terms = []
        for lang_sec in entry.findall("t:langSec", NS):
            lang = lang_sec.get(XML_LANG)
            for term_sec in lang_sec.findall("t:termSec", NS):
                tnotes = cnotes | notes(term_sec)
                # a termSec-level match mode overrides the concept's
                modes = [n for n in notes(term_sec) if n.startswith("taalgrens:match=")] or \
                        [n for n in cnotes if n.startswith("taalgrens:match=")]
                status = term_sec.find("t:termNote[@type='administrativeStatus']", NS)
                terms.append({
                    "lang": lang,
                    "text": term_sec.find("t:term", NS).text.strip(),
                    "status": status.text.strip() if status is not None else "preferredTerm-admn-sts",
                    "match": modes[0].split("=", 1)[1] if modes else "inflected",
                    "case": "taalgrens:case=sensitive" in tnotes,
                    "head": "taalgrens:compound-head" in tnotes,
                })
        concepts.append({"id": entry.get("id"), "dnt": "taalgrens:dnt" in cnotes, "terms": terms})
    return concepts


def pattern(term):
    words = term["text"].split(" ")
    if term["match"] == "exact":
        body = r"\s+".join(re.escape(w) for w in words) + r"(?!\w)"
    elif term["match"] == "prefix":
        body = r"\s+".join(re.escape(w) for w in words)
    else:
        parts = []
        for w in words:
            parts.append(re.escape(w[:-1]) + r"\w*" if len(w) > 4 else re.escape(w) + r"[sx]?(?!\w)")
        body = r"\s+".join(parts)
        for form in IRREGULAR.get((term["lang"], term["text"]), []):
            body = f"(?:{body}|{re.escape(form)}(?!\\w))"
    start = r"\w*" if term["head"] else r"(?<!\w)"
    return re.compile(start + body, 0 if term["case"] else re.IGNORECASE)


def found(term, text):
    return pattern(term).search(text) is not None


def lang_of(locale):
    return locale.split("-")[0]


def main():
    concepts = load_termbase()
    findings = []
    checked = 0
    articles = sorted(d for d in os.listdir(HERE) if os.path.isfile(os.path.join(HERE, d, "beads.json")))
    for art in articles:
        with open(os.path.join(HERE, art, "beads.json"), encoding="utf-8") as f:
            beads = json.load(f)
        segs = {}
        for loc in beads["locales"]:
            with open(os.path.join(HERE, art, f"{loc}.segments.json"), encoding="utf-8") as f:
                segs[loc] = [s for b in json.load(f)["blocks"] for s in b["segments"]]
        src = beads["source"]
        targets = [l for l in beads["locales"] if l != src]
        for bi, bead in enumerate(beads["beads"]):
            side = {loc: " ".join(segs[loc][i] for i in bead["segments"][loc]) for loc in beads["locales"]}
            for c in concepts:
                hits = [t for t in c["terms"] if t["lang"] == lang_of(src) and found(t, side[src])]
                if not hits:
                    continue
                for loc in targets:
                    checked += 1
                    if c["dnt"]:
                        for t in hits:
                            same = dict(t, lang=lang_of(loc))
                            if not found(same, side[loc]):
                                findings.append(f"{art} bead {bi} {loc}: do-not-translate name "
                                                f"{t['text']!r} ({c['id']}) missing: {side[loc]!r}")
                        continue
                    ok = [t for t in c["terms"] if t["lang"] == lang_of(loc) and t["status"] in APPROVED]
                    if not any(found(t, side[loc]) for t in ok):
                        findings.append(f"{art} bead {bi} {loc}: {c['id']} {hits[0]['text']!r} found in "
                                        f"{src}, none of {[t['text'] for t in ok]} in {side[loc]!r}")
        for loc in beads["locales"]:
            text = "\n".join(segs[loc])
            for c in concepts:
                for t in c["terms"]:
                    if t["lang"] == lang_of(loc) and t["status"] in DEPRECATED and found(t, text):
                        findings.append(f"{art} {loc}: deprecated term {t['text']!r} ({c['id']}) is used")
    for f in findings:
        print("FINDING", f)
    print(f"{len(concepts)} concepts, {len(articles)} articles, {checked} term occurrences checked, "
          f"{len(findings)} findings")
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
