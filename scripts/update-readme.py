#!/usr/bin/env python3
"""Refreshes the example outputs in README.md by running the commands they show.

A block in README.md of the form

    <!-- run: taalgrens query "…" --from en --to nl-BE -->
    ```
    $ taalgrens query "…" --from en --to nl-BE
    …output…
    ```

gets its output replaced by what the command prints now. Commands run in order, in one scratch folder
(`$WORK`), with the repository's examples copied in and a fresh memory, so later blocks see what earlier
ones imported. `taalgrens` is the debug build (`swift build` first). Usage: scripts/update-readme.py
"""
import os
import re
import shlex
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "debug", "taalgrens")
MARK = re.compile(r"<!-- run: (.*?) -->\n```[a-z]*\n.*?```", re.S)


def main() -> int:
    if not os.path.exists(BINARY):
        print("build first: swift build", file=sys.stderr)
        return 1
    work = tempfile.mkdtemp(prefix="taalgrens-readme-")
    shutil.copytree(os.path.join(ROOT, "Examples"), os.path.join(work, "Examples"))
    env = dict(os.environ, TAALGRENS_DATA=ROOT, TAALGRENS_TM=os.path.join(work, "taalgrens.tm"),
               SOURCE_DATE_EPOCH="1585526400", COLUMNS="110")
    readme = open(os.path.join(ROOT, "README.md"), encoding="utf-8").read()

    def run(match: re.Match) -> str:
        command = match.group(1)
        argv = shlex.split(command)
        if argv[0] == "taalgrens":
            argv[0] = BINARY
        result = subprocess.run(argv, cwd=work, env=env, capture_output=True, text=True)
        output = (result.stdout + result.stderr).replace(work + "/", "").replace(work, ".")
        lines = output.rstrip("\n").split("\n")
        if len(lines) > 40:
            lines = lines[:40] + [f"… ({len(lines) - 40} more lines)"]
        status = "" if result.returncode == 0 else f"\n(exit code {result.returncode})"
        return f"<!-- run: {command} -->\n```\n$ {command}\n" + "\n".join(lines) + status + "\n```"

    updated = MARK.sub(run, readme)
    open(os.path.join(ROOT, "README.md"), "w", encoding="utf-8").write(updated)
    shutil.rmtree(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
