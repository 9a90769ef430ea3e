"""The theme's compiled templates are kept in ``.cache/jinja`` between builds (each
build, and each `make serve` rebuild, otherwise compiles every template again)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from jinja2 import FileSystemBytecodeCache

if TYPE_CHECKING:
    from jinja2 import Environment
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files

CACHE = Path(__file__).resolve().parent.parent / ".cache" / "jinja"


def on_env(env: Environment, *, config: MkDocsConfig, files: Files) -> Environment:
    """Give the theme's template environment a bytecode cache on disk."""
    CACHE.mkdir(parents=True, exist_ok=True)
    env.bytecode_cache = FileSystemBytecodeCache(str(CACHE))
    return env
