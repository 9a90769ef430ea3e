"""In the PDF, each guide page's title is followed by the line the site shows under it:
difficulty, last update and tags (overrides/partials/page-meta.html, the same partial).

The site puts that line in through overrides/partials/content.html, but the print-site
plugin (`make pdf`) assembles its one long page from each page's Markdown HTML, not from
that template, and puts a tag list of its own *above* each title. So in a PDF build this
hook adds the line after the title in the HTML the plugin takes (it runs before the
plugin's on_page_content, which keeps a copy), and the print style sheet hides the
plugin's list (docs/stylesheets/extra.css). Pages without a difficulty (home, glossary,
tags) are left as they are, as on the site.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from mkdocs.plugins import event_priority

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # MkDocs puts only hooks/ on the path while loading a hook

from hooks.page_model import pdf_build  # noqa: E402

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page


class Tag(NamedTuple):
    """What the theme's partials/tags.html reads of a tag; no url: plain text on paper."""

    name: str
    url: None = None
    hidden: bool = False


@event_priority(50)  # before print-site's on_page_content (priority 0) keeps the HTML
def on_page_content(html: str, *, page: Page, config: MkDocsConfig, files: Files) -> str:
    if not pdf_build(config) or not page.meta.get("difficulty") or "</h1>" not in html:
        return html
    template = config.theme.get_env().get_template("partials/page-meta.html")
    line = template.render(
        page=page, config=config, tags=[Tag(str(t)) for t in page.meta.get("tags", [])]
    )
    return html.replace("</h1>", "</h1>\n" + line, 1)
