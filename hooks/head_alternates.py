"""No ``<link rel="alternate">`` in the page head; the language switcher keeps its links.

The theme fetches "<href>/sitemap.xml" for every ``<link rel="alternate">`` in the head,
to map the current page to its other language. The i18n plugin already points those
links (and the switcher's) at the same page in the other language, so the fetch only
404s with a console error.

Why HTML and not a template: both the head links (Material's ``site_meta`` block) and
the switcher (``partials/alternate.html``) read ``config.extra.alternate``, which the
i18n plugin sets per page; the block can only be overridden whole (a copy of the theme's
30 lines), so the head links are taken out of the finished page here instead.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

_HEAD_ALTERNATE = re.compile(r'\s*<link rel="alternate" href="[^"]*" hreflang="[^"]*">')


def drop_head_alternates(output: str) -> str:
    return _HEAD_ALTERNATE.sub("", output)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return drop_head_alternates(output)


def on_post_template(output: str, *, template_name: str, config: MkDocsConfig) -> str:
    return drop_head_alternates(output) if template_name == "404.html" else output


def on_post_build(*, config: MkDocsConfig) -> None:
    """The print-site plugin (make pdf) writes its page after on_post_page has run."""
    print_page = Path(config["site_dir"]) / "print_page" / "index.html"
    if print_page.is_file():
        print_page.write_text(drop_head_alternates(print_page.read_text("utf-8")), "utf-8")
