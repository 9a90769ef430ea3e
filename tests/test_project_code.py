"""The project's own Python (hooks/, scripts/, tests/) is linted and formatted with the
pinned ruff, as configured in pyproject.toml. Snippets are checked separately, at 80
columns, by tests/test_snippets.py."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ["hooks", "scripts", "tests"]


def ruff(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "ruff", *args, *CODE],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )


def test_project_code_passes_the_linter():
    proc = ruff("check", "--output-format", "concise")
    assert proc.returncode == 0, (
        f"{proc.stdout}{proc.stderr}\nfix: `.venv/bin/ruff check --fix hooks scripts tests`, "
        "then correct by hand what remains"
    )


def test_project_code_is_formatted():
    proc = ruff("format", "--check")
    assert proc.returncode == 0, (
        f"{proc.stdout}{proc.stderr}\nfix: `.venv/bin/ruff format hooks scripts tests`"
    )
