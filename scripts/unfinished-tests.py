#!/usr/bin/env python3
"""Lists the Swift Testing tests and suites a `swift test` log shows as started but not ended.

Usage: unfinished-tests.py LOG

Swift Testing prints "◇ Test NAME started." when a test starts and "✔ Test NAME passed …" or
"✘ Test NAME failed …" when it ends ("recorded an issue" is not an end); the same for suites. The cases
of a parameterised test print a start line only.
A test that was still running when the run was stopped is one that started and never ended: CI prints
them so a hang names its test.
"""
import re
import sys


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 64
    started: dict[str, int] = {}
    ended: set[str] = set()
    start = re.compile(r"^\S+ (Test|Suite) (.+) started\.$")
    end = re.compile(r"^\S+ (Test|Suite) (.+?)(?: with \d+ tests? in \d+ suites?| with \d+ test cases?)? (?:(?:passed|failed) after [0-9.]+ seconds|skipped\.$)")
    with open(sys.argv[1], encoding="utf-8", errors="replace") as log:
        for number, line in enumerate(log, 1):
            line = line.rstrip("\n")
            if line.startswith("◇ Test case passing"):
                continue  # a parameterised test's cases have no end line of their own
            if m := start.match(line):
                started.setdefault(f"{m.group(1)} {m.group(2)}", number)
            elif m := end.match(line):
                ended.add(f"{m.group(1)} {m.group(2)}")
    left = [(n, name) for name, n in started.items() if name not in ended]
    for n, name in sorted(left):
        try:
            print(f"{name} (started at log line {n})")
        except BrokenPipeError:
            return 0
    if not left:
        print("(none: every test that started ended)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
