"""The search dialog gets an accessible name (“搜索” / “Search”) for screen readers.

Material writes ``<div class="md-search" ... role="dialog">`` with no name, inside
``partials/search.html``, a large partial with no block to extend: overriding it would
mean copying all of it, so this one attribute is added to the finished HTML instead,
on every page, on the 404 page and on the print page the PDF is made from.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.pages import Page

LABEL = {"zh": "搜索", "en": "Search"}


def name_search_dialog(output: str) -> str:
    """Add the label, in the page's language (its ``<html lang>``), to the dialog."""
    label = LABEL["en" if '<html lang="en"' in output else "zh"]
    return output.replace('role="dialog"', f'role="dialog" aria-label="{label}"', 1)


def on_post_page(output: str, *, page: Page, config: MkDocsConfig) -> str:
    return name_search_dialog(output)


def on_post_template(output: str, *, template_name: str, config: MkDocsConfig) -> str:
    return name_search_dialog(output) if template_name == "404.html" else output


def on_post_build(*, config: MkDocsConfig) -> None:
    """The print-site plugin (make pdf) writes its page after on_post_page has run."""
    print_page = Path(config["site_dir"]) / "print_page" / "index.html"
    if print_page.is_file():
        print_page.write_text(name_search_dialog(print_page.read_text("utf-8")), "utf-8")
