#!/usr/bin/env python3
"""Builds the terminology development set from base.py: clean units, seeded errors, and their labels.

    python3 Tests/Fixtures/terminology/devset/seed.py        # rewrites units.jsonl and labels.jsonl

Every unit belongs to a group; the checker runs once per group (the cross-unit rule,
inconsistent-translation, looks across a group). Each seeded unit carries exactly one seeded error;
its labels are the findings that error must cause, by the rules as docs/terminology.md defines them
(for instance a term removed from one translation of a unit with two translations is both a
missing-term and a cross-target finding). Clean units must cause no finding at all.

For each clean unit the script also records which rules a naive checker would flag there (exact
substring term matching, digit strings compared as written, and so on: see naive_flags), so that the
test can show the clean side is not trivially clean.

Standard library only. The output is deterministic.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET

HERE = os.path.dirname(os.path.abspath(__file__))
sys.dont_write_bytecode = True  # no __pycache__ beside the fixtures
sys.path.insert(0, HERE)
from base import BASE, TRAPS  # noqa: E402

LOCALES = {"en": "en", "nl": "nl-BE", "fr": "fr-BE"}
TARGETS = ["nl", "fr"]
NNBSP, NBSP = "\u202f", "\u00a0"

# ---------------------------------------------------------------------------------------------
# The termbase

TBX = "{urn:iso:std:iso:30042:ed-2}"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def read_termbase():
    entries = {}
    root = ET.parse(os.path.join(HERE, "termbase.tbx")).getroot()
    for ce in root.iter(TBX + "conceptEntry"):
        notes = [n.text for n in ce.findall(TBX + "note")]
        terms = []
        for ls in ce.findall(TBX + "langSec"):
            lang = ls.get(XML_LANG)
            for ts in ls.findall(TBX + "termSec"):
                status = ts.find(TBX + "termNote").text.split("Term")[0]
                terms.append((lang, ts.find(TBX + "term").text, status))
        entries[ce.get("id")] = {"dnt": "taalgrens:dnt" in notes, "terms": terms}
    return entries


TB = read_termbase()


def terms_of(entry, lang, statuses=("preferred", "admitted")):
    return [t for (l, t, s) in TB[entry]["terms"] if l == lang and s in statuses]


# ---------------------------------------------------------------------------------------------
# Markup

TERM = re.compile(r"\[([^\[\]|]+)\|(d\d\d)((?:\|[a-z]+=[^\]|]*)*)\]")
SEED = re.compile(r"\(\(([^()|]+)((?:\|[a-z]+=[^)|]*)*)\)\)")


def spaces(text):
    return text.replace("_N_", NNBSP).replace("_B_", NBSP)


def parse(text):
    """Splits marked-up text into pieces: plain strings and annotation dicts."""
    pieces, pos = [], 0
    pattern = re.compile(TERM.pattern + "|" + SEED.pattern)
    for m in pattern.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos:m.start()])
        if m.group(1) is not None:
            attrs = dict(kv.split("=", 1) for kv in m.group(3).split("|")[1:]) if m.group(3) else {}
            pieces.append({"kind": "term", "surface": m.group(1), "entry": m.group(2), **attrs})
        else:
            attrs = dict(kv.split("=", 1) for kv in m.group(5).split("|")[1:]) if m.group(5) else {}
            pieces.append({"kind": "seed", "surface": m.group(4), **attrs})
        pos = m.end()
    if pos < len(text):
        pieces.append(text[pos:])
    return pieces


def render(pieces, replace=None):
    """The text, with the annotation at index `replace[0]` written as `replace[1]`."""
    out = []
    for i, p in enumerate(pieces):
        if isinstance(p, str):
            out.append(p)
        elif replace is not None and i == replace[0]:
            out.append(replace[1])
        else:
            out.append(p["surface"])
    return spaces("".join(out))


def annotations(pieces, kind=None):
    return [(i, p) for i, p in enumerate(pieces) if isinstance(p, dict) and (kind is None or p["kind"] == kind)]


def entries_in(pieces):
    return {p["entry"] for _, p in annotations(pieces, "term")}


PLAIN_CODES = re.compile(r"<a href=\"[^\"]*\">|</?[abi]>|<br/>")


def plain(text):
    return PLAIN_CODES.sub("", text)


# ---------------------------------------------------------------------------------------------
# Forms of a seeded term: how a checker has to find it

def forms(pieces, index, lang):
    p = pieces[index]
    surface = p["surface"]
    before = "".join(x if isinstance(x, str) else x["surface"] for x in pieces[:index])
    after = "".join(x if isinstance(x, str) else x["surface"] for x in pieces[index + 1:])
    out = []
    known = [t.lower() for (l, t, s) in TB[p["entry"]]["terms"] if l in (lang, "en")]
    if surface.lower() not in known:
        out.append("inflected")
    if before.endswith("'") or before.endswith("’"):
        out.append("elided")
    if "-" in surface or after.startswith("-") or before.endswith("-") or (lang == "nl" and " " not in surface
                                                                           and any(len(t) < len(surface) and t in surface.lower() for t in known)):
        out.append("compound")
    if surface[:1].isupper() and not TB[p["entry"]]["dnt"]:
        out.append("capitalised")
    return out or ["base"]


# ---------------------------------------------------------------------------------------------
# Naive checkers: what a checker without inflection, elision, compound, case, locale number formats,
# inline-code or URL awareness would flag on a clean unit.

NUMBER = re.compile(r"\d[\d.,\u202f\u00a0 ]*\d|\d")


def naive_flags(unit):
    """unit: {lang: pieces}. Returns the rules a naive checker flags on this clean unit."""
    flags = set()
    src = unit.get("en")
    texts = {l: render(p) for l, p in unit.items()}
    for lang in TARGETS:
        if lang not in unit:
            continue
        t = texts[lang]
        tplain = plain(t)
        if src is not None:
            for _, a in annotations(src, "term"):
                e = a["entry"]
                if TB[e]["dnt"]:
                    # Names: token sequence split on ordinary spaces must occur.
                    words = a["surface"].split(" ")
                    toks = tplain.split(" ")
                    if not any(toks[k:k + len(words)] == words for k in range(len(toks))):
                        flags.add("dnt-changed")
                else:
                    wanted = terms_of(e, lang)
                    if wanted and not any(w in tplain for w in wanted):
                        flags.add("missing-term")
        # Deprecated words of any language, as substrings of any text of the unit.
        for (l, term, status) in [x for e in TB for x in TB[e]["terms"]]:
            if status == "deprecated" and any(term.lower() in plain(x).lower() for x in texts.values()):
                flags.add("forbidden-term")
        if src is not None:
            sn = sorted(NUMBER.findall(plain(texts["en"])))
            tn = sorted(NUMBER.findall(tplain))
            if sn != tn:
                flags.add("number-mismatch")
            scodes = PLAIN_CODES.findall(texts["en"])
            tcodes = PLAIN_CODES.findall(t)
            if scodes != tcodes:
                flags.add("inline-code-mismatch")
            surls = [w for w in plain(texts["en"]).split() if "@" in w or "www." in w or "://" in w]
            if any(u not in tplain.split() for u in surls):
                flags.add("url-changed")
            if plain(texts["en"]).strip() == tplain.strip():
                flags.add("untranslated")
        if lang == "fr" and re.search(r"[^\u202f\u00a0][;:!?]|«[^\u202f\u00a0]|[^\u202f\u00a0]»", tplain):
            flags.add("french-spacing")
        # Cross-target, naively: a term written in one translation and not written alike in the other.
        other = "fr" if lang == "nl" else "nl"
        if other in unit:
            for _, a in annotations(unit[lang], "term"):
                if not TB[a["entry"]]["dnt"] and terms_of(a["entry"], other) and not any(
                        w in plain(texts[other]) for w in terms_of(a["entry"], other)):
                    flags.add("cross-target")
    if any("  " in plain(x) for x in texts.values()):
        flags.add("doubled-space")
    return sorted(flags)


# ---------------------------------------------------------------------------------------------
# Building the set

units, labels = [], []
counter = {"n": 0}


def emit(group, variants, seed=None, clean=False, naive=None, expected=()):
    """variants: {lang: text}. expected: [(lang, rule)]."""
    counter["n"] += 1
    if group.startswith("seed-"):
        group = f"{group}-{counter['n']:04d}"   # every seeded unit is checked on its own
    uid = f"{group.rsplit('-', 1)[0] if group.startswith('seed-') else group}:{counter['n']:04d}"
    record = {"group": group, "unit": uid, "clean": clean,
              "variants": {LOCALES[l]: t for l, t in variants.items()}}
    if seed:
        record["seed"] = seed
    if naive is not None:
        record["naive"] = naive
    units.append(record)
    for lang, rule in expected:
        labels.append({"unit": uid, "locale": LOCALES[lang], "rule": rule})
    return uid


parsed = {u["id"]: {l: parse(u[l]) for l in ("en", "nl", "fr") if l in u} for u in BASE + TRAPS}
extra = {u["id"]: u for u in BASE}


def texts_of(uid, override=None):
    out = {l: render(p) for l, p in parsed[uid].items()}
    out.update(override or {})
    return out


# Clean: every base and trap unit alone, and a variant with the admitted terms (alt=) of each target.
for u in BASE + TRAPS:
    emit(f"clean-{u['id']}", texts_of(u["id"]), clean=True, naive=naive_flags(parsed[u["id"]]))
    for lang in TARGETS:
        pieces = parsed[u["id"]].get(lang)
        alts = [(i, a) for i, a in annotations(pieces or [], "term") if "alt" in a]
        if alts:
            changed = [dict(p, surface=p["alt"]) if isinstance(p, dict) and "alt" in p else p for p in pieces]
            variant = dict(parsed[u["id"]], **{lang: changed})
            emit(f"clean-{u['id']}-alt-{lang}", {l: render(p) for l, p in variant.items()}, clean=True, naive=naive_flags(variant))


# Clean: a sloppy source with a doubled space (the translations are fine), for 20 units.
for u in BASE[:20]:
    t = texts_of(u["id"])
    gaps = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", t["en"])]
    if gaps:
        at = gaps[len(gaps) // 2]
        variant = dict(parsed[u["id"]], en=parse(t["en"][:at] + "  " + t["en"][at + 1:]))
        emit(f"clean-{u['id']}-source-space", dict(t, en=t["en"][:at] + "  " + t["en"][at + 1:]), clean=True, naive=naive_flags(variant))

# Clean: headings and captions that stay the same in every language (names, terms spelled alike, years).
SAME = ["Child Focus", "Insafe", "B-BICO", "Technopolis", "LUCA School of Arts", "Better Internet for Kids",
        "Safer Internet Day 2021", "Child Focus – Insafe – B-BICO", "Technopolis, 2020", "Insafe and B-BICO",
        "Sexting", "Grooming", "Sexting and grooming", "Internet", "B-BICO, 2019–2020", "Safer Internet Day",
        "LUCA School of Arts, Technopolis", "Child Focus – 116 000", "Insafe – 2021", "Better Internet for Kids – 2020"]
for k, line in enumerate(SAME):
    langs = ("en", "nl") if k % 3 == 0 else ("en", "fr") if k % 3 == 1 else ("en", "nl", "fr")
    unit = {l: parse(line) for l in langs}
    emit(f"clean-same-{k + 1:02d}", {l: line for l in langs}, clean=True, naive=naive_flags(unit))


def seed_term(rule, key, u, lang, i, a, bilingual):
    pieces = parsed[u][lang]
    others = [q for j, q in annotations(pieces, "term") if j != i and q["entry"] == a["entry"]]
    if others:
        return  # the entry is still there in another place: no error
    texts = texts_of(u, {lang: render(pieces, (i, a[key]))})
    if bilingual:
        texts = {l: t for l, t in texts.items() if l in ("en", lang)}
    expected = []
    src_entries = entries_in(parsed[u]["en"])
    if rule == "missing":
        if a["entry"] in src_entries:
            expected.append((lang, "missing-term"))
        other = "fr" if lang == "nl" else "nl"
        if other in texts and a["entry"] in entries_in(parsed[u][other]):
            expected.append((lang, "cross-target"))
    elif rule == "forbidden":
        expected.append((lang, "forbidden-term"))
    elif rule == "dnt":
        expected.append((lang, "dnt-changed"))
    if not expected:
        return
    seed = {"rule": expected[0][1], "locale": LOCALES[lang], "forms": forms(pieces, i, lang), "edit": a[key]}
    emit(f"seed-{u}", texts, seed=seed, expected=expected)


# missing-term / cross-target, forbidden-term, dnt-changed
toggle = 0
for u in BASE:
    for lang in TARGETS:
        if lang not in parsed[u["id"]]:
            continue
        for i, a in annotations(parsed[u["id"]][lang], "term"):
            if "miss" in a:
                toggle += 1
                seed_term("missing", "miss", u["id"], lang, i, a, bilingual=(u["id"].startswith("b") and toggle % 2 == 0))
            if "bad" in a:
                seed_term("forbidden", "bad", u["id"], lang, i, a, bilingual=False)
            for key in ("chg", "drop"):
                if key in a:
                    seed_term("dnt", key, u["id"], lang, i, a, bilingual=False)

# forbidden-term in the source (a warning): the superseded name instead of the current one.
for u in BASE:
    for i, a in annotations(parsed[u["id"]]["en"], "term"):
        if a["entry"] == "d21" and a["surface"] == "Better Internet for Kids":
            texts = texts_of(u["id"], {"en": render(parsed[u["id"]]["en"], (i, "Safer Internet Programme"))})
            emit(f"seed-{u['id']}", texts, seed={"rule": "forbidden-term", "locale": "en", "forms": ["base"], "edit": "Safer Internet Programme"},
                 expected=[("en", "forbidden-term")])

# number-mismatch and url-changed
for u in BASE + TRAPS:
    for lang in TARGETS:
        for i, a in annotations(parsed[u["id"]].get(lang, []), "seed"):
            for key, rule in (("num", "number-mismatch"), ("url", "url-changed")):
                if key in a:
                    texts = texts_of(u["id"], {lang: render(parsed[u["id"]][lang], (i, spaces(a[key])))})
                    emit(f"seed-{u['id']}", texts, seed={"rule": rule, "locale": LOCALES[lang], "edit": a[key]}, expected=[(lang, rule)])

# inline-code-mismatch: drop a code, add one, change its type.
CODE_UNITS = ["b26", "b27", "b28", "b51", "b52", "b53", "t07", "t43", "t45", "t48"]


def code_edits(text):
    out = []
    m = re.search(r"<([abi])(?: href=\"[^\"]*\")?>(.*?)</\1>", text)
    if m:
        out.append(("drop", text[:m.start()] + m.group(2) + text[m.end():]))
        other = "i" if m.group(1) != "i" else "b"
        out.append(("retype", text[:m.start()] + f"<{other}>{m.group(2)}</{other}>" + text[m.end():]))
    elif "<br/>" in text:
        out.append(("drop", re.sub(r" ?<br/>", "", text, count=1)))
    w = re.search(r"(?<=[ ])([^\s<>]{3,})(?=[ .,])", re.sub(r"<[^>]*>[^<]*</[^>]*>", lambda x: "\0" * len(x.group(0)), text))
    if w:
        out.append(("add", text[:w.start()] + "<b>" + text[w.start():w.end()] + "</b>" + text[w.end():]))
    return out


for uid in CODE_UNITS:
    for lang in TARGETS:
        for kind, edited in code_edits(texts_of(uid)[lang]):
            emit(f"seed-{uid}", texts_of(uid, {lang: edited}), seed={"rule": "inline-code-mismatch", "locale": LOCALES[lang], "edit": kind},
                 expected=[(lang, "inline-code-mismatch")])

# untranslated: the source copied, or nothing.
COPY = ["b01", "b04", "b07", "b10", "b13", "b16", "b22", "b26", "b31", "b35", "b40", "b44", "c01", "c06"]
EMPTY = ["b02", "b05", "b08", "b11", "b14", "b20", "b27", "b33", "b36", "b41", "b47", "b50", "c03", "c09"]
for k, uid in enumerate(COPY + EMPTY):
    lang = TARGETS[k % 2]
    new = texts_of(uid)["en"] if uid in COPY else ""
    emit(f"seed-{uid}", texts_of(uid, {lang: new}), seed={"rule": "untranslated", "locale": LOCALES[lang], "edit": "copy" if new else "empty"},
         expected=[(lang, "untranslated")])

# french-spacing: a no-break space replaced by an ordinary one, or left out.
SPACING = re.compile(r"[\u202f\u00a0](?=[;:!?»])|(?<=«)[\u202f\u00a0]")
k = 0
for u in BASE + TRAPS:
    fr = texts_of(u["id"]).get("fr")
    if not fr:
        continue
    for m in SPACING.finditer(fr):
        k += 1
        replacement = " " if k % 2 else ""
        edited = fr[:m.start()] + replacement + fr[m.end():]
        emit(f"seed-{u['id']}", texts_of(u["id"], {"fr": edited}),
             seed={"rule": "french-spacing", "locale": "fr-BE", "edit": "ordinary space" if replacement else "no space"},
             expected=[("fr", "french-spacing")])

# doubled-space: one space doubled between two words.
k = 0
for u in BASE[:30]:
    lang = TARGETS[k % 2]
    k += 1
    text = texts_of(u["id"]).get(lang)
    gaps = [m.start() for m in re.finditer(r"(?<=\w) (?=\w)", text)]
    if not gaps:
        continue
    at = gaps[len(gaps) // 2]
    emit(f"seed-{u['id']}", texts_of(u["id"], {lang: text[:at] + "  " + text[at + 1:]}),
         seed={"rule": "doubled-space", "locale": LOCALES[lang], "edit": "doubled"}, expected=[(lang, "doubled-space")])

# inconsistent-translation, in groups.
# 1. The same source, another translation (nl2/fr2): the second unit departs from the first.
for u in BASE:
    for lang in TARGETS:
        if lang + "2" in u:
            group = f"inconsistent-{u['id']}-{lang}"
            emit(group, texts_of(u["id"]))
            emit(group, texts_of(u["id"], {lang: render(parse(u[lang + "2"]))}),
                 seed={"rule": "inconsistent-translation", "locale": LOCALES[lang], "edit": "sentence"},
                 expected=[(lang, "inconsistent-translation")])
# 2. Another source with the same translations (en2): both translations now stand for two sources.
for u in BASE:
    if "en2" in u:
        group = f"inconsistent-{u['id']}-en"
        emit(group, texts_of(u["id"]))
        emit(group, texts_of(u["id"], {"en": render(parse(u["en2"]))}),
             seed={"rule": "inconsistent-translation", "locale": "nl-BE", "edit": "reverse"},
             expected=[("nl", "inconsistent-translation"), ("fr", "inconsistent-translation")])
# 3. Clean: one source term rendered with the preferred term in one unit and an admitted one in another.
#    Admitted synonyms are there to be used: only TermChecker.checksTermConsistency reports this.
for u in BASE:
    for lang in TARGETS:
        for i, a in annotations(parsed[u["id"]].get(lang, []), "term"):
            if "alt" not in a:
                continue
            partner = next((v["id"] for v in BASE if v["id"] != u["id"] and v["id"].startswith("b")
                            and a["entry"] in entries_in(parsed[v["id"]].get(lang, []))
                            and a["entry"] in entries_in(parsed[v["id"]]["en"])), None)
            if partner is None or a["entry"] not in entries_in(parsed[u["id"]]["en"]):
                continue
            group = f"clean-synonyms-{u['id']}-{lang}-{a['entry']}"
            emit(group, texts_of(partner), clean=True, naive=naive_flags(parsed[partner]))
            variant = dict(parsed[u["id"]], **{lang: [dict(p, surface=p["alt"]) if j == i else p for j, p in enumerate(parsed[u["id"]][lang])]})
            emit(group, {l: render(p) for l, p in variant.items()}, clean=True,
                 naive=sorted(set(naive_flags(variant)) | {"inconsistent-translation"}))
# 4. Clean groups a naive checker flags: the same source translated alike but for typography, and one
#    term in two inflected forms in two units.
TYPO = [("b01", "fr"), ("b03", "fr"), ("b08", "fr"), ("b10", "fr"), ("b11", "nl"), ("b17", "fr"), ("b32", "fr"),
        ("b36", "fr"), ("b38", "fr"), ("b48", "fr"), ("b50", "fr"), ("c12", "fr")]
for uid, lang in TYPO:
    group = f"clean-typography-{uid}"
    t = texts_of(uid)
    alike = t[lang].replace("'", "’") if "'" in t[lang] else t[lang].replace(NNBSP, NBSP)
    emit(group, t, clean=True, naive=naive_flags(parsed[uid]))
    emit(group, dict(t, **{lang: alike}), clean=True, naive=sorted(set(naive_flags(parsed[uid])) | {"inconsistent-translation"}))
INFLECTED = [("b01", "b02"), ("b05", "b06"), ("b13", "b12"), ("b20", "b07"), ("b35", "b09"), ("b31", "b18"),
             ("b37", "b07"), ("b47", "b43"), ("b24", "b44"), ("c06", "b34"), ("b33", "b11"), ("b39", "b04")]
for a, b in INFLECTED:
    group = f"clean-inflected-{a}-{b}"
    emit(group, texts_of(a), clean=True, naive=naive_flags(parsed[a]))
    emit(group, texts_of(b), clean=True, naive=sorted(set(naive_flags(parsed[b])) | {"inconsistent-translation"}))

# ---------------------------------------------------------------------------------------------
# Output and summary

with open(os.path.join(HERE, "units.jsonl"), "w", encoding="utf-8") as f:
    for r in units:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for r in labels:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")

rules = sorted({l["rule"] for l in labels})
print(f"{len(units)} units, {sum(1 for u in units if u['clean'])} clean, {len(labels)} labels")
for rule in rules:
    seeded = sum(1 for l in labels if l["rule"] == rule)
    naive = sum(1 for u in units if u["clean"] and rule in u.get("naive", []))
    form_counts = {}
    for u in units:
        for fm in u.get("seed", {}).get("forms", []) if u.get("seed", {}).get("rule") == rule else []:
            form_counts[fm] = form_counts.get(fm, 0) + 1
    print(f"  {rule:26} seeded {seeded:4}  clean units a naive checker flags {naive:4}  forms {form_counts}")
