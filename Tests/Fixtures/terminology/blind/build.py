#!/usr/bin/env python3
"""Writes units.jsonl and labels.jsonl of the blind terminology set from the hand-written parts.

    python3 Tests/Fixtures/terminology/blind/build.py

Nothing is generated: every sentence and every label is written by hand in part1.py … part6.py. This script
only turns "^" into U+202F and "~" into U+00A0 in French text, numbers the units, and writes JSON lines in
the development set's format (README.md). Standard library only, deterministic."""
import json, os, sys
HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import part1, part2, part3, part4, part5, part6  # noqa: E401,F401  (each part appends to part1.G)

LOCALES = {"en": "en", "nl": "nl-BE", "fr": "fr-BE"}
units, labels = [], []
n = 0
for k, group in enumerate(part1.G, 1):
    gid = f"blind-{k:03d}"
    for u in group["units"]:
        n += 1
        uid = f"{gid}:{n:04d}"
        variants = {LOCALES[l]: u[l].replace("^", "\u202f").replace("~", "\u00a0") for l in ("en", "nl", "fr")}
        rec = {"group": gid, "unit": uid, "clean": not u["err"], "variants": variants, "note": group["note"]}
        units.append(rec)
        for locale, rule in u["err"]:
            labels.append({"unit": uid, "locale": locale, "rule": rule})

with open(os.path.join(HERE, "units.jsonl"), "w", encoding="utf-8") as f:
    for r in units:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")
with open(os.path.join(HERE, "labels.jsonl"), "w", encoding="utf-8") as f:
    for r in labels:
        f.write(json.dumps(r, ensure_ascii=False, sort_keys=True) + "\n")

groups = len(part1.G)
erroneous = sum(1 for gr in part1.G if any(u["err"] for u in gr["units"]))
print(f"{len(units)} units in {groups} groups; {erroneous} groups with an error, {groups - erroneous} clean; {len(labels)} labels")
for rule in sorted({l["rule"] for l in labels}):
    print(f"  {rule:26} {sum(1 for l in labels if l['rule'] == rule):4}")
