"""The pinned local mermaid (``node_modules/mermaid``, installed by ``npm ci``) is copied
into each built site, for ``docs/javascripts/diagrams.js`` to fetch when a diagram nears
the screen (overrides/main.html loads that script on pages with a diagram only). Nothing
is fetched from a CDN."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import TYPE_CHECKING

from mkdocs.exceptions import PluginError

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig

ROOT = Path(__file__).resolve().parent.parent
MERMAID_SRC = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
MERMAID_DEST = "assets/javascripts/mermaid.min.js"


def on_post_build(*, config: MkDocsConfig) -> None:
    """Copy mermaid into this build's site (each language is one build)."""
    if not MERMAID_SRC.is_file():
        raise PluginError(
            f"{MERMAID_SRC} is missing (fix: run 'npm ci' in {ROOT}, "
            "or 'make build', which does it)"
        )
    dest = Path(config["site_dir"]) / MERMAID_DEST
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MERMAID_SRC, dest)
