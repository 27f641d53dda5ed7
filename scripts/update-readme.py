#!/usr/bin/env python3
"""Refreshes the example outputs in README.md by running the commands they show, the way a new user would.

A block in README.md of the form

    <!-- run: taalgrens query "…" --from en --to nl-BE -->
    ```
    $ taalgrens query "…" --from en --to nl-BE
    …output…
    ```

gets its output replaced by what the command prints now (standard output, then standard error, then
"(exit code N)" when N is not 0).

The README promises that its examples, run in order in a fresh clone's folder after the quick start, print
what it shows. So this script builds such a folder and runs them there:

- a scratch folder holding copies of `Examples/`, `Locales/`, `Glossary/` and the other tools' sample files
  in `Tests/Fixtures/interop/` (the tool finds `Locales/`
  by walking up from the working directory, as in a clone), no `$TAALGRENS_TM` or `$TAALGRENS_DATA`
  (the memory is the default `./taalgrens.tm`);
- first the quick start's main job, taken from the README's "Quick start" block
  (`swift run taalgrens publish …` run as `taalgrens publish …`);
- then every `run:` block in order, each through `bash -c` (globs and `>` work as in a terminal), with
  `taalgrens` on `PATH` being the debug build (`swift build` first).

Paths: the tool prints paths relative to the working directory when they lie inside it (`docs/cli.md`),
so the outputs need no rewriting. If an output still contains the scratch folder's absolute path, which a
user would not see, the script stops with an error instead of writing the README.

Usage: scripts/update-readme.py
"""
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BINARY = os.path.join(ROOT, ".build", "debug", "taalgrens")
MARK = re.compile(r"<!-- run: (.*?) -->\n```[a-z]*\n.*?```", re.S)
QUICK_START = re.compile(r"## Quick start\n.*?```\n(.*?)```", re.S)
MAX_LINES = 40


def quick_start_commands(readme: str) -> list[str]:
    """The `swift run taalgrens …` lines of the README's quick start, as `taalgrens …` commands."""
    block = QUICK_START.search(readme)
    if not block:
        raise SystemExit("README.md has no '## Quick start' code block")
    commands = [line.strip().replace("swift run taalgrens", "taalgrens", 1)
                for line in block.group(1).splitlines() if line.strip().startswith("swift run taalgrens")]
    if not commands:
        raise SystemExit("the quick start runs no 'swift run taalgrens …' command")
    return commands


def main() -> int:
    if not os.path.exists(BINARY):
        print("build first: swift build", file=sys.stderr)
        return 1
    work = tempfile.mkdtemp(prefix="taalgrens-readme-")
    clone = os.path.join(work, "taalgrens")  # the user's clone
    tools = os.path.join(work, "bin")
    os.makedirs(tools)
    os.symlink(BINARY, os.path.join(tools, "taalgrens"))
    for folder in ("Examples", "Locales", "Glossary", "Tests/Fixtures/interop"):
        shutil.copytree(os.path.join(ROOT, folder), os.path.join(clone, folder))
    env = {k: v for k, v in os.environ.items() if k not in ("TAALGRENS_TM", "TAALGRENS_DATA")}
    env.update(PATH=tools + os.pathsep + env.get("PATH", "/usr/bin:/bin"),
               SOURCE_DATE_EPOCH="1585526400", COLUMNS="110", LC_ALL="C.UTF-8")
    readme_path = os.path.join(ROOT, "README.md")
    readme = open(readme_path, encoding="utf-8").read()
    leaks: list[str] = []

    def execute(command: str) -> subprocess.CompletedProcess:
        return subprocess.run(["bash", "-c", command], cwd=clone, env=env, capture_output=True, text=True)

    for command in quick_start_commands(readme):
        result = execute(command)
        if result.returncode != 0:
            print(f"the quick start failed: {command}\n{result.stderr}", file=sys.stderr)
            return 1

    def run(match: re.Match) -> str:
        command = match.group(1)
        result = execute(command)
        output = result.stdout + result.stderr
        if work in output:
            leaks.append(command)
        lines = output.rstrip("\n").split("\n")
        if len(lines) > MAX_LINES:
            lines = lines[:MAX_LINES] + [f"… ({len(lines) - MAX_LINES} more lines)"]
        status = "" if result.returncode == 0 else f"\n(exit code {result.returncode})"
        return f"<!-- run: {command} -->\n```\n$ {command}\n" + "\n".join(lines) + status + "\n```"

    updated = MARK.sub(run, readme)
    shutil.rmtree(work)
    if leaks:
        print("these commands print the scratch folder's absolute path, which a user would not see:", file=sys.stderr)
        for command in leaks:
            print(f"  {command}", file=sys.stderr)
        return 1
    open(readme_path, "w", encoding="utf-8").write(updated)
    return 0


if __name__ == "__main__":
    sys.exit(main())
