#!/usr/bin/env python3
"""Reads an XLIFF (2.x or 1.2) or TMX file with Translate Toolkit and prints what it sees, as JSON.

    scripts/interop/ttk_dump.py FILE            # one JSON object, indented
    scripts/interop/ttk_dump.py FILE FILE...    # JSON Lines: one compact object per file, in order

Translate Toolkit (https://toolkit.translatehouse.org, `pip install translate-toolkit`) is a third-party
reader: Tests/InteropTests compare its view of our bundles and memory exports with what Taalgrens's own
readers (Interchange.XLIFFReader, Interchange.TMXReader) read from the same files. So this script only
asks Translate Toolkit's store and unit classes; it never parses the XML itself.

- The store comes from `translate.storage.factory.getobject`. Its factory maps `.xlf` to the XLIFF 1.x
  store (`translate.storage.xliff.Xliff1File`), which refuses an XLIFF 2 document with a ValueError that
  says so; the script then opens the file with the XLIFF 2 store (`translate.storage.xliff2.Xliff2File`).
- Per unit: `getid()`, `source`, `target` (plain text: the text of inline elements such as <pc>/<g> is
  kept, empty codes such as <ph/>/<x/> contribute nothing), `isfuzzy()`, `istranslated()`,
  `isapproved()` where the class has it, `get_state_n()`, the `state` attribute of the unit's own XML
  element or of its <target> (what the state methods read), and the inline codes Translate Toolkit's rich
  source model (`rich_source`, placeables) finds, with their class and XML tag.
- XLIFF 1.2 units also list their <alt-trans> candidates (`getalttrans()`: source and target). Its XLIFF 2
  store has no candidate support (`suggestions_in_format = False`): <mtc:matches> are not read.
- TMX units also list every language variant (`xml:lang` and text, via the unit's language nodes).
  Translate Toolkit has no inline-code model for TMX: a <seg>'s text includes the native code text inside
  <bpt>/<ept>/<ph> (`<strong>Safer Internet Day</strong>`). Its own XML tag placeable parser
  (`translate.storage.placeables.general.XMLTagPlaceable`) finds those tags in the text; each variant is
  also given with them removed (`plain`) and the tags found (`tags`), so plain text can be compared.

Output: one JSON object on standard output, UTF-8, keys sorted:
  {"translateToolkit": "3.20.4", "store": "translate.storage.xliff2.Xliff2File", "format": "xliff2",
   "sourceLanguage": "en", "targetLanguage": "nl-BE", "units": [{"id": …, "source": …, …}]}

Exit codes: 0 success; 2 the file cannot be read or parsed (message on standard error); 3 Translate Toolkit
is not importable (run scripts/install-test-tools.sh).
"""

import json
import os
import sys

MISSING_TOOLKIT = 3


def load_toolkit():
    """Imports the Translate Toolkit modules used here, or exits with MISSING_TOOLKIT."""
    try:
        from translate.__version__ import sver
        from translate.storage import factory, xliff2
        from translate.storage.placeables import StringElem
    except ImportError as error:
        print(f"translate-toolkit is not importable by {sys.executable} ({error}); "
              "install it with scripts/install-test-tools.sh (pip install translate-toolkit)", file=sys.stderr)
        sys.exit(MISSING_TOOLKIT)
    return sver, factory, xliff2, StringElem


def open_store(path, factory, xliff2):
    """Opens `path` with Translate Toolkit: the factory's store, or its XLIFF 2 store for XLIFF 2."""
    try:
        return factory.getobject(path), "factory"
    except ValueError as error:
        if "XLIFF 2" not in str(error):
            raise
    return xliff2.Xliff2File.parsefile(path), "xliff2"


def codes_of(rich, StringElem):
    """The inline codes of a rich string (a list of StringElem trees), depth first, as Translate Toolkit
    models them: its placeable class, the XML tag it came from, and its id."""
    found = []

    def walk(element):
        if not isinstance(element, StringElem):
            return
        if type(element) is not StringElem:
            node = getattr(element, "xml_node", None)
            tag = node.tag.split("}")[-1] if node is not None else type(element).__name__.lower()
            found.append({"class": type(element).__name__, "tag": tag, "id": getattr(element, "id", None)})
        for child in element.sub:
            walk(child)

    for tree in rich or []:
        walk(tree)
    return found


def split_tags(text, StringElem):
    """Splits `text` with Translate Toolkit's XML tag placeable parser: the text without the tags, and the
    tags in order."""
    from translate.storage.placeables import general, parse

    tree = parse(text, [general.XMLTagPlaceable.parse])
    plain, tags = [], []

    def walk(element):
        if isinstance(element, general.XMLTagPlaceable):
            tags.append(str(element))
            return
        if isinstance(element, StringElem):
            for child in element.sub:
                walk(child)
        else:
            plain.append(str(element))

    walk(tree)
    return "".join(plain), tags


def state_attribute(unit):
    """The `state` attribute Translate Toolkit's state methods read: on the XLIFF 2 <segment> (the unit's
    element), on the XLIFF 1.2 <target>; None for TMX."""
    element = getattr(unit, "xmlelement", None)
    if element is None:
        return None
    if element.get("state") is not None:
        return element.get("state")
    target = unit.getlanguageNode(lang=None, index=1) if hasattr(unit, "getlanguageNode") else None
    return target.get("state") if target is not None else None


def dump_unit(unit, kind, StringElem):
    out = {
        "id": unit.getid(),
        "source": None if unit.source is None else str(unit.source),
        "target": None if unit.target is None else str(unit.target),
        "isfuzzy": bool(unit.isfuzzy()),
        "istranslated": bool(unit.istranslated()),
        "stateN": unit.get_state_n(),
        "stateAttribute": state_attribute(unit),
    }
    if hasattr(unit, "isapproved"):
        out["isapproved"] = bool(unit.isapproved())
    if kind in ("xliff1", "xliff2"):
        out["sourceCodes"] = codes_of(unit.rich_source, StringElem)
        out["targetCodes"] = codes_of(unit.rich_target, StringElem) if unit.target else []
    if kind == "xliff1":
        out["alternatives"] = [{"source": alt.source, "target": alt.target} for alt in unit.getalttrans()]
    if kind == "tmx":
        from translate.misc.xml_helpers import getXMLlang

        variants = {}
        for node in unit.getlanguageNodes():
            text = unit.getNodeText(node, "preserve")
            plain, tags = split_tags(text or "", StringElem)
            variants[getXMLlang(node)] = {"text": text, "plain": plain, "tags": tags}
        out["variants"] = variants
    return out


def dump_file(path, toolkit):
    """What Translate Toolkit sees in one file, as a dictionary; raises what Translate Toolkit raises."""
    sver, factory, xliff2, StringElem = toolkit
    store, _ = open_store(path, factory, xliff2)
    module = type(store).__module__
    kind = {"translate.storage.xliff2": "xliff2", "translate.storage.xliff": "xliff1",
            "translate.storage.tmx": "tmx"}.get(module, module)
    result = {
        "translateToolkit": sver,
        "store": f"{module}.{type(store).__name__}",
        "format": kind,
        "sourceLanguage": store.getsourcelanguage() if hasattr(store, "getsourcelanguage") else None,
        "targetLanguage": store.gettargetlanguage() if hasattr(store, "gettargetlanguage") else None,
        "units": [dump_unit(unit, kind, StringElem) for unit in store.units],
    }
    return result


def main(argv):
    paths = argv[1:]
    if not paths or paths[0] in ("-h", "--help"):
        print(__doc__.strip().splitlines()[0], file=sys.stderr)
        print("usage: ttk_dump.py FILE [FILE...]", file=sys.stderr)
        return 64
    toolkit = load_toolkit()
    for path in paths:
        # Translate Toolkit's factory creates an empty store for a missing file: refuse it here.
        if not os.path.isfile(path):
            print(f"{path}: no such file", file=sys.stderr)
            return 2
        try:
            result = dump_file(path, toolkit)
        except Exception as error:  # Translate Toolkit raises many kinds (lxml, ValueError, OSError)
            print(f"{path}: Translate Toolkit cannot read the file: {type(error).__name__}: {error}", file=sys.stderr)
            return 2
        if len(paths) == 1:
            json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True, indent=1)
        else:
            json.dump(result, sys.stdout, ensure_ascii=False, sort_keys=True)
        sys.stdout.write("\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
