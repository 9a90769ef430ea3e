"""The built site in a real browser: Debian's chromium, driven by playwright, against the
site served on 127.0.0.1 (missing paths get the site's 404 page, as on static hosting).

For both languages, at desktop and phone widths: home, a content page, the tag index and
the 404 page render with no console error, no request to another origin and no serious
or critical axe-core violation, in the light and the dark palette; search finds Chinese
and English words in the reader's language; the language switcher round-trips; the phone
drawer works; the copy button copies code that runs; snippet links point at real files;
mermaid diagrams render; the palette choice persists. Screenshots of every view go to
artifacts/screenshots/ for a human to look at.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from snippet_tools import ROOT

# Debian's chromium; CHROMIUM=/path overrides (e.g. a CI runner without Debian packages)
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = ROOT / "artifacts" / "screenshots"
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}
REPOSITORY_BLOB = "https://github.com/asyncio-guide/docs/blob/main/"

if not Path(CHROMIUM).is_file():
    reason = "chromium not installed (fix: apt-get install chromium; make test does it as root)"
    if os.environ.get("CI"):
        raise RuntimeError(reason + "; CI must run the browser tests")
    pytest.skip(reason, allow_module_level=True)


# The served site (base_url) and the browser (browser) are session fixtures in conftest.py,
# shared with tests/test_runner.py.


class Watched:
    """A browser page that records console errors and requests to other origins."""

    def __init__(self, browser, size="desktop", scheme="light"):
        self.context = browser.new_context(
            viewport=SIZES[size],
            color_scheme=scheme,
            permissions=["clipboard-read", "clipboard-write"],
        )
        self.page = self.context.new_page()
        self.errors: list[str] = []
        self.foreign: list[str] = []
        self.page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.on("request", self._request)

    def _request(self, request):
        host = urlsplit(request.url).hostname
        if request.url.startswith(("http:", "https:")) and host != "127.0.0.1":
            self.foreign.append(request.url)

    def goto(self, url, wait_until="networkidle"):
        return self.page.goto(url, wait_until=wait_until)

    def check_clean(self, what, allow_404_document=False):
        errors = self.errors
        if allow_404_document:  # the browser logs the missing document itself
            errors = [e for e in errors if "404" not in e]
        assert not self.foreign, f"{what}: requests to other origins: {self.foreign}"
        assert not errors, f"{what}: console errors: {errors}"


@pytest.fixture
def watched(browser):
    made = []

    def make(**kw):
        made.append(Watched(browser, **kw))
        return made[-1]

    yield make
    for w in made:
        w.context.close()


def shot(w: Watched, name: str):
    SHOTS.mkdir(parents=True, exist_ok=True)
    w.page.screenshot(path=SHOTS / f"{name}.png", full_page=True)


def wait_for_diagrams(w: Watched, what: str):
    """Scroll each diagram into view (they render lazily), then check each drew an SVG."""
    selector = "pre.diagram-mermaid, div.diagram-mermaid"
    count = w.page.locator(selector).count()
    for i in range(count):
        # In the page, not with a locator: the diagram loader replaces each <pre> with a
        # <div> when it nears the screen, and a locator's element could be detached
        # while playwright waited for it to be stable (seen under load in `make test`).
        # A diagram inside a collapsed "In depth" block renders once the reader opens it.
        w.page.evaluate(
            "([sel, i]) => { const el = document.querySelectorAll(sel)[i];"
            " for (let d = el.closest('details'); d; d = d.parentElement.closest('details'))"
            " d.open = true;"
            " el.scrollIntoView({block: 'center'}); }",
            [selector, i],
        )
        w.page.wait_for_function(
            "n => document.querySelectorAll('div.diagram-mermaid svg').length >= n",
            arg=i + 1,
            timeout=20000,
        )
    heights = w.page.locator("div.diagram-mermaid svg").evaluate_all(
        "els => els.map(e => e.getBoundingClientRect().height)"
    )
    assert len(heights) == count and all(h > 40 for h in heights), (what, heights)
    w.page.evaluate("window.scrollTo(0, 0)")


#: The axe rules whose result depends on colours: all that can change with the palette.
COLOUR_RULES = ["color-contrast", "link-in-text-block"]


def axe_violations(
    w: Watched, within: str = "document", only: list[str] | None = None
) -> list[str]:
    """Serious and critical axe violations in the page (or the element ``within``), for
    every rule or ``only`` the rules named."""
    # Wait until no CSS transition is running: after scrolling back to the top the
    # header fades from the page title to the site name, and axe measuring contrast
    # half-way through that fade reported a violation that is not there.
    w.page.wait_for_function(
        "document.getAnimations().every(a => a.playState !== 'running')", timeout=5000
    )
    # The theme's long pages render blocks only as they near the screen (extra.css,
    # content-visibility): lay everything out so that axe measures every block.
    if not w.page.evaluate("typeof axe !== 'undefined'"):
        w.page.add_style_tag(content="* { content-visibility: visible !important; }")
        w.page.add_script_tag(path=str(AXE))
    options = {"resultTypes": ["violations"], **({"runOnly": only} if only else {})}
    result = w.page.evaluate(
        "async ([within, options]) => (await axe.run(within === 'document' ? document"
        " : document.querySelector(within), options)).violations"
        ".map(v => ({id: v.id, impact: v.impact, help: v.help,"
        " nodes: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))",
        [within, options],
    )
    return [
        f"{v['id']} ({v['impact']}): {v['help']} at {v['nodes']}"
        for v in result
        if v["impact"] in ("serious", "critical")
    ]


#: The palette the page shows: its body's data-md-color-scheme ("default" or "slate").
PALETTE = "document.body.getAttribute('data-md-color-scheme')"


def switch_palette(w: Watched) -> str:
    """Press the header's palette toggle, as a reader would; the palette switched to."""
    before = w.page.evaluate(PALETTE)
    w.page.locator("[data-md-component=palette] label:not([hidden])").click()
    w.page.wait_for_function(f"s => {PALETTE} !== s", arg=before, timeout=5000)
    return w.page.evaluate(PALETTE)


VIEWS = {
    "home": ("", ""),
    "page": ("basics/cancellation/", "basics/cancellation/"),
    "tags": ("tags/", "tags/"),
    "404": ("no-such-page/", "no-such-page/"),
}


def view_path(view: str, lang: str) -> str:
    """Where one of VIEWS is, under /docs/, in one language."""
    return ("" if lang == "zh" else "en/") + VIEWS[view][lang == "en"]


#: The palette each size opens in (the reader's system preference; mkdocs.yml maps it to a
#: palette): both preferences are loaded, and each view is then switched to the other.
OPENS_IN = {"desktop": "light", "phone": "dark"}
SCHEME_OF = {"default": "light", "slate": "dark"}


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("lang", ["zh", "en"])
@pytest.mark.parametrize("view", VIEWS)
def test_view_renders_cleanly_and_accessibly(watched, base_url, view, lang, size):
    """One load per view, language and size, in the palette the reader's preference picks
    (OPENS_IN), scanned whole with every axe rule; then switched with the header's toggle,
    as a reader would, and scanned whole again with the rules colours decide
    (COLOUR_RULES: structure, names and ARIA do not change with the palette). A
    screenshot of each palette goes to artifacts/screenshots/."""
    w = watched(size=size, scheme=OPENS_IN[size])
    path = view_path(view, lang)
    # at the load event every script, style sheet and font the page names has been
    # requested (a CDN one included); network idle would add 0.5 s a view
    response = w.goto(base_url + path, wait_until="load")
    assert response.status == (404 if view == "404" else 200), path
    assert w.page.locator("h1:visible").count() == 1, f"{path}: one visible h1"
    want = "zh-Hans" if lang == "zh" else "en"
    assert w.page.evaluate("document.documentElement.lang") == want, path
    if view == "page":
        lines = w.page.locator(".page-meta time").evaluate("e => e.getClientRects().length")
        assert lines == 1, f"{path} ({size}): the updated date breaks across lines"
    wait_for_diagrams(w, path)
    first = w.page.evaluate(PALETTE)
    assert SCHEME_OF[first] == OPENS_IN[size], (
        f"{path}: a {OPENS_IN[size]} preference opened {first}"
    )
    shot(w, f"{view}-{lang}-{size}-{SCHEME_OF[first]}")
    problems = {first: axe_violations(w)}
    second = switch_palette(w)
    problems[second] = axe_violations(w, only=COLOUR_RULES)
    shot(w, f"{view}-{lang}-{size}-{SCHEME_OF[second]}")
    assert not any(problems.values()), (path, size, problems)
    w.check_clean(f"{path} ({size})", allow_404_document=view == "404")


def guide_paths() -> list[str]:
    """Every page's path under /docs/, both languages, from the pages' permalinks."""
    from hooks.page_model import meta_of, pages

    return sorted(meta_of(p)["permalink"].removeprefix("/docs/") for p in pages())


#: Home and the tag index: test_view_renders_cleanly_and_accessibly scans them whole in
#: every size and palette. Every other page has its own test below.
VIEWED = {view_path(view, lang) for view in ("home", "tags") for lang in ("zh", "en")}
PAGES = [path for path in guide_paths() if path not in VIEWED]


def test_every_page_is_scanned():
    assert len(guide_paths()) - len(PAGES) == 4 and len(PAGES) >= 20, PAGES


@pytest.mark.parametrize("path", PAGES)
def test_page_is_accessible_in_both_palettes(watched, base_url, path):
    """axe on each page's article (code colours and diagrams differ from page to page),
    in both palettes. The chrome around it (header, navigation, footer) is the same on
    every page and test_view_renders_cleanly_and_accessibly scans it whole, in both
    palettes, sizes and languages. The page is loaded once, at its load event (axe
    needs the document; diagrams are waited for one by one), its article scanned with
    every rule in the palette it opened with, then switched with the header's palette
    toggle, as a reader would, and scanned again with the rules that colours decide
    (COLOUR_RULES: structure, names and ARIA do not change with the palette). One test
    per page: ``make check PAGE=...`` (and ``-k``) selects one page's."""
    w = watched()
    w.goto(base_url + path, wait_until="load")
    wait_for_diagrams(w, path)
    problems = {w.page.evaluate(PALETTE): axe_violations(w, "article")}
    problems[switch_palette(w)] = axe_violations(w, "article", COLOUR_RULES)
    assert not any(problems.values()), f"{path}: {problems}"
    w.check_clean(path)


def test_404_page_helps_in_the_reader_language(watched, base_url):
    for path, text, home in [
        ("nope/", "页面不存在", "/docs/"),
        ("en/nope/", "Page not found", "/docs/en/"),
    ]:
        w = watched()
        w.goto(base_url + path)
        visible = w.page.locator(".not-found:visible")
        assert visible.count() == 1 and text in visible.inner_text(), path
        visible.locator("label[for='__search']").click()
        assert w.page.locator("input.md-search__input").is_visible(), f"{path}: search opens"
        assert visible.locator(f"a[href='{home}']").count() == 1, path


def test_language_switcher_round_trips(watched, base_url):
    w = watched()
    w.goto(base_url + "basics/cancellation/")
    w.page.locator('a[hreflang="en"]').first.dispatch_event("click")
    w.page.wait_for_url("**/en/basics/cancellation/")
    w.page.locator('a[hreflang="zh"]').first.dispatch_event("click")
    w.page.wait_for_url("**/docs/basics/cancellation/")
    w.check_clean("language switcher")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_phone_navigation_drawer_opens_and_links_go(watched, base_url, lang):
    w = watched(size="phone")
    prefix = "" if lang == "zh" else "en/"
    w.goto(base_url + prefix)
    drawer = w.page.locator("nav.md-nav--primary")
    w.page.locator("label.md-header__button[for='__drawer']").click()
    w.page.wait_for_timeout(400)  # the drawer slides in
    assert drawer.is_visible(), "the drawer did not open"
    shot(w, f"drawer-{lang}-phone")
    link = w.page.locator("nav.md-nav--primary a[href$='glossary/']").first
    link.click()
    w.page.wait_for_url(f"**/docs/{prefix}glossary/")
    w.check_clean("phone drawer")


def test_palette_choice_persists_across_pages(watched, base_url):
    w = watched()
    w.goto(base_url + "basics/cancellation/")
    before = w.page.evaluate("document.body.dataset.mdColorScheme")
    w.page.locator("form[data-md-component='palette'] label:visible").first.click()
    after = w.page.evaluate("document.body.dataset.mdColorScheme")
    assert before != after, "the palette toggle changed nothing"
    w.goto(base_url + "glossary/")
    assert w.page.evaluate("document.body.dataset.mdColorScheme") == after
    w.check_clean("palette")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_copy_button_copies_code_that_runs(watched, base_url, lang, tmp_path):
    w = watched()
    w.goto(base_url + ("" if lang == "zh" else "en/") + "basics/cancellation/")
    block = w.page.locator("div.highlight").first
    block.hover()
    block.locator("button.md-clipboard, button.md-code__button").first.click()
    code = w.page.evaluate("navigator.clipboard.readText()")
    assert "asyncio.run(" in code, code[:200]
    script = tmp_path / "copied.py"
    script.write_text(code, "utf-8")
    run = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=60)
    assert run.returncode == 0 and run.stdout and not run.stderr, run.stderr
    w.check_clean("copy button")


def test_snippet_links_point_at_real_files(watched, base_url):
    w = watched()
    w.goto(base_url + "basics/cancellation/")
    hrefs = w.page.locator("a.snippet-link").evaluate_all("els => els.map(e => e.href)")
    assert hrefs, "no code block names its snippet file"
    for href in hrefs:
        assert href.startswith(REPOSITORY_BLOB), href
        assert (ROOT / href.removeprefix(REPOSITORY_BLOB)).is_file(), href


def search(w, base_url, start, query) -> list[str]:
    """Type a query into the site search; return the result links' paths, in order."""
    indexes: list[str] = []
    w.page.on("request", lambda r: "search_index" in r.url and indexes.append(r.url))
    w.goto(base_url + start)  # network idle: the page has fetched all it fetches alone
    # the index is fetched when the reader opens search, not with the page
    # (overrides/partials/search-on-demand.js)
    assert not indexes, f"{start or 'home'}: search index fetched before search was used"
    w.page.keyboard.press("/")  # the theme's shortcut that opens search
    box = w.page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # a real keystroke: the theme searches on keyboard events
    w.page.wait_for_selector(".md-search-result__item", timeout=10000)
    assert len(indexes) == 1, f"{start or 'home'}: search index requests {indexes}"
    return w.page.locator(".md-search-result__item > a").evaluate_all(
        "els => els.map(e => new URL(e.href).pathname)"
    )


@pytest.mark.parametrize(
    "start,query,expected",
    [
        ("", "取消", "/docs/basics/cancellation/"),
        ("", "事件循环", "/docs/basics/introduction/"),
        ("", "任务组", "/docs/concurrency/gather-and-taskgroup/"),
        ("en/", "cancellation", "/docs/en/basics/cancellation/"),
        ("en/", "tasks", "/docs/en/basics/tasks/"),
        ("en/", "coroutines", "/docs/en/basics/coroutines-and-awaitables/"),
        ("en/", "gather", "/docs/en/concurrency/gather-and-taskgroup/"),
    ],
)
def test_search_finds_words_in_the_reader_language(watched, base_url, start, query, expected):
    w = watched()
    hrefs = search(w, base_url, start, query)
    # among the first three: a general word (取消) is also a section title on pages that
    # build on the page that teaches it, and the ranking among those is the theme's
    assert any(h.startswith(expected) for h in hrefs[:3]), (query, hrefs)
    # results stay in the reader's language (one index per language: hooks/search.py)
    english = [h.startswith("/docs/en/") for h in hrefs]
    assert all(english) if start.startswith("en/") else not any(english), (query, hrefs)
    shot(w, f"search-{'en' if start else 'zh'}-{query}")
    w.check_clean(f"search {query!r}")
