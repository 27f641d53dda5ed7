#!/usr/bin/env python3
"""Regenerate the abbreviation rules of Locales/<locale>/segmentation.srx from abbreviations.txt.

Each locale folder that holds both files gets the block between the markers

    <!-- BEGIN GENERATED from abbreviations.txt ... -->
    <!-- END GENERATED -->

in its segmentation.srx rewritten; everything else in the SRX file is hand-written and left alone.
A locale that lists abbreviations of the class `name` also needs `sentence-starters.txt` (one word per
line): those abbreviations end a sentence only before one of these words. The class `title` holds the
words of abbreviated journal titles (ISO 4): they end a sentence as `may` entries do, except before
another abbreviated capitalised word or a single capital letter with its period, where the title goes on
("Proc. Natl. Acad. Sci.", "N. Engl. J. Med.").

    scripts/generate-srx.py            # rewrite every locale that changed
    scripts/generate-srx.py --check    # exit 1 when a segmentation.srx is out of date (for CI)

The list format is documented at the top of each abbreviations.txt and in docs/segmentation.md.
Python standard library only.
"""
import pathlib
import re
import sys

ROOT = pathlib.Path(__file__).resolve().parent.parent
BEGIN = "<!-- BEGIN GENERATED from abbreviations.txt by scripts/generate-srx.py: edit the list, not this block -->"
END = "<!-- END GENERATED -->"

# A word start, checked just after the first character: the character before it is not a letter,
# digit, combining mark or period (so "art." does not match inside "smart." and "a." not inside "e.a."),
# nor a character that joins the parts of a web address, an e-mail address or a handle (/ = ? & # @ _ ~ +),
# so the last part of an address is not read as an abbreviation ("…/profiel?taal=nl. Je …": "nl." is
# "namelijk" in Dutch; found by blind set 5). Apostrophes, quotes, brackets and hyphens do count as a word
# start, for the French elision "l'art.".
WORD_START_AFTER_FIRST = r"(?<![\p{L}\p{N}\p{M}./=?&\#@_~+].)"
# What may open the next sentence: optional opening quotes or brackets, then a capital letter.
CAPITAL_NEXT = r"\s+(?:[\p{Ps}\p{Pi}\"']\s*)*\p{Lu}"
# The classes of abbreviations.txt, in the order their rules are written.
CLASSES = ("never", "may", "name", "title")


class ListError(Exception):
    pass


def read_list(path):
    """Returns [(class, abbreviation, exact, comment, line)] from an abbreviations.txt file."""
    entries = []
    seen = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        text, _, comment = raw.partition("#")
        fields = text.split()
        if not fields:
            continue
        if fields[0] not in CLASSES:
            raise ListError(f"{path}:{number}: expected 'never', 'may', 'name' or 'title' first, found {fields[0]!r}")
        exact = fields[-1] == "exact"
        words = fields[1:-1] if exact else fields[1:]
        if not words:
            raise ListError(f"{path}:{number}: expected an abbreviation after {fields[0]!r}")
        abbreviation = " ".join(words)
        if not abbreviation.endswith("."):
            raise ListError(f"{path}:{number}: expected the abbreviation {abbreviation!r} to end with a period")
        if abbreviation in seen:
            raise ListError(f"{path}:{number}: {abbreviation!r} is already listed on line {seen[abbreviation]}")
        seen[abbreviation] = number
        entries.append((fields[0], abbreviation, exact, comment.strip(), number))
    return entries


def read_starters(path):
    """Returns the words of a sentence-starters.txt file: one capitalised word per line, `#` comments."""
    words = []
    seen = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        word = raw.partition("#")[0].strip()
        if not word:
            continue
        if not re.fullmatch(r"[^\W\d_][\w'’-]*", word) or not word[0].isupper():
            raise ListError(f"{path}:{number}: expected one capitalised word, found {word!r}")
        if word in seen:
            raise ListError(f"{path}:{number}: {word!r} is already listed on line {seen[word]}")
        seen[word] = number
        words.append(word)
    if not words:
        raise ListError(f"{path}: expected at least one word")
    return words


def starters_pattern(words, indent):
    """The afterbreak of the `name` class's break rule: a new sentence opens with a quote or bracket, or
    with one of the listed words as a whole word (not followed by a letter, mark or digit). The words are
    grouped by first letter, longest first, in free-spacing mode."""
    groups = {}
    for word in words:
        groups.setdefault(word[0], []).append(word)
    pad = " " * indent
    lines = ["(?x)", f"{pad}  \\s+ (?:[\\p{{Ps}}\\p{{Pi}}\"']\\s*)+ \\p{{Lu}}   # an opening quote or bracket, then a capital",
             f"{pad}| \\s+ (?:"]
    for g, letter in enumerate(sorted(groups)):
        tails = [literal(w[1:]) for w in sorted(groups[letter], key=lambda w: (-len(w), w)) if len(w) > 1]
        optional = any(len(w) == 1 for w in groups[letter])
        rest = f"(?:{' | '.join(tails)}){'?' if optional else ''}" if tails else ""
        lines.append(f"{pad}    {'  ' if g == 0 else '| '}{literal(letter)} {rest}".rstrip())
    lines.append(f"{pad}  ) (?![\\p{{L}}\\p{{M}}\\p{{N}}])")
    return "\n".join(lines) + f"\n{pad}"


def forms(entries):
    """Every written form per entry: the abbreviation, plus its capitalised form when it starts with a
    lowercase letter, is not marked exact, and that form is not listed in its own right."""
    listed = {abbreviation for _, abbreviation, _, _, _ in entries}
    result = []
    for cls, abbreviation, exact, comment, line in entries:
        variants = [abbreviation]
        first = abbreviation[0]
        if not exact and first.islower():
            capitalised = first.upper() + abbreviation[1:]
            if capitalised not in listed:
                variants.append(capitalised)
        result.append((cls, abbreviation, variants, comment))
    return result


def literal(text):
    """The ICU pattern for a literal abbreviation text. A space matches no space or one
    whitespace character (NBSP and NNBSP included: ICU's \\s covers Unicode White_Space)."""
    out = []
    for ch in text:
        if ch == " ":
            out.append(r"\s?")
        elif ch in r".\^$|?*+()[]{}#-":
            out.append("\\" + ch)
        else:
            out.append(ch)
    return "".join(out)


def char_class(chars):
    """The pattern for a set of first characters: "B", or "[Bb]"."""
    chars = sorted(set(chars), key=lambda c: (c.islower(), c))
    return literal(chars[0]) if len(chars) == 1 else "[" + "".join(chars) + "]"


def guards(abbreviation, cls, all_forms):
    """Negative look-behinds, placed after the first character, that stop an abbreviation from matching
    as the tail of a longer one of the other class: the never-class "al." must not veto the break after
    the may-class "et al."."""
    out = []
    for other_cls, other, variants, _ in all_forms:
        if other_cls == cls or len(other) <= len(abbreviation):
            continue
        for variant in variants:
            if variant.endswith(abbreviation):
                prefix = variant[: -len(abbreviation)]
                if prefix and prefix[-1] in " .-":
                    out.append("(?<!" + literal(prefix) + ".)")
    return "".join(dict.fromkeys(out))


def alternation(items, all_forms, indent):
    """A free-spacing (?x) pattern for the abbreviations, grouped by first letter so that ICU tries only
    the group whose letter it sees (a trie of depth one). Each group consumes its letter in either case
    and checks the word start once; an entry whose first letter has only one case checks it again with a
    look-behind. Entries are listed longest first, one per line with a comment."""
    groups = {}
    for item in items:
        groups.setdefault(item[1][0].lower(), []).append(item)
    pad = " " * indent
    lines = []
    for g, letter in enumerate(sorted(groups)):
        members = sorted(groups[letter], key=lambda item: (-len(item[1]), item[1]))
        header = {v[0] for item in members for v in item[2]}
        lines.append(f"{pad}{'  ' if g == 0 else '| '}{char_class(header)} {WORD_START_AFTER_FIRST} (?:")
        for index, (cls, abbreviation, variants, comment) in enumerate(members):
            own = {v[0] for v in variants}
            check = "" if own == header else f"(?<={char_class(own)})"
            note = f"  # {abbreviation}" + (f"  {comment}" if comment else "")
            tail = literal(abbreviation[1:])
            lines.append(f"{pad}      {'  ' if index == 0 else '| '}{check}{guards(abbreviation, cls, all_forms)}{tail}{note}")
        lines.append(f"{pad}    )")
    return "\n".join(lines)


def xml(text):
    """Escapes text for an XML element's content."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def block(entries, indent, starters=None):
    """The generated rules of a locale: `never` (no break), `may` (a break before a capitalised word,
    none before anything else) and, when the list has any, `name` (a break before an opening quote or a
    listed sentence starter, none before anything else)."""
    all_forms = forms(entries)
    never = [f for f in all_forms if f[0] == "never"]
    may = [f for f in all_forms if f[0] == "may"]
    name = [f for f in all_forms if f[0] == "name"]
    title = [f for f in all_forms if f[0] == "title"]
    pad = " " * indent

    def rule(kind, items, after, comment):
        before = f"(?x)\n{alternation(items, all_forms, indent + 4)}\n{pad}  "
        parts = [f"{pad}<!-- {comment} -->", f'{pad}<rule break="{kind}">', f"{pad}  <beforebreak>{xml(before)}</beforebreak>"]
        if after:
            parts.append(f"{pad}  <afterbreak>{xml(after)}</afterbreak>")
        parts.append(f"{pad}</rule>")
        return "\n".join(parts)

    rules = [
        f"{pad}{BEGIN}",
        rule("no", never, "", f"{len(never)} abbreviations that never end a sentence: no break after them, whatever follows."),
    ]
    if title:
        rules.append(rule("no", title, title_next(never, indent + 4),
                          f"{len(title)} words of abbreviated journal titles (ISO 4): no break before another abbreviated "
                          "capitalised word or an initial, the title goes on (Proc. Natl. Acad. Sci., N. Engl. J. Med.); "
                          "a person's title that never ends a sentence is not such a word (... Commun. Dr. Maes said ...). "
                          "Otherwise they are read as the abbreviations that may end a sentence, below."))
    rules += [
        rule("yes", may + title, CAPITAL_NEXT,
             f"{len(may) + len(title)} abbreviations that may end a sentence: a break when a capitalised word follows ..."),
        rule("no", may + title, "", "... and no break before anything else (a lowercase word, a number, a comma)."),
    ]
    if name:
        if starters is None:
            raise ListError("the class 'name' needs a sentence-starters.txt beside abbreviations.txt")
        rules += [
            rule("yes", name, starters_pattern(starters, indent + 4),
                 f"{len(name)} abbreviations that end a name or a title (U.S. Embassy, Co. Kerry): a break only before an "
                 f"opening quote or bracket or one of {len(starters)} words that start sentences (sentence-starters.txt) ..."),
            rule("no", name, "", "... and no break before anything else (the name goes on: a capitalised word, a lowercase word, a number)."),
            acronym_rule(starters, indent),
        ]
    rules.append(f"{pad}{END}")
    return "\n".join(rules)


def title_next(never, indent):
    """The afterbreak of the `title` class's no-break rule: another word of the title, a capitalised word
    of at most 15 letters with its period ("Natl.", "Med.", "Microbiol.") or a single capital letter with
    its period ("J."), unless it is a form of a `never` entry written with a capital (a person's title,
    "Dr.", "Prof.", which opens the next sentence after a title that ended one)."""
    pad = " " * indent
    titles = sorted({v for _, _, variants, _ in never for v in variants if v[0].isupper() and " " not in v},
                    key=lambda v: (-len(v), v))
    lines = ["(?x)", f"{pad}  \\s+", f"{pad}  (?! (?: {' | '.join(literal(v) for v in titles)} ) )" if titles else "",
             f"{pad}  \\p{{Lu}} [\\p{{Ll}}\\p{{M}}]{{0,14}} \\. (?![\\p{{L}}\\p{{M}}\\p{{N}}])", pad]
    return "\n".join(line for line in lines if line)


# An acronym written with a period after each capital ("F.B.I.", "C.I.A.") right after "the": an
# organisation, never a person's initials (a person takes no article). Found by blind set 7 ("… handed to
# the F.B.I. Agents searched …"): rule 9 read it as initials and kept the next sentence with it.
ACRONYM_AFTER_THE = r"(?:\p{Lu}\.){2,6}(?<=(?:^|[^\p{L}\p{M}\p{N}.])[Tt]he\s(?:\p{Lu}\.){2,6})"


def acronym_rule(starters, indent):
    """A dotted acronym that the list does not hold, after "the", is read as a `name` entry: a break before
    an opening quote or bracket or a listed sentence starter. Written after the listed entries, which
    decide first, and before the initials of rule 9."""
    pad = " " * indent
    return "\n".join([
        f"{pad}<!-- ... and an acronym with a period after each capital that the list does not hold (F.B.I., C.I.A.), right after "
        f"\"the\": an organisation, not a person's initials; a break only before an opening quote or bracket or a sentence starter. -->",
        f'{pad}<rule break="yes">',
        f"{pad}  <beforebreak>{xml(ACRONYM_AFTER_THE)}</beforebreak>",
        f"{pad}  <afterbreak>{xml(starters_pattern(starters, indent + 4))}</afterbreak>",
        f"{pad}</rule>",
    ])


def regenerate(srx_path, list_path, starters_path=None):
    text = srx_path.read_text(encoding="utf-8")
    match = re.search(r"^([ \t]*)" + re.escape(BEGIN) + r".*?" + re.escape(END), text, flags=re.S | re.M)
    if not match:
        raise ListError(f"{srx_path}: expected the markers {BEGIN!r} ... {END!r}")
    starters = read_starters(starters_path) if starters_path and starters_path.is_file() else None
    new_block = block(read_list(list_path), len(match.group(1)), starters)
    return text[:match.start()] + new_block + text[match.end():]


def main(argv):
    check = "--check" in argv[1:]
    stale = []
    for folder in sorted((ROOT / "Locales").iterdir()):
        srx, abbreviations = folder / "segmentation.srx", folder / "abbreviations.txt"
        if not (srx.is_file() and abbreviations.is_file()):
            continue
        try:
            updated = regenerate(srx, abbreviations, folder / "sentence-starters.txt")
        except ListError as error:
            print(f"{folder.relative_to(ROOT)}: {error}" if not str(error).startswith(str(ROOT)) else error, file=sys.stderr)
            return 2
        if updated != srx.read_text(encoding="utf-8"):
            stale.append(srx)
            if not check:
                srx.write_text(updated, encoding="utf-8")
                print(f"rewrote {srx.relative_to(ROOT)}")
    if check and stale:
        for srx in stale:
            print(f"{srx.relative_to(ROOT)} is out of date: run scripts/generate-srx.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
