"""Site-wide details that need a few lines of Python rather than a template override.

* Edit links: ``extra.repository`` in mkdocs.yml is the one place the repository URL
  lives; every page's edit action opens its own source file (its language's) there.
  No ``repo_url``: Material's repository widget would call the GitHub API from the page.
* ``<html lang="zh-Hans">`` on Chinese pages, for Simplified Chinese glyphs.
* No ``<link rel="alternate">`` in the head: the theme would fetch a sitemap next to
  each and log 404s; the language switcher's links already go to the same page.
* Mermaid, offline: the theme fetches mermaid from a CDN unless a global ``mermaid``
  exists. Pages that contain a diagram get the pinned local copy
  (``node_modules/mermaid``, installed by ``npm ci``) loaded before the theme's bundle;
  pages without a diagram load nothing extra.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
MERMAID_SRC = ROOT / "node_modules" / "mermaid" / "dist" / "mermaid.min.js"
MERMAID_DEST = "assets/javascripts/mermaid.min.js"
# The theme fetches "<href>/sitemap.xml" for every <link rel="alternate"> in the head,
# to map the current page to its other language. The i18n plugin already makes those
# links (and the switcher's) point at the same page in the other language, so the fetch
# only 404s with a console error; the switcher's own links are kept.
_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')
_BUNDLE = re.compile(r'<script src="([^"]*?)assets/javascripts/bundle\.[^"]+"')


def on_config(config):
    """Derive the edit URL from the repository setting."""
    extra = config["extra"]
    config["edit_uri"] = f"{extra['repository']}/edit/{extra['branch']}/docs/"
    return config


def on_post_page(output, page, config):
    """Mark Chinese pages as Simplified Chinese; load the local mermaid on diagram pages.

    ``lang="zh-Hans"`` (the theme writes ``zh``) lets browsers and the PDF pick
    Simplified Chinese glyphs rather than Japanese variants of the same characters.
    """
    output = output.replace('<html lang="zh" ', '<html lang="zh-Hans" ', 1)
    output = _HEAD_ALTERNATE.sub("", output)
    if 'class="mermaid"' not in output:
        return output
    m = _BUNDLE.search(output)
    if not m:
        raise PluginError(f"{page.file.src_path}: theme bundle script not found")
    tag = f'<script src="{m.group(1)}{MERMAID_DEST}"></script>\n    '
    return output[: m.start()] + tag + output[m.start() :]


def on_post_build(config):
    """Copy the pinned mermaid into this build's site (each language is one build)."""
    if not MERMAID_SRC.is_file():
        raise PluginError(
            f"{MERMAID_SRC} is missing (fix: run 'npm ci' in {ROOT}, "
            "or 'make build', which does it)"
        )
    dest = Path(config["site_dir"]) / MERMAID_DEST
    dest.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(MERMAID_SRC, dest)
