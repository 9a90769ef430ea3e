#!/usr/bin/env python3
"""A strict MkDocs build exactly as strict as ``make build``, for the tools that build
(the test suite's ``built_site``, the PDF build), with its problems as file:line messages.

    python scripts/strict_build.py DEST     build into DEST; print the problems, exit 1

Never ``-q``: MkDocs' quiet flag raises its logger to ERROR, so the warnings a strict
build counts (a link to a missing page or anchor, a nav entry with no page) are dropped
before they are counted, and the build exits 0. The build runs at the default level and
only its warnings and errors are kept; link and nav warnings are given the line of the
page (or of mkdocs.yml) that holds them.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

_RECORD = re.compile(r"^(WARNING|ERROR)\s+-\s+(.*)$")
_LINK = re.compile(
    r"^Doc file '(?P<page>[^']+)' contains a link '(?P<link>[^']+)', but (?P<why>.*)$"
)
_NAV = re.compile(r"^A reference to '(?P<target>[^']+)' is included in the 'nav' configuration")


def strict_build(
    dest: Path, root: Path = ROOT, env: dict[str, str] | None = None
) -> tuple[int, str]:
    """``mkdocs build --strict`` of the project at ``root`` into ``dest``; returns the
    exit code and the build's problems as file:line messages ('' when there are none)."""
    proc = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(dest)],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1", **(env or {})},
    )
    return proc.returncode, "\n".join(problems(proc.stdout + proc.stderr, root))


def problems(output: str, root: Path = ROOT) -> list[str]:
    """The warnings and errors in MkDocs' output (continuation lines kept), link and nav
    warnings rewritten as ``path:line: what (fix: ...)``."""
    records: list[list[str]] = []
    verdict = []
    for line in output.splitlines():
        if m := _RECORD.match(line):
            records.append([f"{m[1]}: {m[2]}"])
        elif records and line.startswith((" ", "\t")) and line.strip():
            records[-1].append(line)
        elif line.startswith("Aborted with"):
            verdict = [line]
    seen: dict[tuple[str, str], int] = {}  # the nth warning for a link is its nth use
    messages = []
    for lines in records:
        text = lines[0].split(": ", 1)[-1]
        if m := _LINK.match(text):
            nth = seen[m["page"], m["link"]] = seen.get((m["page"], m["link"]), 0) + 1
            where = _line_of(root / "docs" / m["page"], f"]({m['link']}", nth)
            why = m["why"].rstrip(".")
            messages.append(
                f"docs/{m['page']}{where}: link '{m['link']}': {why} "
                "(fix: correct the link, or add the page or heading it points to)"
            )
        elif m := _NAV.match(text):
            where = _line_of(root / "mkdocs.yml", f" {m['target']}", 1)
            messages.append(
                f"mkdocs.yml{where}: nav entry '{m['target']}' has no page in docs/ "
                "(fix: add the page, or remove it from the nav)"
            )
        else:
            messages.append("\n".join(lines))
    return [*dict.fromkeys(messages), *verdict]  # both languages' builds may say the same


def _line_of(path: Path, needle: str, nth: int) -> str:
    """``:LINE`` of the ``nth`` line of ``path`` that contains ``needle`` ('' if none)."""
    try:
        lines = path.read_text("utf-8").splitlines()
    except OSError:
        return ""
    found = [i for i, line in enumerate(lines, 1) for _ in range(line.count(needle))]
    return f":{found[min(nth, len(found)) - 1]}" if found else ""


def main() -> int:
    if len(sys.argv) != 2:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    code, text = strict_build(Path(sys.argv[1]))
    if text:
        print(text)
    return 1 if code else 0


if __name__ == "__main__":
    sys.exit(main())
