"""A page titled with the site's name (each language's home page) shows it once in the
browser tab, not as "name - name" (the theme appends the site name to a page's title)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.nav import Navigation
    from mkdocs.structure.pages import Page


def on_page_context(
    context: dict[str, Any], *, page: Page, config: MkDocsConfig, nav: Navigation
) -> dict[str, Any]:
    """Drop a ``title`` equal to the site name; the theme then shows the name alone."""
    if page.meta.get("title") == config["site_name"]:
        del page.meta["title"]
    return context
