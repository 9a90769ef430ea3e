"""The built site in a real browser (Debian's chromium, driven by playwright):
search finds Chinese and English words and API names, the language switcher lands on
the same page, pages load nothing from other origins and log no console errors, and
mermaid diagrams render. Screenshots go to artifacts/screenshots/ for a human to look at.
"""

from __future__ import annotations

import functools
import http.server
import os
import shutil
import threading
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from snippet_tools import ROOT

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = ROOT / "artifacts" / "screenshots"
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 390, "height": 844}

if not Path(CHROMIUM).is_file():
    reason = "chromium not installed (fix: apt-get install chromium; make test does it as root)"
    if os.environ.get("CI"):
        raise RuntimeError(reason + "; CI must run the browser tests")
    pytest.skip(reason, allow_module_level=True)

from playwright.sync_api import sync_playwright  # noqa: E402


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture(scope="module")
def base_url(built_site: Path):
    handler = functools.partial(QuietHandler, directory=str(built_site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_port}/docs/"
    server.shutdown()


@pytest.fixture(scope="module")
def browser():
    with sync_playwright() as p:
        b = p.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--no-first-run",
            ],
        )
        yield b
        b.close()


class Watched:
    """A page that records console errors and requests to other origins."""

    def __init__(self, browser, viewport):
        self.context = browser.new_context(viewport=viewport)
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

    def goto(self, url):
        self.page.goto(url, wait_until="networkidle")

    def check_clean(self, what):
        assert not self.foreign, f"{what}: requests to other origins: {self.foreign}"
        assert not self.errors, f"{what}: console errors: {self.errors}"

    def close(self):
        self.context.close()


@pytest.fixture
def watched(browser):
    pages = []

    def make(viewport=DESKTOP):
        w = Watched(browser, viewport)
        pages.append(w)
        return w

    yield make
    for w in pages:
        w.close()


PAGES = [("zh", "basics/cancellation/"), ("en", "en/basics/cancellation/")]


@pytest.mark.parametrize("size", ["desktop", "phone"])
@pytest.mark.parametrize("lang,path", PAGES)
def test_content_page_renders_cleanly(watched, base_url, lang, path, size):
    w = watched(DESKTOP if size == "desktop" else PHONE)
    w.goto(base_url + path)
    assert w.page.locator("h1").first.is_visible()
    diagrams = w.page.locator(".mermaid").count()
    if diagrams:
        # the theme renders each <pre class="mermaid"> into a closed shadow root on a
        # <div class="mermaid">: wait for all of them, then check they have a size
        w.page.wait_for_function("!document.querySelector('pre.mermaid')", timeout=15000)
        heights = w.page.locator("div.mermaid").evaluate_all(
            "els => els.map(e => e.getBoundingClientRect().height)"
        )
        assert len(heights) == diagrams and all(h > 40 for h in heights), (path, heights)
    SHOTS.mkdir(parents=True, exist_ok=True)
    w.page.screenshot(path=SHOTS / f"cancellation-{lang}-{size}.png", full_page=True)
    w.check_clean(f"{path} at {size}")


def test_language_switcher_round_trips(watched, base_url):
    w = watched()
    w.goto(base_url + "basics/cancellation/")
    w.page.locator('a[hreflang="en"]').first.dispatch_event("click")
    w.page.wait_for_url("**/en/basics/cancellation/")
    w.page.locator('a[hreflang="zh"]').first.dispatch_event("click")
    w.page.wait_for_url("**/docs/basics/cancellation/")
    w.check_clean("language switcher")


def search(w, base_url, start, query) -> list[str]:
    """Type a query into the site search; return the result links' paths, in order."""
    w.goto(base_url + start)
    w.page.keyboard.press("/")  # the theme's shortcut that opens search
    box = w.page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # a real keystroke: the theme searches on keyboard events
    w.page.wait_for_selector(".md-search-result__item", timeout=10000)
    hrefs = w.page.locator(".md-search-result__item > a").evaluate_all(
        "els => els.map(e => new URL(e.href).pathname)"
    )
    return hrefs


@pytest.mark.parametrize(
    "start,query,expected",
    [
        ("", "取消", "/docs/basics/cancellation/"),
        ("", "屏蔽", "/docs/basics/cancellation/"),
        ("en/", "cancellation", "/docs/en/basics/cancellation/"),
        ("en/", "tasks", "/docs/en/basics/"),
        ("en/", "coroutines", "/docs/en/basics/"),
        ("en/", "gather", "/docs/en/"),
        ("en/", "shield", "/docs/en/basics/"),
    ],
)
def test_search_finds_chinese_and_english_words(watched, base_url, start, query, expected):
    w = watched()
    hrefs = search(w, base_url, start, query)
    assert hrefs and hrefs[0].startswith(expected), (query, hrefs)
    # results stay in the reader's language (one index per language: hooks/search.py)
    english = [h.startswith("/docs/en/") for h in hrefs]
    assert all(english) if start.startswith("en/") else not any(english), (query, hrefs)
    w.check_clean(f"search {query!r}")
