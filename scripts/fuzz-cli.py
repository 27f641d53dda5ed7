#!/usr/bin/env python3
"""Mutation fuzzing of the taalgrens command line, run on demand (never in CI).

Each run takes one file of the repository's own fixtures (TMX, XLIFF 1.2/2.x, CAT tool XLIFF, TBX, CSV
termbases, HTML, Markdown, text), damages it, and hands it to the command that reads that kind of file:
`import` for memories and bilingual files, `check --termbase` on a shipped article for termbases, `segment`
for articles. A run is *flagged* when the process dies of a signal, exits with 3 (an internal failure:
docs/cli.md, "Exit codes") or 128 and above, prints Swift's "Fatal error", or runs past the time limit.
Any other exit code is a refusal, which is what damaged input should get; the message's quality is not
judged here.

Two kinds of damage:
- byte level: cut the file short, delete a range, insert a piece of junk (NUL, a BOM, a lone surrogate's
  bytes, markup, white space of several kinds), repeat a range, change a byte, copy a range elsewhere;
- XML level, for XML files (four runs in five): parse with ElementTree, then remove, repeat or move
  elements, change or drop attributes, add text (long, invisible, decomposed, markup-like), and write the
  tree back, so that the readers see well-formed input that breaks their format's rules instead.

A run is fixed by its seed and its number: `--seed 7 --runs 300` gives the same 300 inputs on any machine
holding the same fixtures. Flagged runs are kept under `--keep` (input, command, exit code, the end of
standard error) for a test to be written from them.

    python3 scripts/fuzz-cli.py --binary .build/debug/taalgrens --seed 1 --runs 300

Exits 1 when a run was flagged, 0 otherwise.
"""
import argparse
import collections
import copy
import glob
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
KINDS = ['tmx', 'xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff', 'tbx', 'csv', 'html', 'md', 'txt']
ARTICLE_KINDS = {'html', 'md', 'txt'}
TERMBASE_KINDS = {'tbx', 'csv'}
XML_KINDS = {'tmx', 'xlf', 'xliff', 'sdlxliff', 'mqxliff', 'mxliff', 'tbx'}

BYTE_JUNK = [
    b'\x00', b'\xff\xfe', b'\xef\xbb\xbf', b'\xed\xa0\x80', b'\xf4\x90\x80\x80', b'&#0;', b'&#xD800;', b'&amp',
    b'<', b'>', b']]>', b'<![CDATA[', b'<!--', b'\r', b'\n\n', b'"', b"'", b'&lt;bpt i="1"&gt;', b'<bpt i="1">',
    b'<ept i="1"/>', b'<ph x="999999999999999999999"/>', b'<pc id="1">', b'</pc>', b'<sc id="9"/>',
    b'<ec startRef="9"/>', b'<mrk mtype="seg" mid="1">', b'</mrk>', b'\xe2\x80\xae', b'\xcc\x81' * 50, b'[', b']',
    b'(', b')', b'*', b'`', b'{{<', b'>}}', b'{%', b'%}', b'---\n', b'|', b'\t', b'1.', b'-', b'#', b'<br>',
    b'<table>', b'</td>', b'&nbsp;', b'\xc2\xa0', b'\xe2\x80\xaf', b'\xc2\xad', b'\xe2\x80\x8b', b'\x0b',
]
TEXT_JUNK = ['', ' ', '\u00a0', '\u202f', 'x' * 5000, '1.5', '3,000', '9 February 2021', 'a@b.be',
             'https://x.be/a?b=1.', '\u200b', '\ufeff', '\U0001F600', 'e\u0301', '&', '<', ']]>', '\t\n',
             'Dr. Smith. M. Dupont ! ?', '\u2026', '\u00ab Non ! \u00bb', '\u2028', '\u00ad']
ATTRIBUTE_JUNK = ['', '0', '-1', '1', '2', '99999999999999999999', 'x', 'yes', 'no', 'final', 'translated',
                  'nl-BE', 'fr', '*all*', 'EN-us', 'xx-YY-zz', 'open', 'close', '1-2']


def damage_bytes(data, rnd):
    """One to four byte-level changes (module docstring)."""
    data = bytearray(data)
    for _ in range(rnd.randint(1, 4)):
        if not data:
            data = bytearray(b'x')
        i = rnd.randrange(len(data))
        j = min(len(data), i + rnd.randint(1, 200))
        op = rnd.randrange(6)
        if op == 0:
            del data[i:]
        elif op == 1:
            del data[i:j]
        elif op == 2:
            data[i:i] = rnd.choice(BYTE_JUNK)
        elif op == 3:
            data[i:i] = data[i:j] * rnd.randint(2, 20)
        elif op == 4:
            data[i] = rnd.randrange(256)
        else:
            k = rnd.randrange(len(data))
            data[k:k] = data[i:j]
    return bytes(data)


def damage_tree(data, rnd):
    """One to three well-formed changes of an XML file's tree, or None when the file does not parse."""
    for prefix, uri in re.findall(rb'xmlns:(\w+)="([^"]+)"', data):
        try:
            ET.register_namespace(prefix.decode(), uri.decode())
        except ValueError:
            pass
    try:
        root = ET.fromstring(data)
    except ET.ParseError:
        return None
    for _ in range(rnd.randint(1, 3)):
        elements = list(root.iter())
        parents = {child: parent for parent in elements for child in parent}
        e = rnd.choice(elements)
        op = rnd.randrange(7)
        if op == 0 and e in parents:
            parents[e].remove(e)
        elif op == 1 and e in parents:
            parent = parents[e]
            parent.insert(list(parent).index(e), copy.deepcopy(e))
        elif op == 2 and e.attrib:
            e.attrib[rnd.choice(list(e.attrib))] = rnd.choice(ATTRIBUTE_JUNK)
        elif op == 3 and e.attrib:
            del e.attrib[rnd.choice(list(e.attrib))]
        elif op == 4:
            e.text = (e.text or '') + rnd.choice(TEXT_JUNK)
        elif op == 5:
            e.tail = (e.tail or '') + rnd.choice(TEXT_JUNK)
        elif op == 6 and e in parents:
            target = rnd.choice(elements)
            if target is not root and target is not e and e not in list(target.iter()):
                parents[e].remove(e)
                target.append(e)
    return ET.tostring(root, encoding='utf-8', xml_declaration=True)


def command(binary, path, ext, work, rnd):
    """The command that reads a file of this kind, with its data folder prepared in `work`."""
    if ext in ARTICLE_KINDS:
        return [binary, 'segment', path, '--locale', rnd.choice(['en', 'nl-BE', 'fr-BE']), '--format', 'json']
    if ext in TERMBASE_KINDS:
        article = rnd.choice(sorted(glob.glob(os.path.join(REPO, 'Examples/articles/*/'))))
        return [binary, 'check', article, '--termbase', path, '--no-default-termbase']
    return [binary, 'import', path, '--tm', os.path.join(work, 'tm.sqlite'), '--format', 'json']


def main():
    parser = argparse.ArgumentParser(description=__doc__.split('\n\n')[0])
    parser.add_argument('--binary', default=os.path.join(REPO, '.build/debug/taalgrens'))
    parser.add_argument('--seed', type=int, default=1)
    parser.add_argument('--runs', type=int, default=100)
    parser.add_argument('--kinds', default=','.join(KINDS), help='file name endings, comma separated')
    parser.add_argument('--timeout', type=float, default=120, help='seconds per run before it is flagged')
    parser.add_argument('--keep', default=os.path.join(tempfile.gettempdir(), 'taalgrens-fuzz'),
                        help='folder for the flagged runs')
    args = parser.parse_args()
    if not os.access(args.binary, os.X_OK):
        sys.exit(f'fuzz-cli: no taalgrens binary at {args.binary} (build it, or name it with --binary)')
    kinds = set(args.kinds.split(','))
    fixtures = sorted(f for f in glob.glob(os.path.join(REPO, 'Tests/Fixtures/**/*'), recursive=True)
                      if os.path.isfile(f) and f.rsplit('.', 1)[-1] in kinds and os.path.getsize(f) < 200_000)
    if not fixtures:
        sys.exit(f'fuzz-cli: no fixture of the kinds {sorted(kinds)} under {REPO}/Tests/Fixtures')
    rnd = random.Random(args.seed)
    outcomes = collections.Counter()
    flagged = 0
    for run in range(args.runs):
        source = rnd.choice(fixtures)
        ext = source.rsplit('.', 1)[-1]
        raw = open(source, 'rb').read()
        data = damage_tree(raw, rnd) if ext in XML_KINDS and rnd.random() < 0.8 else None
        if data is None:
            data = damage_bytes(raw, rnd)
        work = tempfile.mkdtemp(prefix='taalgrens-fuzz-')
        try:
            path = os.path.join(work, 'input.' + ext)
            with open(path, 'wb') as f:
                f.write(data)
            cmd = command(args.binary, path, ext, work, rnd)
            try:
                p = subprocess.run(cmd, stdin=subprocess.DEVNULL, capture_output=True, timeout=args.timeout,
                                   env=dict(os.environ, TAALGRENS_DATA=REPO))
                code, err = p.returncode, p.stderr.decode('utf-8', 'replace')
            except subprocess.TimeoutExpired:
                code, err = 'timeout', ''
            outcomes[(ext, code)] += 1
            if code == 'timeout' or code < 0 or code >= 128 or code == 3 or 'Fatal error' in err:
                flagged += 1
                keep = os.path.join(args.keep, f'{args.seed}-{run}')
                os.makedirs(keep, exist_ok=True)
                shutil.copy(path, keep)
                with open(os.path.join(keep, 'run.txt'), 'w') as f:
                    f.write(f"{' '.join(cmd)}\nfixture: {os.path.relpath(source, REPO)}\nexit: {code}\n{err[-3000:]}")
                last = err.strip().splitlines()[-1] if err.strip() else ''
                print(f'FLAGGED {args.seed}-{run} exit={code} {os.path.relpath(source, REPO)}: {last}'[:300], flush=True)
        finally:
            shutil.rmtree(work, ignore_errors=True)
    summary = ', '.join(f'{ext} exit {code}: {n}' for (ext, code), n in sorted(outcomes.items(), key=str))
    print(f'seed {args.seed}: {args.runs} runs, {flagged} flagged ({summary})')
    sys.exit(1 if flagged else 0)


if __name__ == '__main__':
    main()
