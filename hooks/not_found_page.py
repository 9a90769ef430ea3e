"""The (bilingual) 404 page's language switcher goes to each language's home page.

The i18n plugin points the switcher (``extra.alternate``) at the current page in each
language, page by page; the 404 page is rendered after the pages, so it would otherwise
link the last page built. Its own text is in overrides/404.html.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # MkDocs loads hooks by path

from hooks.page_model import DEFAULT_LANG  # noqa: E402

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig


def on_template_context(
    context: dict[str, Any], *, template_name: str, config: MkDocsConfig
) -> dict[str, Any]:
    if template_name != "404.html":
        return context
    base = urlsplit(config["site_url"]).path.rstrip("/") + "/"
    # the i18n plugin sets it as an attribute (which the theme reads first), not an item
    alternates = getattr(config.extra, "alternate", None) or config.extra.get("alternate") or []
    for alternate in alternates:
        lang = alternate.get("lang")
        alternate["link"] = base + ("" if lang == DEFAULT_LANG else f"{lang}/")
    return context
