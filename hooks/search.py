"""Search in the reader's language.

The i18n plugin writes a single search index for both languages (a documented
limitation), so Chinese readers found English pages and English readers Chinese ones.
Once the whole build is done, this hook splits that index in two: ``search/`` keeps the
Chinese pages and ``en/search/`` gets the English ones (locations made relative to
``en/``), and English pages point the theme's search (its ``base``) at ``en/``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import event_priority
from mkdocs.structure.pages import Page

OTHER = "en"  # every non-default language, served under its own folder
_BASE = re.compile(r'("base": ")([^"]*)(")')


def _is_english(page: Page) -> bool:
    """static-i18n's locale of the page's file."""
    return getattr(page.file, "locale", None) == OTHER


def on_post_page(output: str, page: Page, config: MkDocsConfig) -> str:
    """English pages search the English index (theme config ``base`` -> ``en/``)."""
    if not _is_english(page):
        return output
    head, sep, rest = output.partition('<script id="__config" type="application/json">')
    if not sep:
        return output
    config_json, end, tail = rest.partition("</script>")
    config_json = _BASE.sub(lambda m: f"{m[1]}{m[2]}/{OTHER}/{m[3]}", config_json, count=1)
    return head + sep + config_json + end + tail


@event_priority(-110)  # after the i18n plugin (-100) has built every language
def on_post_build(config: MkDocsConfig) -> None:
    """Split the finished index; the nested per-language builds are skipped."""
    i18n = config.plugins.get("i18n")
    if i18n is None or i18n.building:
        return
    site = Path(config["site_dir"])
    index_file = site / "search" / "search_index.json"
    if not index_file.is_file():
        return
    index = json.loads(index_file.read_text("utf-8"))
    prefix = f"{OTHER}/"
    ours = [d for d in index["docs"] if not d["location"].startswith(prefix)]
    theirs = [
        {**d, "location": d["location"][len(prefix) :]}
        for d in index["docs"]
        if d["location"].startswith(prefix)
    ]
    if not theirs:
        return  # a one-language build (make pdf): nothing to split
    index_file.write_text(json.dumps({**index, "docs": ours}, ensure_ascii=False), "utf-8")
    other = site / OTHER / "search" / "search_index.json"
    other.parent.mkdir(parents=True, exist_ok=True)
    other.write_text(json.dumps({**index, "docs": theirs}, ensure_ascii=False), "utf-8")
