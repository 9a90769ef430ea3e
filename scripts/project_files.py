"""The project's own files, and a working copy of them: the one list of what a copy of the
project needs (the mistakes suite's `project` fixture and `make bench`'s grown guides and
`make serve` timing copy it; neither copies the venv, caches or built output).

node_modules is linked, not copied (it is large and only read)."""

from __future__ import annotations

import shutil
from pathlib import Path

#: Everything under the project root that a build, the tests and the workflows read.
PROJECT_FILES = (
    "docs",
    "snippets",
    "tests",
    "hooks",
    "overrides",
    "scripts",
    "mkdocs.yml",
    "pyproject.toml",
    "package.json",
    "package-lock.json",
    ".codespellrc",
    ".github",
    ".ci",
)


def copy_project(root: Path, dest: Path) -> Path:
    """Copy the project at `root` into `dest` (created if missing); returns `dest`."""
    dest.mkdir(parents=True, exist_ok=True)
    for name in PROJECT_FILES:
        src = root / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.is_file():
            shutil.copy2(src, dest / name)
        else:
            raise FileNotFoundError(f"{src}: listed in scripts/project_files.py but missing")
    if (root / "node_modules").is_dir():
        (dest / "node_modules").symlink_to(root / "node_modules")
    return dest
