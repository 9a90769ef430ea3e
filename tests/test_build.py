"""The built site: every page where its permalink says, with its meta description and
title line; nothing loaded from another origin; mermaid only where there is a diagram;
readable heading ids; a tag index per language; one search index for both languages."""

from __future__ import annotations

import html as html_lib
import json
import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from snippet_tools import PAGE_IDS, PAGES, rel

from hooks.code_highlighting import PLAIN_TOKEN_CLASSES
from hooks.page_model import lang_of, meta_of, repository, site_url

SITE_PATH = urlsplit(site_url()).path  # "/docs/"
REPOSITORY = repository()


def served_file(site: Path, url_path: str) -> Path:
    """The file the server returns for a URL path under the site."""
    return site / url_path.lstrip("/") / "index.html"


class Loads(HTMLParser):
    """Collects every URL the browser would fetch on its own (not links it may follow)."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "audio", "video", "source") and a.get("src"):
            self.urls.append(a["src"])
        if tag == "link" and a.get("href"):
            kinds = set((a.get("rel") or "").split())
            if kinds & {
                "stylesheet",
                "preload",
                "preconnect",
                "modulepreload",
                "icon",
                "manifest",
                "dns-prefetch",
            }:
                self.urls.append(a["href"])


@pytest.mark.parametrize("page", PAGES, ids=PAGE_IDS)
def test_page_is_served_at_its_permalink(built_site: Path, page: Path):
    meta = meta_of(page)
    html_file = served_file(built_site, meta["permalink"])
    assert html_file.is_file(), (
        f"{rel(page)}: permalink {meta['permalink']} is not where the site serves it "
        f"(no {html_file.relative_to(built_site)}) (fix: correct the permalink or move the file)"
    )
    html = html_file.read_text("utf-8")
    canonical = re.search(r'<link rel="canonical" href="([^"]+)"', html)[1]
    assert urlsplit(canonical).path == meta["permalink"], (rel(page), canonical)
    description = re.search(r'<meta name="description" content="([^"]*)"', html)[1]
    assert description == meta["description"].replace('"', "&quot;"), rel(page)
    lang = lang_of(page)
    assert f'<html lang="{"zh-Hans" if lang == "zh" else "en"}"' in html, rel(page)
    edit = re.search(r'<a href="([^"]+)" title="[^"]*" class="md-content__button md-icon"', html)
    assert edit, f"{rel(page)}: no edit action"
    assert edit[1] == f"{REPOSITORY}/edit/main/{rel(page)}", (rel(page), edit[1])
    pdf = re.search(r'<a href="([^"]+)" class="md-content__button md-icon pdf-download"', html)
    assert pdf, f"{rel(page)}: no PDF download button"
    target = (html_file.parent / pdf[1]).resolve()
    want = (built_site / "docs" / "pdf" / f"python-asyncio-guide.{lang}.pdf").resolve()
    assert target == want, f"{rel(page)}: the PDF button points at {pdf[1]}, not its language's PDF"
    title = html_lib.unescape(re.search(r"<title>([^<]*)</title>", html)[1])
    parts = title.split(" - ")
    assert len(parts) == len(set(parts)), f"{rel(page)}: the browser tab repeats itself: {title!r}"
    if "difficulty" in meta:
        line = re.search(r'<div class="page-meta">(.*?)</div>', html, re.S)
        assert line, f"{rel(page)}: no difficulty/tags/updated line under the title"
        for value in (meta["difficulty"], str(meta["updated"]), *meta["tags"]):
            assert value in line[1], f"{rel(page)}: {value!r} missing under the title"


def all_html(site: Path) -> list[Path]:
    return sorted(site.rglob("*.html"))


def test_nothing_is_loaded_from_another_origin(built_site: Path):
    offenders = []
    for f in all_html(built_site):
        parser = Loads()
        parser.feed(f.read_text("utf-8"))
        for url in parser.urls:
            if urlsplit(url).scheme or url.startswith("//"):
                offenders.append(f"{f.relative_to(built_site)}: {url}")
    assert not offenders, (
        "pages load from other origins (readers in mainland China and the offline PDF "
        "cannot):\n  " + "\n  ".join(offenders) + "\n(fix: serve the asset from the site)"
    )


def test_diagram_loader_is_local_and_only_on_pages_with_diagrams(built_site: Path):
    script = re.compile(r'<script src="[^"]*javascripts/diagrams\.js" defer>')
    with_diagram = 0
    for f in all_html(built_site):
        html = f.read_text("utf-8")
        has_diagram = 'class="diagram-mermaid"' in html
        with_diagram += has_diagram
        assert bool(script.search(html)) == has_diagram, f.relative_to(built_site)
        assert "mermaid.min.js" not in html, f"{f.relative_to(built_site)} loads mermaid eagerly"
    assert (built_site / "docs/assets/javascripts/mermaid.min.js").is_file()
    assert (built_site / "docs/javascripts/diagrams.js").is_file()
    assert with_diagram, "no page has a mermaid diagram: this check would prove nothing"


def test_code_spans_left_out_still_look_like_plain_code(built_site: Path):
    """hooks/code_highlighting.py drops the Pygments spans of names, keyword constants and
    whitespace because the theme draws them exactly like plain code text. If a theme update
    gives them a colour or style of their own, they must come back (fix: remove the class
    from PLAIN_TOKEN_CLASSES in hooks/code_highlighting.py)."""
    css = "".join(
        f.read_text("utf-8") for f in (built_site / "docs/assets/stylesheets").glob("*.css")
    )
    rules = [
        ([s.strip() for s in selectors.split(",")], body)
        for selectors, body in re.findall(r"([^{}]+)\{([^{}]*)\}", css)
    ]
    for cls in PLAIN_TOKEN_CLASSES:
        styled = [body for selectors, body in rules if f".highlight .{cls}" in selectors]
        allowed = [] if cls == "w" else ["color:var(--md-code-hl-name-color)"]
        assert styled == allowed, (
            f"the theme styles .highlight .{cls} as {styled}, not as plain code text "
            "(fix: remove it from PLAIN_TOKEN_CLASSES in hooks/code_highlighting.py)"
        )
    name_colours = set(re.findall(r"--md-code-hl-name-color:([^;}]+)", css))
    assert name_colours == {"var(--md-code-fg-color)"}, name_colours
    code_colours = [body for selectors, body in rules if ".md-typeset code" in selectors]
    assert any("color:var(--md-code-fg-color)" in b for b in code_colours), code_colours
    page = (built_site / "docs/basics/cancellation/index.html").read_text("utf-8")
    assert '<span class="k">' in page, "code on the page is no longer highlighted"
    left = re.findall(r'<span class="(?:n|kc|w)">', page)
    assert not left, f"{len(left)} plain-text spans left on basics/cancellation"


def test_heading_ids_are_readable(built_site: Path):
    bad = [
        f"{f.relative_to(built_site)}: {m}"
        for f in all_html(built_site)
        for m in re.findall(r'<h[2-6] id="(_\d*)"', f.read_text("utf-8"))
    ]
    assert not bad, bad


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_tag_index_lists_the_language_tags(built_site: Path, lang: str):
    index = served_file(built_site, SITE_PATH + ("" if lang == "zh" else "en/") + "tags/")
    html = index.read_text("utf-8")
    for page in PAGES:
        meta = meta_of(page)
        if lang_of(page) == lang and meta.get("tags"):
            for tag in meta["tags"]:
                assert f">{tag}<" in html or f"{tag}</" in html, (rel(page), tag)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_each_language_has_its_own_search_index(built_site: Path, lang: str):
    folder = "docs/" if lang == "zh" else "docs/en/"
    index = json.loads((built_site / folder / "search/search_index.json").read_text("utf-8"))
    locations = {d["location"].split("#")[0] for d in index["docs"]}
    for page in PAGES:
        meta = meta_of(page)
        want = meta["permalink"].removeprefix("/" + folder)
        if lang_of(page) == lang:
            assert want in locations, f"{rel(page)} ({want}) missing from the {lang} search index"
    assert not any(loc.startswith("en/") for loc in locations), "English pages in the zh index"
    if lang == "zh":
        text = " ".join(d["text"] for d in index["docs"])
        # jieba splits Chinese into words, so "取消" is a word of its own in the index
        assert re.search(r"(^|[\s\u200b])取消([\s\u200b]|$)", text), "Chinese is not segmented"


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_search_index_leaves_out_example_code(built_site: Path, lang: str):
    """Each example's code block is marked data-search-exclude (hooks/snippet_links.py):
    the index, fetched on a reader's first search, holds the prose, which names every API
    the code uses. The only code left in it is a diagram's source (a ```mermaid block)."""
    folder = "docs/" if lang == "zh" else "docs/en/"
    index = json.loads((built_site / folder / "search/search_index.json").read_text("utf-8"))
    text = " ".join(d["text"] for d in index["docs"])
    blocks = re.findall(r"<pre><code>(\S*)", text)
    diagram = re.compile(r"flowchart|graph|sequenceDiagram|stateDiagram(-v2)?|classDiagram")
    code = [b for b in blocks if not diagram.fullmatch(b)]
    assert not code, f"{lang} search index holds example code starting {code[:5]}"
    assert "import asyncio" not in text, f"{lang} search index holds example code"
